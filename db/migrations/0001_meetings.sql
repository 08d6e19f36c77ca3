CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`organisation_id` integer,
	`country_code` text,
	`email` text,
	`phone` text,
	`alternative_names` text,
	`search_key` text NOT NULL,
	`created_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_name_idx` ON `contacts` (`name`);--> statement-breakpoint
CREATE INDEX `contacts_organisation_idx` ON `contacts` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `cooperation_areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cooperation_areas_name_unique` ON `cooperation_areas` (lower("name"));--> statement-breakpoint
CREATE TABLE `focus_countries` (
	`code` text PRIMARY KEY NOT NULL,
	`added_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meeting_areas` (
	`meeting_id` integer NOT NULL,
	`area_id` integer NOT NULL,
	`outcome` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `area_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`area_id`) REFERENCES `cooperation_areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_areas_area_idx` ON `meeting_areas` (`area_id`,`outcome`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`meeting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_user_idx` ON `meeting_attendees` (`user_id`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_contacts` (
	`meeting_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `contact_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_contacts_contact_idx` ON `meeting_contacts` (`contact_id`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_countries` (
	`meeting_id` integer NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `country_code`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_countries_country_idx` ON `meeting_countries` (`country_code`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_places` (
	`meeting_id` integer NOT NULL,
	`position` integer NOT NULL,
	`city` text NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `position`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`summary` text,
	`outcome` text,
	`confidentiality` text DEFAULT 'normal' NOT NULL,
	`created_by_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`deleted_at` integer,
	`deleted_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deleted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "meetings_dates" CHECK("meetings"."end_date" is null or "meetings"."end_date" >= "meetings"."start_date")
);
--> statement-breakpoint
CREATE INDEX `meetings_start_date_idx` ON `meetings` (`start_date`,`id`);--> statement-breakpoint
CREATE INDEX `meetings_created_by_idx` ON `meetings` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`country_code` text,
	`kind` text NOT NULL,
	`search_name` text NOT NULL,
	`created_by_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisations_search_name_idx` ON `organisations` (`search_name`);