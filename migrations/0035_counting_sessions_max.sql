-- generated (drizzle-kit): the programs counting index holds medicine_sessions_max, which `medicine_sessions_gte` reads with
-- medicine_sessions (a range "2–8 sessions" reaches the bound; audit 19 A19-5), so a count filtered on it reads the index alone.
DROP INDEX `programs_counts_idx`;--> statement-breakpoint
CREATE INDEX `programs_counts_idx` ON `programs` (`format`,`dosing_setting`,`integration_setting`,`generic`,`country`,`region`,`city`,`organization_id`,`routes`,`conditions`,`duration_weeks`,`medicine_sessions`,`medicine_sessions_max`) WHERE deleted_at is null;