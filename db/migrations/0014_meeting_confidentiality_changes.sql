-- A write count for meetings' confidentiality (see table_changes, migration 0011), moved only when
-- the set of meetings that are not normal changes: a meeting logged or deleted outright that is not
-- normal, or a meeting whose confidentiality changes. An officer's normal scope of follow-ups
-- (db/dashboard.ts) leaves out the follow-ups of exactly that set, so its cached figures wait for
-- this count instead of every write to meetings: logging a normal meeting, the common case, no
-- longer recomputes them (~170 ms at 500k follow-ups).
INSERT INTO `table_changes` (`table_name`) VALUES ('meeting_confidentiality');--> statement-breakpoint
CREATE TRIGGER `meeting_confidentiality_changes_insert` AFTER INSERT ON `meetings` WHEN new.confidentiality <> 'normal' BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_confidentiality';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_confidentiality_changes_update` AFTER UPDATE OF `id`, `confidentiality` ON `meetings`
  WHEN old.confidentiality IS NOT new.confidentiality OR (old.id IS NOT new.id AND new.confidentiality <> 'normal') BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_confidentiality';
END;--> statement-breakpoint
CREATE TRIGGER `meeting_confidentiality_changes_delete` AFTER DELETE ON `meetings` WHEN old.confidentiality <> 'normal' BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'meeting_confidentiality';
END;
