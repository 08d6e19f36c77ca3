-- How many open (or in-progress) follow-ups each partner country has, by who committed, kept by
-- triggers as follow-ups change (decision 0023). The dashboard's per-country commitments read
-- these few hundred rows instead of grouping every open follow-up after each write (~40–50 ms at
-- 500k follow-ups); what depends on the day (overdue, due soon) is a range of the due dates.
CREATE TABLE `country_open_follow_ups` (
	`country_code` text NOT NULL,
	`committed_by` text NOT NULL,
	`follow_ups` integer NOT NULL,
	PRIMARY KEY(`country_code`, `committed_by`)
);
--> statement-breakpoint
INSERT INTO `country_open_follow_ups` (`country_code`, `committed_by`, `follow_ups`)
  SELECT country_code, committed_by, count(*) FROM follow_ups WHERE status IN ('open', 'in-progress') GROUP BY country_code, committed_by;--> statement-breakpoint
CREATE TRIGGER `country_open_follow_ups_insert` AFTER INSERT ON `follow_ups` WHEN new.status IN ('open', 'in-progress') BEGIN
  INSERT INTO country_open_follow_ups (country_code, committed_by, follow_ups) VALUES (new.country_code, new.committed_by, 1)
    ON CONFLICT (country_code, committed_by) DO UPDATE SET follow_ups = follow_ups + 1;
END;--> statement-breakpoint
CREATE TRIGGER `country_open_follow_ups_delete` AFTER DELETE ON `follow_ups` WHEN old.status IN ('open', 'in-progress') BEGIN
  UPDATE country_open_follow_ups SET follow_ups = follow_ups - 1 WHERE country_code = old.country_code AND committed_by = old.committed_by;
END;--> statement-breakpoint
CREATE TRIGGER `country_open_follow_ups_update` AFTER UPDATE OF status, country_code, committed_by ON `follow_ups`
  WHEN old.status IN ('open', 'in-progress') OR new.status IN ('open', 'in-progress') BEGIN
  UPDATE country_open_follow_ups SET follow_ups = follow_ups - 1
    WHERE old.status IN ('open', 'in-progress') AND country_code = old.country_code AND committed_by = old.committed_by;
  INSERT INTO country_open_follow_ups (country_code, committed_by, follow_ups) SELECT new.country_code, new.committed_by, 1
    WHERE new.status IN ('open', 'in-progress')
    ON CONFLICT (country_code, committed_by) DO UPDATE SET follow_ups = follow_ups + 1;
END;--> statement-breakpoint
-- The open follow-ups of a few meetings, covering (see db/schema.ts).
CREATE INDEX `follow_ups_open_meeting_idx` ON `follow_ups` (`meeting_id`,`status`,`country_code`,`due_date`,`committed_by`) WHERE status IN ('open', 'in-progress');
