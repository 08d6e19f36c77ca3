CREATE TABLE `drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`form` text NOT NULL,
	`target_id` integer,
	`label` text DEFAULT '' NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `drafts_user_updated_idx` ON `drafts` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_user_form_target_unique` ON `drafts` (`user_id`,`form`,`target_id`);--> statement-breakpoint
ALTER TABLE `mission_settings` ADD `our_country_code` text;--> statement-breakpoint
ALTER TABLE `mission_settings` ADD `host_country_code` text;--> statement-breakpoint
ALTER TABLE `mission_settings` ADD `time_zone` text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE `mission_settings` ADD `areas_reviewed_at` integer;