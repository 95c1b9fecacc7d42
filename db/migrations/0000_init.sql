CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`details` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_created_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`id` text PRIMARY KEY NOT NULL,
	`window_starts_at` integer NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`last_active_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sign_in_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sign_in_tokens_token_hash_unique` ON `sign_in_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sign_in_tokens_user_idx` ON `sign_in_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`locale` text DEFAULT 'de' NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`password_hash` text,
	`last_sign_in_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (lower("email"));--> statement-breakpoint
CREATE TABLE `calendar_feed_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feed_tokens_user_id_unique` ON `calendar_feed_tokens` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feed_tokens_token_hash_unique` ON `calendar_feed_tokens` (`token_hash`);--> statement-breakpoint
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
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`organisation_id` text NOT NULL,
	`network_id` text,
	`visibility` text DEFAULT 'public' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`all_day` integer DEFAULT false NOT NULL,
	`time_zone` text DEFAULT 'Europe/Berlin' NOT NULL,
	`venue_name` text,
	`venue_address` text,
	`municipality_id` text,
	`online_url` text,
	`languages` text NOT NULL,
	`interpretation` text,
	`food` text DEFAULT '[]' NOT NULL,
	`accessibility` text DEFAULT '[]' NOT NULL,
	`recurrence` text,
	`series_ends_at` integer,
	`capacity` integer,
	`rsvp_deadline` integer,
	`contact` text,
	`change_count` integer DEFAULT 0 NOT NULL,
	`cancelled_reason` text,
	`cancelled_at` integer,
	`moderation_comment` text,
	`submitted_at` integer,
	`published_at` integer,
	`created_by_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`max_party_size` integer DEFAULT 10 NOT NULL,
	`waitlist_mode` text DEFAULT 'auto' NOT NULL,
	`offer_hours` integer DEFAULT 24 NOT NULL,
	`reminder_days_before` integer DEFAULT 2 NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `events_status_start_idx` ON `events` (`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_organisation_idx` ON `events` (`organisation_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_network_idx` ON `events` (`network_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_series_end_idx` ON `events` (`series_ends_at`);--> statement-breakpoint
CREATE INDEX `events_visibility_start_idx` ON `events` (`visibility`,`starts_at`,`status`,(case when "series_ends_at" is null then "ends_at" else "series_ends_at" end));--> statement-breakpoint
CREATE INDEX `events_visibility_series_end_idx` ON `events` (`visibility`,`status`,(case when "series_ends_at" is null then "ends_at" else "series_ends_at" end),`organisation_id`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`user_id` text,
	`email` text NOT NULL,
	`name` text,
	`locale` text DEFAULT 'de' NOT NULL,
	`token_hash` text NOT NULL,
	`invited_by_id` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`kind` text DEFAULT 'invited' NOT NULL,
	`reminded_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`invited_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_event_email_unique` ON `invitations` (`event_id`,`email`);--> statement-breakpoint
CREATE TABLE `rsvps` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`invitation_id` text,
	`user_id` text,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`answer` text NOT NULL,
	`status` text NOT NULL,
	`party_size` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`waitlisted_at` integer,
	`offer_expires_at` integer,
	`reminded_at` integer,
	`checked_in_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rsvps_event_email_unique` ON `rsvps` (`event_id`,`email`);--> statement-breakpoint
CREATE INDEX `rsvps_event_status_idx` ON `rsvps` (`event_id`,`status`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `rsvps_invitation_unique` ON `rsvps` (`invitation_id`);--> statement-breakpoint
CREATE INDEX `rsvps_offer_expiry_idx` ON `rsvps` (`status`,`offer_expires_at`);--> statement-breakpoint
CREATE TABLE `digest_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`period` text NOT NULL,
	`period_key` text NOT NULL,
	`recipient_key` text NOT NULL,
	`outcome` text NOT NULL,
	`outbox_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_runs_unique` ON `digest_runs` (`period`,`period_key`,`recipient_key`);--> statement-breakpoint
CREATE INDEX `digest_runs_recipient_idx` ON `digest_runs` (`recipient_key`,`created_at`);--> statement-breakpoint
CREATE TABLE `digest_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`locale` text NOT NULL,
	`period` text DEFAULT 'weekly' NOT NULL,
	`traditions` text NOT NULL,
	`municipality_ids` text NOT NULL,
	`consent_version` text NOT NULL,
	`confirm_token_hash` text,
	`confirm_expires_at` integer,
	`confirmed_at` integer,
	`unsubscribed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_subscriptions_confirm_token_hash_unique` ON `digest_subscriptions` (`confirm_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `digest_subscriptions_email_unique` ON `digest_subscriptions` (lower("email"));--> statement-breakpoint
CREATE INDEX `digest_subscriptions_period_idx` ON `digest_subscriptions` (`period`,`confirmed_at`);--> statement-breakpoint
CREATE TABLE `mail_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`locale` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_settings_user_id_unique` ON `mail_settings` (`user_id`);--> statement-breakpoint
CREATE TABLE `mail_suppressions` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`reason` text NOT NULL,
	`detail` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_suppressions_email_unique` ON `mail_suppressions` (`email`);--> statement-breakpoint
CREATE INDEX `mail_suppressions_created_idx` ON `mail_suppressions` (`created_at`);--> statement-breakpoint
CREATE TABLE `notification_preferences` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`network_id` text NOT NULL,
	`frequency` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notification_preferences_unique` ON `notification_preferences` (`user_id`,`network_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`template` text NOT NULL,
	`to_email` text NOT NULL,
	`locale` text NOT NULL,
	`kind` text DEFAULT 'transactional' NOT NULL,
	`props` text NOT NULL,
	`headers` text DEFAULT '{}' NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`subject` text,
	`html` text,
	`text` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`batch_key` text,
	`provider_id` text,
	`sent_at` integer,
	`provider_event` text,
	`provider_event_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_status_next_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_created_idx` ON `outbox` (`created_at`);--> statement-breakpoint
CREATE INDEX `outbox_to_idx` ON `outbox` (`to_email`);--> statement-breakpoint
CREATE INDEX `outbox_provider_idx` ON `outbox` (`provider_id`);--> statement-breakpoint
CREATE INDEX `outbox_batch_idx` ON `outbox` (`batch_key`);--> statement-breakpoint
CREATE TABLE `unsubscribe_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` text,
	`subscription_id` text,
	`network_id` text,
	`used_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subscription_id`) REFERENCES `digest_subscriptions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unsubscribe_tokens_token_hash_unique` ON `unsubscribe_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `unsubscribe_tokens_user_idx` ON `unsubscribe_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `network_coordinators` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_coordinators_unique` ON `network_coordinators` (`network_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `network_coordinators_user_idx` ON `network_coordinators` (`user_id`);--> statement-breakpoint
CREATE TABLE `network_memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`since` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `networks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_memberships_unique` ON `network_memberships` (`network_id`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `network_memberships_organisation_idx` ON `network_memberships` (`organisation_id`);--> statement-breakpoint
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
CREATE TABLE `networks` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`scope` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`district_role` text DEFAULT '' NOT NULL,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `networks_slug_unique` ON `networks` (`slug`);--> statement-breakpoint
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
CREATE TABLE `organisation_members` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text DEFAULT 'member' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisation_members_unique` ON `organisation_members` (`organisation_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `organisation_members_user_idx` ON `organisation_members` (`user_id`);--> statement-breakpoint
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
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`tradition` text,
	`municipality_id` text,
	`street` text,
	`postal_code` text,
	`city` text,
	`website` text,
	`languages` text NOT NULL,
	`accessibility` text NOT NULL,
	`accessibility_notes` text,
	`contact_name` text,
	`contact_email` text,
	`contact_phone` text,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`trusted` integer DEFAULT false NOT NULL,
	`last_confirmed_at` integer,
	`confirmation_requested_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE INDEX `organisations_status_name_idx` ON `organisations` (`status`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_municipality_idx` ON `organisations` (`municipality_id`);--> statement-breakpoint
CREATE INDEX `organisations_tradition_idx` ON `organisations` (`tradition`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`);--> statement-breakpoint
CREATE TABLE `municipalities` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`kind` text NOT NULL,
	`samtgemeinde_id` text,
	FOREIGN KEY (`samtgemeinde_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `municipalities_samtgemeinde_idx` ON `municipalities` (`samtgemeinde_id`);--> statement-breakpoint
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
CREATE TABLE `rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`series_id` text NOT NULL,
	`number` integer NOT NULL,
	`host_organisation_id` text,
	`event_id` text,
	`status` text DEFAULT 'planning' NOT NULL,
	`agenda_cutoff_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `round_series`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`host_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_series_number_unique` ON `rounds` (`series_id`,`number`);--> statement-breakpoint
CREATE INDEX `rounds_event_idx` ON `rounds` (`event_id`);