CREATE TABLE `answer_links` (
	`id` text PRIMARY KEY NOT NULL,
	`invitation_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answer_links_token_hash_unique` ON `answer_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `answer_links_invitation_idx` ON `answer_links` (`invitation_id`);--> statement-breakpoint
CREATE TABLE `pending_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`locale` text DEFAULT 'de' NOT NULL,
	`answer` text NOT NULL,
	`party_size` integer DEFAULT 1 NOT NULL,
	`needs` text,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pending_answers_token_hash_unique` ON `pending_answers` (`token_hash`);--> statement-breakpoint
CREATE INDEX `pending_answers_event_idx` ON `pending_answers` (`event_id`);--> statement-breakpoint
CREATE TABLE `rsvp_needs` (
	`id` text PRIMARY KEY NOT NULL,
	`rsvp_id` text NOT NULL,
	`event_id` text NOT NULL,
	`halal` integer DEFAULT 0 NOT NULL,
	`kosher` integer DEFAULT 0 NOT NULL,
	`vegetarian` integer DEFAULT 0 NOT NULL,
	`vegan` integer DEFAULT 0 NOT NULL,
	`no_alcohol` integer DEFAULT 0 NOT NULL,
	`access` text NOT NULL,
	`interpretation` text,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`rsvp_id`) REFERENCES `rsvps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rsvp_needs_rsvp_id_unique` ON `rsvp_needs` (`rsvp_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `max_party_size` integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `waitlist_mode` text DEFAULT 'auto' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `offer_hours` integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `reminder_days_before` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `kind` text DEFAULT 'invited' NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `reminded_at` integer;--> statement-breakpoint
ALTER TABLE `rsvps` ADD `waitlisted_at` integer;--> statement-breakpoint
ALTER TABLE `rsvps` ADD `offer_expires_at` integer;--> statement-breakpoint
ALTER TABLE `rsvps` ADD `reminded_at` integer;--> statement-breakpoint
ALTER TABLE `rsvps` ADD `checked_in_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `rsvps_invitation_unique` ON `rsvps` (`invitation_id`);--> statement-breakpoint
CREATE INDEX `rsvps_offer_expiry_idx` ON `rsvps` (`status`,`offer_expires_at`);