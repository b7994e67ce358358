-- hand-written: audit 18 (A18-1, A18-2), a reading of the derived views. Data only; self-contained: it reads and writes
-- only the tables and columns it names. Existing databases get what the curated seed now says, for every seeded record
-- still stored as the seed had it before (found by its old value; a column an editor changed is left alone and `npm run
-- db:seed` reports it). Publishing these corrections as new versions, with change events and revisions, is done after
-- the migrations (seed/load.ts publishMigrations):
-- - A18-1: a condition's alternate names (JSON-LD alternateName: an alias) no longer include narrower phrases the
--   sources use for a qualified form of it ("severe anxiety", "active psychosis", "a history of dissociative
--   disorders", "borderline personality disorder with marked instability"...): the articles say different things of
--   the qualified and the plain forms (KAIR: trauma "especially valuable" in groups; the Canadian article: group
--   "generally not appropriate" for severe interpersonal trauma). The phrases stay in the conditions' cited excerpts
--   and role statements, in the sources' own words;
-- - A18-2: the dosing-experience phase no longer gives 45-90 minutes as its own length: the KAIR article says "the
--   active phase typically lasts 45-90 minutes, followed by a gentle rest period", which the phase's rule states with
--   its scope and hedge ("most follow; typically").
UPDATE `conditions` SET `alternate_names` = '["anxiety","anxiety disorders"]' WHERE `id` = 'anxiety' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["anxiety","anxiety disorders","severe anxiety"]'));
--> statement-breakpoint
UPDATE `conditions` SET `alternate_names` = '["substance use disorders"]' WHERE `id` = 'substance-use-disorder' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["substance use disorders","active substance use disorders","severe substance use"]'));
--> statement-breakpoint
UPDATE `conditions` SET `alternate_names` = '["trauma-related conditions"]' WHERE `id` = 'trauma' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["trauma-related conditions","severe interpersonal trauma","complex trauma"]'));
--> statement-breakpoint
UPDATE `conditions` SET `alternate_names` = '["suicidal thoughts"]' WHERE `id` = 'suicidality' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["suicidal thoughts","active suicidality"]'));
--> statement-breakpoint
UPDATE `conditions` SET `alternate_names` = '[]' WHERE `id` = 'psychosis' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["history of psychosis","active psychosis","active psychotic symptoms"]'));
--> statement-breakpoint
UPDATE `conditions` SET `alternate_names` = '[]' WHERE `id` = 'dissociative-disorders' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["a history of dissociative disorders"]'));
--> statement-breakpoint
UPDATE `conditions` SET `alternate_names` = '[]' WHERE `id` = 'borderline-personality-disorder' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["borderline personality disorder with marked instability"]'));
--> statement-breakpoint
UPDATE `conditions` SET `alternate_names` = '[]' WHERE `id` = 'mania' AND `deleted_at` IS NULL AND (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree(`alternate_names`)) IS (SELECT group_concat(`fullkey` || char(31) || `type` || char(31) || ifnull(`atom`, ''), char(30) ORDER BY `fullkey`) FROM json_tree('["active mania","recent hypomania"]'));
--> statement-breakpoint
UPDATE `session_phases` SET `duration_min_minutes` = NULL, `duration_max_minutes` = NULL WHERE `id` = 'dosing-experience' AND `deleted_at` IS NULL AND `duration_min_minutes` IS 45 AND `duration_max_minutes` IS 90;