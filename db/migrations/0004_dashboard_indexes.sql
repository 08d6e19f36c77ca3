CREATE INDEX `follow_up_events_kind_at_idx` ON `follow_up_events` (`kind`,`at`);--> statement-breakpoint
CREATE INDEX `follow_ups_created_at_idx` ON `follow_ups` (`created_at`);--> statement-breakpoint
CREATE INDEX `meeting_areas_outcome_idx` ON `meeting_areas` (`outcome`,`meeting_id`,`area_id`);