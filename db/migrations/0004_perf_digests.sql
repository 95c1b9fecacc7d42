CREATE INDEX `events_visibility_rule_idx` ON `events` (`id`,`organisation_id`,`network_id`,`status`,`visibility`);--> statement-breakpoint
CREATE INDEX `invitations_user_idx` ON `invitations` (`user_id`);--> statement-breakpoint
CREATE INDEX `invitations_email_lower_idx` ON `invitations` (lower("email"));--> statement-breakpoint
CREATE INDEX `rsvps_event_email_lower_idx` ON `rsvps` (`event_id`,lower("email"));