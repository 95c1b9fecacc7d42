CREATE TABLE `date_polls` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`deadline` integer NOT NULL,
	`closed_at` integer,
	`last_reminder_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `date_polls_round_idx` ON `date_polls` (`round_id`);--> statement-breakpoint
CREATE INDEX `date_polls_deadline_idx` ON `date_polls` (`deadline`);--> statement-breakpoint
CREATE TABLE `poll_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`candidate_id` text NOT NULL,
	`answer` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `poll_participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `poll_candidates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `poll_answers_participant_candidate_unique` ON `poll_answers` (`participant_id`,`candidate_id`);--> statement-breakpoint
CREATE INDEX `poll_answers_candidate_idx` ON `poll_answers` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `poll_candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`poll_id` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`poll_id`) REFERENCES `date_polls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `poll_candidates_poll_start_unique` ON `poll_candidates` (`poll_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `poll_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`poll_id` text NOT NULL,
	`user_id` text,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`answered_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`poll_id`) REFERENCES `date_polls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `poll_participants_token_hash_unique` ON `poll_participants` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `poll_participants_poll_email_unique` ON `poll_participants` (`poll_id`,`email`);--> statement-breakpoint
CREATE INDEX `poll_participants_user_idx` ON `poll_participants` (`user_id`);--> statement-breakpoint
CREATE TABLE `round_series` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`title` text NOT NULL,
	`cadence_hint` text DEFAULT '' NOT NULL,
	`default_length_minutes` integer DEFAULT 120 NOT NULL,
	`format` text DEFAULT 'host' NOT NULL,
	`host_order` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `round_series_network_idx` ON `round_series` (`network_id`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`series_id` text NOT NULL,
	`number` integer NOT NULL,
	`host_organisation_id` text,
	`event_id` text,
	`status` text DEFAULT 'planning' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `round_series`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`host_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_series_number_unique` ON `rounds` (`series_id`,`number`);--> statement-breakpoint
CREATE INDEX `rounds_event_idx` ON `rounds` (`event_id`);