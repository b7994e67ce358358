ALTER TABLE `sources` ADD `authors_complete` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `studies` ADD `authors_complete` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- hand-written: audit 7 L4. Self-contained: it reads and writes only the column it adds. The Canadian article writes
-- "Swainson J, et al. (2021)": the one author stored is the first of several, so an existing database gets the flag
-- the curated seed gives that source (an edited author list is left alone).
UPDATE `sources` SET `authors_complete` = false WHERE `id` = 'swainson-2021-canmat-ketamine' AND `authors` = '["Swainson J"]';
--> statement-breakpoint
-- hand-written: audit 7 M1 (class 1). Two seeded guide items state a value their program marks as Katalog's reading
-- (values the program lists in inferred_fields), so their scope is Katalog's reading too; an item an editor changed
-- (another text) is left alone.
UPDATE `guides` SET `items` = json_set(`items`, '$[7].scope.inferred', json('true')) WHERE `id` = 'guide-costs' AND json_extract(`items`, '$[7].text') = 'Canadian article: Roots to Thrive group program (12 weeks, 3 sessions), approximately CAD $5,850 + GST.';--> statement-breakpoint
UPDATE `guides` SET `items` = json_set(`items`, '$[3].scope.inferred', json('true')) WHERE `id` = 'guide-group-dynamics' AND json_extract(`items`, '$[3].text') = 'Roots to Thrive (Canadian article): ~1:3 to 1:4 facilitator-to-participant ratio (about 3 to 4 participants per facilitator).';
