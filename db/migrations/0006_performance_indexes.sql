DROP INDEX `follow_up_events_kind_at_idx`;--> statement-breakpoint
CREATE INDEX `follow_up_events_kind_at_idx` ON `follow_up_events` (`kind`,`at`,`to_value`,`follow_up_id`);--> statement-breakpoint
DROP INDEX `follow_ups_country_status_idx`;--> statement-breakpoint
DROP INDEX `follow_ups_created_at_idx`;--> statement-breakpoint
CREATE INDEX `follow_ups_urgency_idx` ON `follow_ups` ("status" in ('done', 'cancelled'),"due_date" is null,`due_date`,`id`);--> statement-breakpoint
CREATE INDEX `follow_ups_country_status_idx` ON `follow_ups` (`country_code`,`status`,`due_date`,`committed_by`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `follow_ups_created_at_idx` ON `follow_ups` (`created_at`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `meetings_confidentiality_idx` ON `meetings` (`confidentiality`);--> statement-breakpoint
ANALYZE;