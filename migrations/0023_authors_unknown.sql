-- hand-written: audit 9 M4. `authors_complete` becomes nullable (null: not known), and an empty author list is never
-- asserted whole: the two articles name no author for their own text, for the four studies the KAIR article reports,
-- or for most of the works they cite. SQLite cannot drop NOT NULL in place, and rebuilding the tables would drop
-- their search triggers, so the column is replaced: the old one renamed aside, a nullable one added (it moves to the
-- end of the table; rows are read by column name), the value copied except for a list that names no one, the old
-- one dropped. Every row, seeded or written through the API, is treated alike: a named list keeps its flag.
ALTER TABLE `sources` RENAME COLUMN `authors_complete` TO `authors_complete_0019`;--> statement-breakpoint
ALTER TABLE `sources` ADD `authors_complete` integer;--> statement-breakpoint
UPDATE `sources` SET `authors_complete` = CASE WHEN json_array_length(`authors`) = 0 THEN NULL ELSE `authors_complete_0019` END;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `authors_complete_0019`;--> statement-breakpoint
ALTER TABLE `studies` RENAME COLUMN `authors_complete` TO `authors_complete_0019`;--> statement-breakpoint
ALTER TABLE `studies` ADD `authors_complete` integer;--> statement-breakpoint
UPDATE `studies` SET `authors_complete` = CASE WHEN json_array_length(`authors`) = 0 THEN NULL ELSE `authors_complete_0019` END;--> statement-breakpoint
ALTER TABLE `studies` DROP COLUMN `authors_complete_0019`;
