-- Full-text index of meeting titles and summaries for the meetings search (docs/decisions/0006-performance.md).
-- Trigram tokens keep the old LIKE '%text%' meaning (any substring, any case) and drop accents too;
-- external content: the text lives once, in meetings; triggers keep the index in step in the same transaction.
CREATE VIRTUAL TABLE `meetings_search` USING fts5(title, summary, content='meetings', content_rowid='id', tokenize='trigram remove_diacritics 1');--> statement-breakpoint
CREATE TRIGGER `meetings_search_insert` AFTER INSERT ON `meetings` BEGIN
  INSERT INTO `meetings_search` (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;--> statement-breakpoint
CREATE TRIGGER `meetings_search_delete` AFTER DELETE ON `meetings` BEGIN
  INSERT INTO `meetings_search` (`meetings_search`, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
END;--> statement-breakpoint
CREATE TRIGGER `meetings_search_update` AFTER UPDATE OF title, summary ON `meetings` BEGIN
  INSERT INTO `meetings_search` (`meetings_search`, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
  INSERT INTO `meetings_search` (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;--> statement-breakpoint
INSERT INTO `meetings_search` (`meetings_search`) VALUES ('rebuild');
