CREATE TABLE `conditions` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`alternate_names` text NOT NULL,
	`category` text NOT NULL,
	`roles` text NOT NULL,
	`scope` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `conditions_category_facet_idx` ON `conditions` (`category`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `conditions_updated_at_idx` ON `conditions` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `conditions_name_idx` ON `conditions` (`name`,`id`);--> statement-breakpoint
ALTER TABLE `contraindications` ADD `condition_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_findings` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`study_id` text NOT NULL,
	`condition` text,
	`measure` text NOT NULL,
	`value` real,
	`value_unit` text,
	`value_qualifier` text,
	`denominator` integer,
	`direction` text NOT NULL,
	`summary` text NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`condition`) REFERENCES `conditions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_findings`("id", "version", "created_at", "updated_at", "deleted_at", "study_id", "condition", "measure", "value", "value_unit", "value_qualifier", "denominator", "direction", "summary") SELECT "id", "version", "created_at", "updated_at", "deleted_at", "study_id", "condition", "measure", "value", "value_unit", "value_qualifier", "denominator", "direction", "summary" FROM `findings`;--> statement-breakpoint
DROP TABLE `findings`;--> statement-breakpoint
ALTER TABLE `__new_findings` RENAME TO `findings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `findings_study_id_facet_idx` ON `findings` (`study_id`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `findings_condition_facet_idx` ON `findings` (`condition`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `findings_value_unit_facet_idx` ON `findings` (`value_unit`) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX `findings_updated_at_idx` ON `findings` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `findings_study_idx` ON `findings` (`study_id`);--> statement-breakpoint
CREATE INDEX `findings_value_idx` ON `findings` (`value`,`id`);--> statement-breakpoint
-- hand-written:
-- The search triggers of the new table and of findings (rebuilt above to hold its foreign key to conditions;
-- dropping a table drops its triggers), as `npx tsx scripts/gen-search-sql.ts --triggers conditions,findings`
-- prints them. An existing database's findings name conditions this migration does not create: they are
-- the seed's, written by the next `npm run db:seed` (until then `PRAGMA foreign_key_check` lists them).
DROP TRIGGER IF EXISTS conditions_search_ai;
--> statement-breakpoint
CREATE TRIGGER conditions_search_ai AFTER INSERT ON conditions WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('conditions', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = new.id), coalesce(new.name, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.alternate_names) WHERE type = 'text'), '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.roles) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS conditions_search_au;
--> statement-breakpoint
CREATE TRIGGER conditions_search_au AFTER UPDATE ON conditions WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('conditions', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = new.id), coalesce(new.name, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.alternate_names) WHERE type = 'text'), '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.roles) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS conditions_search_ad;
--> statement-breakpoint
CREATE TRIGGER conditions_search_ad AFTER DELETE ON conditions BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS conditions_search_pi;
--> statement-breakpoint
CREATE TRIGGER conditions_search_pi AFTER INSERT ON conditions WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('conditions', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS conditions_search_pu;
--> statement-breakpoint
CREATE TRIGGER conditions_search_pu AFTER UPDATE ON conditions WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('conditions', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_ai;
--> statement-breakpoint
CREATE TRIGGER findings_search_ai AFTER INSERT ON findings WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), coalesce(new.measure, ''), coalesce(new.summary, '') || ' ' || coalesce(new.condition, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_au;
--> statement-breakpoint
CREATE TRIGGER findings_search_au AFTER UPDATE ON findings WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), coalesce(new.measure, ''), coalesce(new.summary, '') || ' ' || coalesce(new.condition, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_ad;
--> statement-breakpoint
CREATE TRIGGER findings_search_ad AFTER DELETE ON findings BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_pi;
--> statement-breakpoint
CREATE TRIGGER findings_search_pi AFTER INSERT ON findings WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('findings', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_pu;
--> statement-breakpoint
CREATE TRIGGER findings_search_pu AFTER UPDATE ON findings WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('findings', new.id); END;
