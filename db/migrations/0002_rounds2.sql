CREATE TABLE `agenda_topics` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`organisation_id` text NOT NULL,
	`proposed_by_id` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `agenda_topics_round_position_idx` ON `agenda_topics` (`round_id`,`position`);--> statement-breakpoint
CREATE TABLE `round_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`present` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_attendance_round_organisation_unique` ON `round_attendance` (`round_id`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `round_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `round_decisions_round_idx` ON `round_decisions` (`round_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `round_minutes` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`body` text NOT NULL,
	`published_at` integer,
	`updated_by_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_minutes_round_id_unique` ON `round_minutes` (`round_id`);--> statement-breakpoint
CREATE TABLE `round_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`what` text NOT NULL,
	`who` text NOT NULL,
	`due_on` text,
	`done_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `round_tasks_round_idx` ON `round_tasks` (`round_id`,`done_at`);--> statement-breakpoint
ALTER TABLE `rounds` ADD `agenda_cutoff_at` integer;