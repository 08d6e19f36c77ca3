-- How many live meetings with each partner country agreed each cooperation area, by the meetings'
-- confidentiality, kept by triggers as links and meetings change (decision 0014). The dashboard
-- reads its agreed areas from these few thousand rows instead of joining every agreed area of
-- every meeting to its countries after each write (~180 ms at 100k meetings). A triple (meeting,
-- country, area) counts while the meeting is not deleted and the area's outcome is "agreed"; each
-- trigger adds or takes away the triples its row makes with the other links already there.
CREATE TABLE `country_agreed_areas` (
	`country_code` text NOT NULL,
	`area_id` integer NOT NULL,
	`confidentiality` text NOT NULL,
	`meetings` integer NOT NULL,
	PRIMARY KEY(`country_code`, `area_id`, `confidentiality`)
);--> statement-breakpoint
INSERT INTO `country_agreed_areas` (`country_code`, `area_id`, `confidentiality`, `meetings`)
  SELECT mc.country_code, ma.area_id, m.confidentiality, count(*) FROM meeting_areas ma
  JOIN meeting_countries mc ON mc.meeting_id = ma.meeting_id JOIN meetings m ON m.id = ma.meeting_id
  WHERE ma.outcome = 'agreed' AND m.deleted_at IS NULL GROUP BY mc.country_code, ma.area_id, m.confidentiality;--> statement-breakpoint
CREATE TRIGGER `country_agreed_areas_area_insert` AFTER INSERT ON `meeting_areas` WHEN new.outcome = 'agreed' BEGIN
  INSERT INTO country_agreed_areas (country_code, area_id, confidentiality, meetings)
    SELECT mc.country_code, new.area_id, m.confidentiality, 1 FROM meeting_countries mc JOIN meetings m ON m.id = mc.meeting_id
    WHERE mc.meeting_id = new.meeting_id AND m.deleted_at IS NULL
    ON CONFLICT (country_code, area_id, confidentiality) DO UPDATE SET meetings = meetings + 1;
END;--> statement-breakpoint
CREATE TRIGGER `country_agreed_areas_area_delete` AFTER DELETE ON `meeting_areas` WHEN old.outcome = 'agreed' BEGIN
  UPDATE country_agreed_areas SET meetings = meetings - 1 WHERE area_id = old.area_id AND (country_code, confidentiality) IN (
    SELECT mc.country_code, m.confidentiality FROM meeting_countries mc JOIN meetings m ON m.id = mc.meeting_id
    WHERE mc.meeting_id = old.meeting_id AND m.deleted_at IS NULL);
END;--> statement-breakpoint
CREATE TRIGGER `country_agreed_areas_area_update` AFTER UPDATE OF meeting_id, area_id, outcome ON `meeting_areas` BEGIN
  UPDATE country_agreed_areas SET meetings = meetings - 1 WHERE old.outcome = 'agreed' AND area_id = old.area_id AND (country_code, confidentiality) IN (
    SELECT mc.country_code, m.confidentiality FROM meeting_countries mc JOIN meetings m ON m.id = mc.meeting_id
    WHERE mc.meeting_id = old.meeting_id AND m.deleted_at IS NULL);
  INSERT INTO country_agreed_areas (country_code, area_id, confidentiality, meetings)
    SELECT mc.country_code, new.area_id, m.confidentiality, 1 FROM meeting_countries mc JOIN meetings m ON m.id = mc.meeting_id
    WHERE new.outcome = 'agreed' AND mc.meeting_id = new.meeting_id AND m.deleted_at IS NULL
    ON CONFLICT (country_code, area_id, confidentiality) DO UPDATE SET meetings = meetings + 1;
END;--> statement-breakpoint
CREATE TRIGGER `country_agreed_areas_country_insert` AFTER INSERT ON `meeting_countries` BEGIN
  INSERT INTO country_agreed_areas (country_code, area_id, confidentiality, meetings)
    SELECT new.country_code, ma.area_id, m.confidentiality, 1 FROM meeting_areas ma JOIN meetings m ON m.id = ma.meeting_id
    WHERE ma.meeting_id = new.meeting_id AND ma.outcome = 'agreed' AND m.deleted_at IS NULL
    ON CONFLICT (country_code, area_id, confidentiality) DO UPDATE SET meetings = meetings + 1;
END;--> statement-breakpoint
CREATE TRIGGER `country_agreed_areas_country_delete` AFTER DELETE ON `meeting_countries` BEGIN
  UPDATE country_agreed_areas SET meetings = meetings - 1 WHERE country_code = old.country_code AND (area_id, confidentiality) IN (
    SELECT ma.area_id, m.confidentiality FROM meeting_areas ma JOIN meetings m ON m.id = ma.meeting_id
    WHERE ma.meeting_id = old.meeting_id AND ma.outcome = 'agreed' AND m.deleted_at IS NULL);
END;--> statement-breakpoint
CREATE TRIGGER `country_agreed_areas_country_update` AFTER UPDATE OF meeting_id, country_code ON `meeting_countries` BEGIN
  UPDATE country_agreed_areas SET meetings = meetings - 1 WHERE country_code = old.country_code AND (area_id, confidentiality) IN (
    SELECT ma.area_id, m.confidentiality FROM meeting_areas ma JOIN meetings m ON m.id = ma.meeting_id
    WHERE ma.meeting_id = old.meeting_id AND ma.outcome = 'agreed' AND m.deleted_at IS NULL);
  INSERT INTO country_agreed_areas (country_code, area_id, confidentiality, meetings)
    SELECT new.country_code, ma.area_id, m.confidentiality, 1 FROM meeting_areas ma JOIN meetings m ON m.id = ma.meeting_id
    WHERE ma.meeting_id = new.meeting_id AND ma.outcome = 'agreed' AND m.deleted_at IS NULL
    ON CONFLICT (country_code, area_id, confidentiality) DO UPDATE SET meetings = meetings + 1;
END;--> statement-breakpoint
CREATE TRIGGER `country_agreed_areas_meeting_update` AFTER UPDATE OF deleted_at, confidentiality ON `meetings`
  WHEN (old.deleted_at IS NULL) IS NOT (new.deleted_at IS NULL) OR old.confidentiality IS NOT new.confidentiality BEGIN
  UPDATE country_agreed_areas SET meetings = meetings - 1 WHERE old.deleted_at IS NULL AND confidentiality = old.confidentiality AND (country_code, area_id) IN (
    SELECT mc.country_code, ma.area_id FROM meeting_countries mc JOIN meeting_areas ma ON ma.meeting_id = mc.meeting_id
    WHERE mc.meeting_id = old.id AND ma.outcome = 'agreed');
  INSERT INTO country_agreed_areas (country_code, area_id, confidentiality, meetings)
    SELECT mc.country_code, ma.area_id, new.confidentiality, 1 FROM meeting_countries mc JOIN meeting_areas ma ON ma.meeting_id = mc.meeting_id
    WHERE new.deleted_at IS NULL AND mc.meeting_id = new.id AND ma.outcome = 'agreed'
    ON CONFLICT (country_code, area_id, confidentiality) DO UPDATE SET meetings = meetings + 1;
END;--> statement-breakpoint
-- A meeting deleted outright takes its agreed areas first, while its countries are still there to
-- be counted down (the cascade deletes them after the meeting's row is gone).
CREATE TRIGGER `country_agreed_areas_meeting_delete` BEFORE DELETE ON `meetings` BEGIN
  DELETE FROM meeting_areas WHERE meeting_id = old.id;
END;
