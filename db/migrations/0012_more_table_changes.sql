-- More tables counted in table_changes (migration 0011), so that every cached result (db/cache.ts)
-- waits only for writes to the tables it reads: the owners' names of follow-up lists, the
-- counterparts and organisations of a country brief, the places of a list of meetings.
INSERT INTO `table_changes` (`table_name`) VALUES ('users'), ('contacts'), ('organisations'), ('meeting_contacts'), ('meeting_places');--> statement-breakpoint
CREATE TRIGGER `users_changes_insert` AFTER INSERT ON `users` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'users';
END;--> statement-breakpoint
CREATE TRIGGER `users_changes_update` AFTER UPDATE ON `users` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'users';
END;--> statement-breakpoint
CREATE TRIGGER `users_changes_delete` AFTER DELETE ON `users` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'users';
END;--> statement-breakpoint
CREATE TRIGGER `contacts_changes_insert` AFTER INSERT ON `contacts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'contacts';
END;--> statement-breakpoint
CREATE TRIGGER `contacts_changes_update` AFTER UPDATE ON `contacts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'contacts';
END;--> statement-breakpoint
CREATE TRIGGER `contacts_changes_delete` AFTER DELETE ON `contacts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'contacts';
END;--> statement-breakpoint
CREATE TRIGGER `organisations_changes_insert` AFTER INSERT ON `organisations` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'organisations';
END;--> statement-breakpoint
CREATE TRIGGER `organisations_changes_update` AFTER UPDATE ON `organisations` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'organisations';
END;--> statement-breakpoint
CREATE TRIGGER `organisations_changes_delete` AFTER DELETE ON `organisations` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'organisations';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_contacts_changes_insert` AFTER INSERT ON `meeting_contacts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_contacts';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_contacts_changes_update` AFTER UPDATE ON `meeting_contacts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_contacts';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_contacts_changes_delete` AFTER DELETE ON `meeting_contacts` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_contacts';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_places_changes_insert` AFTER INSERT ON `meeting_places` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_places';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_places_changes_update` AFTER UPDATE ON `meeting_places` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_places';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_places_changes_delete` AFTER DELETE ON `meeting_places` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_places';
END;
