DROP INDEX `events_network_idx`;--> statement-breakpoint
CREATE INDEX `events_network_idx` ON `events` (`network_id`,`starts_at`,`status`,`visibility`,`ends_at`,`series_ends_at`,`updated_at`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `event_occurrence_exceptions_updated_idx` ON `event_occurrence_exceptions` (`updated_at`);--> statement-breakpoint
CREATE INDEX `organisations_updated_idx` ON `organisations` (`updated_at`);