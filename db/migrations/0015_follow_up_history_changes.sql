-- A write count for the follow-ups' history (see table_changes, migration 0011): moved by a write
-- that can change what happened in a month before the current one (by SQLite's clock, UTC as the
-- dashboard's months): a follow-up opened or a closing recorded with a date outside the current
-- month, either of them deleted, or a follow-up moved to another meeting or re-dated. A follow-up
-- opened or closed now moves only the current month, so the per-month chart of a scope that tests
-- each follow-up (db/dashboard.ts) keeps its past months until this count moves, and counts the
-- current month alone after a status change (officers at 500k follow-ups: ~110–130 → ~23 ms).
INSERT INTO `table_changes` (`table_name`) VALUES ('follow_up_history');--> statement-breakpoint
CREATE TRIGGER `follow_up_history_changes_insert` AFTER INSERT ON `follow_ups`
  WHEN new.created_at < strftime('%s', 'now', 'start of month') * 1000 OR new.created_at >= strftime('%s', 'now', 'start of month', '+1 month') * 1000 BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_history';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_history_changes_update` AFTER UPDATE OF `id`, `created_at`, `meeting_id` ON `follow_ups`
  WHEN old.id IS NOT new.id OR old.created_at IS NOT new.created_at OR old.meeting_id IS NOT new.meeting_id BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_history';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_history_changes_delete` AFTER DELETE ON `follow_ups` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_history';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_event_history_changes_insert` AFTER INSERT ON `follow_up_events`
  WHEN new.at < strftime('%s', 'now', 'start of month') * 1000 OR new.at >= strftime('%s', 'now', 'start of month', '+1 month') * 1000 BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_history';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_event_history_changes_update` AFTER UPDATE OF `id`, `at`, `kind`, `to_value`, `follow_up_id` ON `follow_up_events`
  WHEN old.id IS NOT new.id OR old.at IS NOT new.at OR old.kind IS NOT new.kind OR old.to_value IS NOT new.to_value OR old.follow_up_id IS NOT new.follow_up_id BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_history';
END;--> statement-breakpoint
CREATE TRIGGER `follow_up_event_history_changes_delete` AFTER DELETE ON `follow_up_events` BEGIN
  UPDATE `table_changes` SET `changes` = `changes` + 1 WHERE `table_name` = 'follow_up_history';
END;
