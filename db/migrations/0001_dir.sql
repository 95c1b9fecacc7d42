CREATE TABLE `network_slugs` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`network_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_slugs_slug_unique` ON `network_slugs` (`slug`);--> statement-breakpoint
CREATE INDEX `network_slugs_network_idx` ON `network_slugs` (`network_id`);--> statement-breakpoint
CREATE TABLE `organisation_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`proposed` text NOT NULL,
	`submitted_by_id` text,
	`applicant_name` text,
	`applicant_email` text,
	`applicant_locale` text,
	`reviewed_by_id` text,
	`reviewed_at` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `organisation_changes_status_idx` ON `organisation_changes` (`status`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisation_changes_one_pending` ON `organisation_changes` (`organisation_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE TABLE `organisation_confirmations` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisation_confirmations_token_hash_unique` ON `organisation_confirmations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `organisation_confirmations_organisation_idx` ON `organisation_confirmations` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `organisation_slugs` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`organisation_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisation_slugs_slug_unique` ON `organisation_slugs` (`slug`);--> statement-breakpoint
CREATE INDEX `organisation_slugs_organisation_idx` ON `organisation_slugs` (`organisation_id`);--> statement-breakpoint
ALTER TABLE `networks` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `organisations` ADD `confirmation_requested_at` integer;