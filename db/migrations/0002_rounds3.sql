CREATE TABLE `joint_statements` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`round_id` text,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`opened_at` integer,
	`published_at` integer,
	`created_by_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `joint_statements_network_status_idx` ON `joint_statements` (`network_id`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `joint_statements_round_idx` ON `joint_statements` (`round_id`);--> statement-breakpoint
CREATE TABLE `statement_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`statement_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`signed_by_id` text,
	`signed_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`statement_id`) REFERENCES `joint_statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`signed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_signatures_statement_organisation_unique` ON `statement_signatures` (`statement_id`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `statement_signatures_organisation_idx` ON `statement_signatures` (`organisation_id`);