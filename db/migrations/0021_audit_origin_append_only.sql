ALTER TABLE `audit_events` ADD `client_address` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `user_agent` text;--> statement-breakpoint
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events` BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: a row cannot be changed'); END;--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events` BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: a row cannot be deleted'); END;
