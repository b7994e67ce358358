-- hand-written: audit 25 (A25-1). Data only; self-contained: it reads and writes only the table and columns it names.
-- Publishing the correction as a new version, with a change event and a revision, is done after the migrations
-- (seed/load.ts publishMigrations):
-- - the contraindication `active-substance-use-group-format` ("Active substance use disorder or severe substance use")
--   had the scope of the format table's row, whose group cell reads "(exclusion in both)": said of ketamine therapy in
--   general, applying to any format. The Canadian article says "severe substance use" of the group format only
--   ("generally exclusions for group format"), and its FAQ lists active substance use disorder among those who are
--   generally not candidates for group KAT; the row names active substance use disorder alone. The record now states
--   what the article says of the group format, as its sibling exclusions do. The row, said of both formats, becomes a
--   record of its own, active-substance-use-disorder-both-formats, which publishing the migrations adds from the seed
--   (seed/load.ts ADDED_BY_MIGRATIONS): a migration changes only the records a database holds.
--   It no longer cites the row (its last two citations, the row and the table's column headers): a statement citing a
--   row states that row's cells (tests/table-cells.test.ts).
-- Changed only where the record is live, still as the seed had it, its citations included (review 38 R38-4, R38-6), and
-- last written by the seed (review 38b R38b-2: an editor's change to another field), so that an editor's record is kept
-- whole: the condition is taken once, before either change.
CREATE TEMP TABLE `_0048_group_format` AS SELECT 1 AS `go` WHERE EXISTS (SELECT 1 FROM `contraindications` WHERE `id` = 'active-substance-use-group-format' AND `applies_to` = 'any' AND `scope` = '{"level":"ketamine_therapy","format":null,"program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"(exclusion in both)","inferred":false}' AND `note` = 'The Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among patients who are generally not candidates for group KAT; that FAQ answer ends "Individual format is safer in these cases". The Canadian article''s format table does not limit the exclusion to the group format: the row reads "(exclusion in both)" in the group cell and "(after stabilization)" in the individual cell ("Individual format safer"). The Canadian article does not reconcile the table''s "(exclusion in both)" with the FAQ''s "Individual format is safer in these cases", and says nothing more about the row.' AND `deleted_at` IS NULL)
AND (SELECT count(*) FROM `citations` WHERE `collection` = 'contraindications' AND `record_id` = 'active-substance-use-group-format') = 6
AND (SELECT `excerpt` FROM `citations` WHERE `collection` = 'contraindications' AND `record_id` = 'active-substance-use-group-format' AND `position` = 4) = 'Active substance use disorder(exclusion in both)(after stabilization)'
AND (SELECT `excerpt` FROM `citations` WHERE `collection` = 'contraindications' AND `record_id` = 'active-substance-use-group-format' AND `position` = 5) = 'Group format generally appropriateIndividual format safer'
AND ifnull((SELECT `actor` FROM `revisions` WHERE `collection` = 'contraindications' AND `record_id` = 'active-substance-use-group-format' ORDER BY `seq` DESC LIMIT 1), 'seed') = 'seed';
--> statement-breakpoint
UPDATE `contraindications` SET `applies_to` = 'group', `scope` = '{"level":"format","format":"group","program_ids":[],"stated_by":["group-ketamine-therapy-canada"],"hedge":"generally exclusions for group format; Generally:","inferred":false}', `note` = 'The Canadian article says severe substance use is generally an exclusion for group format and lists active substance use disorder among patients who are generally not candidates for group KAT; that FAQ answer ends "Individual format is safer in these cases".'
WHERE `id` = 'active-substance-use-group-format' AND EXISTS (SELECT 1 FROM `_0048_group_format`);
--> statement-breakpoint
DELETE FROM `citations` WHERE `collection` = 'contraindications' AND `record_id` = 'active-substance-use-group-format' AND `position` IN (4, 5) AND EXISTS (SELECT 1 FROM `_0048_group_format`);
--> statement-breakpoint
DROP TABLE `_0048_group_format`;
