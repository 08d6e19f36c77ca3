CREATE TABLE `handover_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handover_id` integer NOT NULL,
	`kind` text NOT NULL,
	`record_id` integer NOT NULL,
	`with_post` integer NOT NULL,
	`note` text,
	`acknowledged_at` integer,
	FOREIGN KEY (`handover_id`) REFERENCES `handovers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `handover_items_unique` ON `handover_items` (`handover_id`,`kind`,`record_id`);--> statement-breakpoint
CREATE TABLE `handovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`from_user_id` integer,
	`to_user_id` integer NOT NULL,
	`effective_date` text NOT NULL,
	`interim` integer DEFAULT false NOT NULL,
	`general_note` text,
	`counts` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handovers_post_idx` ON `handovers` (`post_id`,`effective_date`);--> statement-breakpoint
CREATE INDEX `handovers_to_user_idx` ON `handovers` (`to_user_id`);--> statement-breakpoint
CREATE TABLE `post_areas` (
	`post_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	PRIMARY KEY(`post_id`, `area_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `cooperation_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `post_countries` (
	`post_id` integer NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`post_id`, `country_code`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `post_holders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`interim` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "post_holders_dates" CHECK("post_holders"."to_date" is null or "post_holders"."to_date" >= "post_holders"."from_date")
);
--> statement-breakpoint
CREATE INDEX `post_holders_post_idx` ON `post_holders` (`post_id`,`from_date`);--> statement-breakpoint
CREATE INDEX `post_holders_user_idx` ON `post_holders` (`user_id`,`to_date`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`section` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `contacts` ADD `owner_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `contacts` ADD `owner_post_id` integer REFERENCES posts(id);--> statement-breakpoint
CREATE INDEX `contacts_owner_post_idx` ON `contacts` (`owner_post_id`);--> statement-breakpoint
CREATE INDEX `contacts_owner_idx` ON `contacts` (`owner_id`);--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `owner_post_id` integer REFERENCES posts(id);--> statement-breakpoint
CREATE INDEX `follow_ups_owner_post_idx` ON `follow_ups` (`owner_post_id`,`status`);--> statement-breakpoint
ALTER TABLE `meeting_attendees` ADD `post_id` integer REFERENCES posts(id);--> statement-breakpoint
CREATE INDEX `meeting_attendees_post_idx` ON `meeting_attendees` (`post_id`,`meeting_id`);--> statement-breakpoint
INSERT OR IGNORE INTO `table_changes` (`table_name`, `changes`) VALUES ('posts', 0);--> statement-breakpoint
CREATE TRIGGER `posts_changes_insert` AFTER INSERT ON `posts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'posts';
END;--> statement-breakpoint
CREATE TRIGGER `posts_changes_update` AFTER UPDATE ON `posts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'posts';
END;--> statement-breakpoint
CREATE TRIGGER `posts_changes_delete` AFTER DELETE ON `posts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'posts';
END;
