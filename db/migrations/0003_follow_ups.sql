CREATE TABLE `follow_up_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`follow_up_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_value` text,
	`to_value` text,
	`note` text,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_events_follow_up_idx` ON `follow_up_events` (`follow_up_id`,`at`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`details` text,
	`country_code` text NOT NULL,
	`meeting_id` integer,
	`committed_by` text NOT NULL,
	`owner_id` integer,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`cancel_reason` text,
	`area_id` integer,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `cooperation_areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_owner_status_due_idx` ON `follow_ups` (`owner_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_ups_status_due_idx` ON `follow_ups` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_ups_country_status_idx` ON `follow_ups` (`country_code`,`status`);--> statement-breakpoint
CREATE INDEX `follow_ups_meeting_idx` ON `follow_ups` (`meeting_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `calendar_token_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `users_calendar_token_unique` ON `users` (`calendar_token_hash`);