PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`parent_organization_id` text,
	`partner_organization_ids` text NOT NULL,
	`city` text,
	`region` text,
	`country` text,
	`website` text,
	`named_in_source` integer NOT NULL,
	FOREIGN KEY (`parent_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_organizations`("id", "version", "created_at", "updated_at", "deleted_at", "name", "kind", "description", "parent_organization_id", "partner_organization_ids", "city", "region", "country", "website", "named_in_source") SELECT "id", "version", "created_at", "updated_at", "deleted_at", "name", "kind", "description", "parent_organization_id", "partner_organization_ids", "city", "region", "country", "website", "named_in_source" FROM `organizations`;--> statement-breakpoint
DROP TABLE `organizations`;--> statement-breakpoint
ALTER TABLE `__new_organizations` RENAME TO `organizations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `organizations_updated_at_idx` ON `organizations` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `organizations_name_idx` ON `organizations` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `organizations_parent_idx` ON `organizations` (`parent_organization_id`);--> statement-breakpoint
CREATE TABLE `__new_studies` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`authors` text NOT NULL,
	`year` integer,
	`journal` text,
	`journal_reference` text,
	`url` text,
	`source_id` text,
	`design` text NOT NULL,
	`population` text,
	`intervention` text,
	`participants` integer,
	`participants_qualifier` text,
	`duration_weeks` integer,
	`follow_up_months` integer,
	`conditions` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_studies`("id", "version", "created_at", "updated_at", "deleted_at", "title", "authors", "year", "journal", "journal_reference", "url", "source_id", "design", "population", "intervention", "participants", "participants_qualifier", "duration_weeks", "follow_up_months", "conditions") SELECT "id", "version", "created_at", "updated_at", "deleted_at", "title", "authors", "year", "journal", "journal_reference", "url", "source_id", "design", "population", "intervention", "participants", "participants_qualifier", "duration_weeks", "follow_up_months", "conditions" FROM `studies`;--> statement-breakpoint
DROP TABLE `studies`;--> statement-breakpoint
ALTER TABLE `__new_studies` RENAME TO `studies`;--> statement-breakpoint
CREATE INDEX `studies_updated_at_idx` ON `studies` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `studies_source_idx` ON `studies` (`source_id`);--> statement-breakpoint
CREATE TABLE `__new_citations` (
	`collection` text NOT NULL,
	`record_id` text NOT NULL,
	`position` integer NOT NULL,
	`source_id` text NOT NULL,
	`excerpt` text NOT NULL,
	`section` text NOT NULL,
	PRIMARY KEY(`collection`, `record_id`, `position`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_citations`("collection", "record_id", "position", "source_id", "excerpt", "section") SELECT "collection", "record_id", "position", "source_id", "excerpt", "section" FROM `citations`;--> statement-breakpoint
DROP TABLE `citations`;--> statement-breakpoint
ALTER TABLE `__new_citations` RENAME TO `citations`;--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`);--> statement-breakpoint
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
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_findings`("id", "version", "created_at", "updated_at", "deleted_at", "study_id", "condition", "measure", "value", "value_unit", "value_qualifier", "denominator", "direction", "summary") SELECT "id", "version", "created_at", "updated_at", "deleted_at", "study_id", "condition", "measure", "value", "value_unit", "value_qualifier", "denominator", "direction", "summary" FROM `findings`;--> statement-breakpoint
DROP TABLE `findings`;--> statement-breakpoint
ALTER TABLE `__new_findings` RENAME TO `findings`;--> statement-breakpoint
CREATE INDEX `findings_updated_at_idx` ON `findings` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `findings_study_idx` ON `findings` (`study_id`);--> statement-breakpoint
CREATE INDEX `findings_value_idx` ON `findings` (`value`,`id`);--> statement-breakpoint
CREATE TABLE `__new_prices` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`program_id` text,
	`label` text NOT NULL,
	`format` text NOT NULL,
	`amount_min_minor` integer,
	`amount_max_minor` integer,
	`open_ended` integer NOT NULL,
	`open_ended_from_minor` integer,
	`approximate` integer NOT NULL,
	`amount_text` text NOT NULL,
	`currency` text NOT NULL,
	`currency_implied` integer NOT NULL,
	`unit` text NOT NULL,
	`treatment` text NOT NULL,
	`hedges` text NOT NULL,
	`includes` text NOT NULL,
	`sessions_included` integer,
	`sessions_included_max` integer,
	`tax_note` text,
	`note` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_prices`("id", "version", "created_at", "updated_at", "deleted_at", "program_id", "label", "format", "amount_min_minor", "amount_max_minor", "open_ended", "open_ended_from_minor", "approximate", "amount_text", "currency", "currency_implied", "unit", "treatment", "hedges", "includes", "sessions_included", "sessions_included_max", "tax_note", "note") SELECT "id", "version", "created_at", "updated_at", "deleted_at", "program_id", "label", "format", "amount_min_minor", "amount_max_minor", "open_ended", "open_ended_from_minor", "approximate", "amount_text", "currency", "currency_implied", "unit", "treatment", "hedges", "includes", "sessions_included", "sessions_included_max", "tax_note", "note" FROM `prices`;--> statement-breakpoint
DROP TABLE `prices`;--> statement-breakpoint
ALTER TABLE `__new_prices` RENAME TO `prices`;--> statement-breakpoint
CREATE INDEX `prices_updated_at_idx` ON `prices` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `prices_program_idx` ON `prices` (`program_id`);--> statement-breakpoint
CREATE INDEX `prices_currency_amount_idx` ON `prices` (`currency`,`amount_min_minor`,`id`);--> statement-breakpoint
CREATE INDEX `prices_amount_idx` ON `prices` (`amount_min_minor`,`id`);--> statement-breakpoint
CREATE TABLE `__new_programs` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`organization_id` text,
	`format` text NOT NULL,
	`dosing_setting` text NOT NULL,
	`integration_setting` text NOT NULL,
	`generic` integer NOT NULL,
	`duration_weeks` integer,
	`medicine_sessions` integer,
	`medicine_sessions_max` integer,
	`group_size_min` integer,
	`group_size_max` integer,
	`structure` text,
	`city` text,
	`region` text,
	`country` text,
	`routes` text NOT NULL,
	`conditions` text NOT NULL,
	`description` text NOT NULL,
	`financial_assistance` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_programs`("id", "version", "created_at", "updated_at", "deleted_at", "name", "organization_id", "format", "dosing_setting", "integration_setting", "generic", "duration_weeks", "medicine_sessions", "medicine_sessions_max", "group_size_min", "group_size_max", "structure", "city", "region", "country", "routes", "conditions", "description", "financial_assistance") SELECT "id", "version", "created_at", "updated_at", "deleted_at", "name", "organization_id", "format", "dosing_setting", "integration_setting", "generic", "duration_weeks", "medicine_sessions", "medicine_sessions_max", "group_size_min", "group_size_max", "structure", "city", "region", "country", "routes", "conditions", "description", "financial_assistance" FROM `programs`;--> statement-breakpoint
DROP TABLE `programs`;--> statement-breakpoint
ALTER TABLE `__new_programs` RENAME TO `programs`;--> statement-breakpoint
CREATE INDEX `programs_updated_at_idx` ON `programs` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `programs_name_idx` ON `programs` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `programs_format_name_idx` ON `programs` (`format`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `programs_organization_idx` ON `programs` (`organization_id`);--> statement-breakpoint
CREATE INDEX `programs_country_idx` ON `programs` (`country`,`region`,`city`);--> statement-breakpoint
CREATE INDEX `programs_duration_idx` ON `programs` (`duration_weeks`,`id`);--> statement-breakpoint
CREATE INDEX `programs_format_duration_idx` ON `programs` (`format`,`duration_weeks`,`id`);--> statement-breakpoint
-- hand-written:
-- Rebuilding a table drops its triggers: the search triggers of the rebuilt tables are created again, as
-- `npx tsx scripts/gen-search-sql.ts --triggers organizations,studies,findings,prices,programs` prints them
-- (the index itself is untouched: ids and their search keys are unchanged). migrateDb runs migrations with
-- foreign_keys off (the PRAGMA lines above are no-ops inside its transaction), so the copies and drops
-- above are not checked row by row; the last statements check every row at once and roll the whole
-- migration back if one points at a row that does not exist (migrateDb then lists them).
DROP TRIGGER IF EXISTS organizations_search_ai;
--> statement-breakpoint
CREATE TRIGGER organizations_search_ai AFTER INSERT ON organizations BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_au;
--> statement-breakpoint
CREATE TRIGGER organizations_search_au AFTER UPDATE ON organizations BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_ad;
--> statement-breakpoint
CREATE TRIGGER organizations_search_ad AFTER DELETE ON organizations BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_ai;
--> statement-breakpoint
CREATE TRIGGER studies_search_ai AFTER INSERT ON studies BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text'), '') || ' ' || coalesce(new.journal, '') || ' ' || coalesce(new.design, '') || ' ' || coalesce(new.population, '') || ' ' || coalesce(new.intervention, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_au;
--> statement-breakpoint
CREATE TRIGGER studies_search_au AFTER UPDATE ON studies BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text'), '') || ' ' || coalesce(new.journal, '') || ' ' || coalesce(new.design, '') || ' ' || coalesce(new.population, '') || ' ' || coalesce(new.intervention, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_ad;
--> statement-breakpoint
CREATE TRIGGER studies_search_ad AFTER DELETE ON studies BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_ai;
--> statement-breakpoint
CREATE TRIGGER findings_search_ai AFTER INSERT ON findings BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), coalesce(new.measure, ''), coalesce(new.summary, '') || ' ' || coalesce(new.condition, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_au;
--> statement-breakpoint
CREATE TRIGGER findings_search_au AFTER UPDATE ON findings BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), coalesce(new.measure, ''), coalesce(new.summary, '') || ' ' || coalesce(new.condition, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_ad;
--> statement-breakpoint
CREATE TRIGGER findings_search_ad AFTER DELETE ON findings BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_ai;
--> statement-breakpoint
CREATE TRIGGER prices_search_ai AFTER INSERT ON prices BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), coalesce(new.label, ''), coalesce(new.amount_text, '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.currency, '') || ' ' || coalesce(new.tax_note, '') || ' ' || coalesce(new.unit, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_au;
--> statement-breakpoint
CREATE TRIGGER prices_search_au AFTER UPDATE ON prices BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), coalesce(new.label, ''), coalesce(new.amount_text, '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.currency, '') || ' ' || coalesce(new.tax_note, '') || ' ' || coalesce(new.unit, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_ad;
--> statement-breakpoint
CREATE TRIGGER prices_search_ad AFTER DELETE ON prices BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_ai;
--> statement-breakpoint
CREATE TRIGGER programs_search_ai AFTER INSERT ON programs BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.structure, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_au;
--> statement-breakpoint
CREATE TRIGGER programs_search_au AFTER UPDATE ON programs BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.structure, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_ad;
--> statement-breakpoint
CREATE TRIGGER programs_search_ad AFTER DELETE ON programs BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = old.id); END;
--> statement-breakpoint
CREATE TEMP TABLE `dangling_references_check` (`n` integer NOT NULL CONSTRAINT `dangling_references` CHECK (`n` = 0));
--> statement-breakpoint
INSERT INTO `dangling_references_check` SELECT count(*) FROM pragma_foreign_key_check;
--> statement-breakpoint
DROP TABLE `dangling_references_check`;
