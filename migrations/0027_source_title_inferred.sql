-- Audit 11 A11-3: a record says whether its title is Katalog's description (no source gives it). The first four
-- statements are drizzle-generated (sources.title_inferred, its facet index, the counting index with it); the two
-- updates after them are hand-written: every row, seeded or written through the API, live or deleted, is marked
-- when no excerpt it cites writes its title, in one excerpt or across two excerpts of one source read one after the
-- other (src/jsonld/titles.ts titleGiven, the rule the seed verifier and every write apply). A source marks it in
-- title_inferred, a study by listing title (last) in inferred_fields. Starting the server publishes what changed.
DROP INDEX `sources_counts_idx`;--> statement-breakpoint
ALTER TABLE `sources` ADD `title_inferred` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `sources_title_inferred_facet_idx` ON `sources` (`title_inferred`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `sources_counts_idx` ON `sources` (`kind`,`year`,`publisher_inferred`,`title_inferred`) WHERE deleted_at is null;--> statement-breakpoint
UPDATE `sources` SET `title_inferred` = 1 WHERE NOT EXISTS (SELECT 1 FROM `citations` `a` WHERE `a`.`collection` = 'sources' AND `a`.`record_id` = `sources`.`id` AND (instr(`a`.`excerpt`, `sources`.`title`) > 0 OR EXISTS (SELECT 1 FROM `citations` `b` WHERE `b`.`collection` = `a`.`collection` AND `b`.`record_id` = `a`.`record_id` AND `b`.`position` <> `a`.`position` AND `b`.`source_id` = `a`.`source_id` AND instr(`a`.`excerpt` || ' ' || `b`.`excerpt`, `sources`.`title`) > 0)));--> statement-breakpoint
UPDATE `studies` SET `inferred_fields` = json_insert(`inferred_fields`, '$[#]', 'title') WHERE NOT EXISTS (SELECT 1 FROM json_each(`studies`.`inferred_fields`) WHERE `value` = 'title') AND NOT EXISTS (SELECT 1 FROM `citations` `a` WHERE `a`.`collection` = 'studies' AND `a`.`record_id` = `studies`.`id` AND (instr(`a`.`excerpt`, `studies`.`title`) > 0 OR EXISTS (SELECT 1 FROM `citations` `b` WHERE `b`.`collection` = `a`.`collection` AND `b`.`record_id` = `a`.`record_id` AND `b`.`position` <> `a`.`position` AND `b`.`source_id` = `a`.`source_id` AND instr(`a`.`excerpt` || ' ' || `b`.`excerpt`, `studies`.`title`) > 0)));
