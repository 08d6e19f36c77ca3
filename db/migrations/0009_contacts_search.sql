-- Full-text index of the contacts' phonetic name keys (lib/names.ts), for the look-up as you type
-- and the meetings search by counterpart (docs/decisions/0007-per-request-cost.md). Each key word is
-- a token, so "word starts with" is a prefix query read from the index instead of a LIKE scan.
-- External content: the keys live once, in contacts; triggers keep the index in step.
CREATE VIRTUAL TABLE `contacts_search` USING fts5(search_key, content='contacts', content_rowid='id', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `contacts_search_insert` AFTER INSERT ON `contacts` BEGIN
  INSERT INTO `contacts_search` (rowid, search_key) VALUES (new.id, new.search_key);
END;--> statement-breakpoint
CREATE TRIGGER `contacts_search_delete` AFTER DELETE ON `contacts` BEGIN
  INSERT INTO `contacts_search` (`contacts_search`, rowid, search_key) VALUES ('delete', old.id, old.search_key);
END;--> statement-breakpoint
CREATE TRIGGER `contacts_search_update` AFTER UPDATE OF search_key ON `contacts` BEGIN
  INSERT INTO `contacts_search` (`contacts_search`, rowid, search_key) VALUES ('delete', old.id, old.search_key);
  INSERT INTO `contacts_search` (rowid, search_key) VALUES (new.id, new.search_key);
END;--> statement-breakpoint
INSERT INTO `contacts_search` (`contacts_search`) VALUES ('rebuild');
