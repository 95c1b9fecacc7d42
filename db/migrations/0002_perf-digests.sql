CREATE INDEX `invitations_user_idx` ON `invitations` (`user_id`);--> statement-breakpoint
CREATE INDEX `invitations_email_lower_idx` ON `invitations` (lower("email"));--> statement-breakpoint
CREATE INDEX `rsvps_event_email_lower_idx` ON `rsvps` (`event_id`,lower("email"));