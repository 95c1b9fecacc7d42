CREATE TABLE `event_occurrence_exceptions` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`original_date` text NOT NULL,
	`kind` text NOT NULL,
	`starts_at` integer,
	`ends_at` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_occurrence_exceptions_unique` ON `event_occurrence_exceptions` (`event_id`,`original_date`);--> statement-breakpoint
ALTER TABLE `events` ADD `interpretation` text;--> statement-breakpoint
ALTER TABLE `events` ADD `food` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `accessibility` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `recurrence` text;--> statement-breakpoint
ALTER TABLE `events` ADD `series_ends_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `cancelled_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `moderation_comment` text;--> statement-breakpoint
ALTER TABLE `events` ADD `submitted_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `published_at` integer;--> statement-breakpoint
CREATE INDEX `events_series_end_idx` ON `events` (`series_ends_at`);