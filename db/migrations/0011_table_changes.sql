-- A count of the rows written to each table the dashboard's figures read (db/cache.ts,
-- cachedUntilChangeOf): a cached figure is recomputed after a write to a table it reads, and only
-- then. Triggers count every row written, whichever connection or process writes it. A migration
-- that rebuilds one of these tables must create its triggers again (db/cache.test.ts checks them).
CREATE TABLE `table_changes` (
	`table_name` text PRIMARY KEY NOT NULL,
	`changes` integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
INSERT INTO `table_changes` (`table_name`) VALUES ('meetings'), ('meeting_countries'), ('meeting_areas'), ('meeting_attendees'), ('follow_ups'), ('follow_up_events'), ('cooperation_areas');--> statement-breakpoint
CREATE TRIGGER `meetings_changes_insert` AFTER INSERT ON `meetings` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meetings';
END;--> statement-breakpoint
CREATE TRIGGER `meetings_changes_update` AFTER UPDATE ON `meetings` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meetings';
END;--> statement-breakpoint
CREATE TRIGGER `meetings_changes_delete` AFTER DELETE ON `meetings` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meetings';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_countries_changes_insert` AFTER INSERT ON `meeting_countries` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_countries';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_countries_changes_update` AFTER UPDATE ON `meeting_countries` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_countries';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_countries_changes_delete` AFTER DELETE ON `meeting_countries` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_countries';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_areas_changes_insert` AFTER INSERT ON `meeting_areas` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_areas';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_areas_changes_update` AFTER UPDATE ON `meeting_areas` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_areas';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_areas_changes_delete` AFTER DELETE ON `meeting_areas` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_areas';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_attendees_changes_insert` AFTER INSERT ON `meeting_attendees` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_attendees';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_attendees_changes_update` AFTER UPDATE ON `meeting_attendees` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_attendees';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_attendees_changes_delete` AFTER DELETE ON `meeting_attendees` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_attendees';
END;--> statement-breakpoint
CREATE TRIGGER `follow_ups_changes_insert` AFTER INSERT ON `follow_ups` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_ups';
END;--> statement-breakpoint
CREATE TRIGGER `follow_ups_changes_update` AFTER UPDATE ON `follow_ups` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_ups';
END;--> statement-breakpoint
CREATE TRIGGER `follow_ups_changes_delete` AFTER DELETE ON `follow_ups` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_ups';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_events_changes_insert` AFTER INSERT ON `follow_up_events` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_events';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_events_changes_update` AFTER UPDATE ON `follow_up_events` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_events';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_events_changes_delete` AFTER DELETE ON `follow_up_events` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_events';
END;--> statement-breakpoint
CREATE TRIGGER `cooperation_areas_changes_insert` AFTER INSERT ON `cooperation_areas` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'cooperation_areas';
END;--> statement-breakpoint
CREATE TRIGGER `cooperation_areas_changes_update` AFTER UPDATE ON `cooperation_areas` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'cooperation_areas';
END;--> statement-breakpoint
CREATE TRIGGER `cooperation_areas_changes_delete` AFTER DELETE ON `cooperation_areas` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'cooperation_areas';
END;
