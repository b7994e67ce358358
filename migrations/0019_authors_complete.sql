ALTER TABLE `sources` ADD `authors_complete` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `studies` ADD `authors_complete` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- hand-written: audit 7 L4. Self-contained: it reads and writes only the column it adds. The Canadian article writes
-- "Swainson J, et al. (2021)": the one author stored is the first of several, so an existing database gets the flag
-- the curated seed gives that source (an edited author list is left alone).
UPDATE `sources` SET `authors_complete` = false WHERE `id` = 'swainson-2021-canmat-ketamine' AND `authors` = '["Swainson J"]';
