CREATE INDEX `programs_owner_idx` ON `programs` (coalesce(`organization_id`, `id`), `id`);--> statement-breakpoint
CREATE INDEX `changes_changed_at_idx` ON `changes` (`changed_at`);--> statement-breakpoint
-- hand-written: bulk writes index the search once per table and batch (src/search/triggers.ts, SEARCH_PENDING); triggers from `npx tsx scripts/gen-search-sql.ts --triggers`
CREATE TABLE `search_pending` (`collection` text NOT NULL, `record_id` text NOT NULL, PRIMARY KEY (`collection`, `record_id`)) WITHOUT ROWID;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_ai;
--> statement-breakpoint
CREATE TRIGGER sources_search_ai AFTER INSERT ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.publisher, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text'), '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_au;
--> statement-breakpoint
CREATE TRIGGER sources_search_au AFTER UPDATE ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.publisher, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text'), '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_ad;
--> statement-breakpoint
CREATE TRIGGER sources_search_ad AFTER DELETE ON sources BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_pi;
--> statement-breakpoint
CREATE TRIGGER sources_search_pi AFTER INSERT ON sources WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('sources', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_pu;
--> statement-breakpoint
CREATE TRIGGER sources_search_pu AFTER UPDATE ON sources WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('sources', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_ai;
--> statement-breakpoint
CREATE TRIGGER organizations_search_ai AFTER INSERT ON organizations WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_au;
--> statement-breakpoint
CREATE TRIGGER organizations_search_au AFTER UPDATE ON organizations WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_ad;
--> statement-breakpoint
CREATE TRIGGER organizations_search_ad AFTER DELETE ON organizations BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_pi;
--> statement-breakpoint
CREATE TRIGGER organizations_search_pi AFTER INSERT ON organizations WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('organizations', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_pu;
--> statement-breakpoint
CREATE TRIGGER organizations_search_pu AFTER UPDATE ON organizations WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('organizations', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_ai;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_ai AFTER INSERT ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.abbreviation, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text'), '') || ' ' || coalesce(new.description, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_au;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_au AFTER UPDATE ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.abbreviation, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text'), '') || ' ' || coalesce(new.description, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_ad;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_ad AFTER DELETE ON dosing_routes BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_pi;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_pi AFTER INSERT ON dosing_routes WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('dosing_routes', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_pu;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_pu AFTER UPDATE ON dosing_routes WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('dosing_routes', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_ai;
--> statement-breakpoint
CREATE TRIGGER programs_search_ai AFTER INSERT ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.structure, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_au;
--> statement-breakpoint
CREATE TRIGGER programs_search_au AFTER UPDATE ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.structure, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_ad;
--> statement-breakpoint
CREATE TRIGGER programs_search_ad AFTER DELETE ON programs BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_pi;
--> statement-breakpoint
CREATE TRIGGER programs_search_pi AFTER INSERT ON programs WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('programs', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_pu;
--> statement-breakpoint
CREATE TRIGGER programs_search_pu AFTER UPDATE ON programs WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('programs', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_ai;
--> statement-breakpoint
CREATE TRIGGER prices_search_ai AFTER INSERT ON prices WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), coalesce(new.label, ''), coalesce(new.amount_text, '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.currency, '') || ' ' || coalesce(new.tax_note, '') || ' ' || coalesce(new.unit, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_au;
--> statement-breakpoint
CREATE TRIGGER prices_search_au AFTER UPDATE ON prices WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), coalesce(new.label, ''), coalesce(new.amount_text, '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.currency, '') || ' ' || coalesce(new.tax_note, '') || ' ' || coalesce(new.unit, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_ad;
--> statement-breakpoint
CREATE TRIGGER prices_search_ad AFTER DELETE ON prices BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_pi;
--> statement-breakpoint
CREATE TRIGGER prices_search_pi AFTER INSERT ON prices WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('prices', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_pu;
--> statement-breakpoint
CREATE TRIGGER prices_search_pu AFTER UPDATE ON prices WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('prices', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contraindications_search_ai;
--> statement-breakpoint
CREATE TRIGGER contraindications_search_ai AFTER INSERT ON contraindications WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('contraindications', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'contraindications' AND record_id = new.id), coalesce(new.condition, ''), coalesce(new.note, '') || ' ' || coalesce(new.category, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contraindications_search_au;
--> statement-breakpoint
CREATE TRIGGER contraindications_search_au AFTER UPDATE ON contraindications WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'contraindications' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('contraindications', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'contraindications' AND record_id = new.id), coalesce(new.condition, ''), coalesce(new.note, '') || ' ' || coalesce(new.category, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contraindications_search_ad;
--> statement-breakpoint
CREATE TRIGGER contraindications_search_ad AFTER DELETE ON contraindications BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'contraindications' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contraindications_search_pi;
--> statement-breakpoint
CREATE TRIGGER contraindications_search_pi AFTER INSERT ON contraindications WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('contraindications', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contraindications_search_pu;
--> statement-breakpoint
CREATE TRIGGER contraindications_search_pu AFTER UPDATE ON contraindications WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('contraindications', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS format_fit_search_ai;
--> statement-breakpoint
CREATE TRIGGER format_fit_search_ai AFTER INSERT ON format_fit WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('format_fit', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'format_fit' AND record_id = new.id), coalesce(new.situation, ''), coalesce(new.note, '') || ' ' || coalesce(new.group_format, '') || ' ' || coalesce(new.individual_format, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS format_fit_search_au;
--> statement-breakpoint
CREATE TRIGGER format_fit_search_au AFTER UPDATE ON format_fit WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'format_fit' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('format_fit', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'format_fit' AND record_id = new.id), coalesce(new.situation, ''), coalesce(new.note, '') || ' ' || coalesce(new.group_format, '') || ' ' || coalesce(new.individual_format, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS format_fit_search_ad;
--> statement-breakpoint
CREATE TRIGGER format_fit_search_ad AFTER DELETE ON format_fit BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'format_fit' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS format_fit_search_pi;
--> statement-breakpoint
CREATE TRIGGER format_fit_search_pi AFTER INSERT ON format_fit WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('format_fit', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS format_fit_search_pu;
--> statement-breakpoint
CREATE TRIGGER format_fit_search_pu AFTER UPDATE ON format_fit WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('format_fit', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_ai;
--> statement-breakpoint
CREATE TRIGGER studies_search_ai AFTER INSERT ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text'), '') || ' ' || coalesce(new.journal, '') || ' ' || coalesce(new.design, '') || ' ' || coalesce(new.population, '') || ' ' || coalesce(new.intervention, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_au;
--> statement-breakpoint
CREATE TRIGGER studies_search_au AFTER UPDATE ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text'), '') || ' ' || coalesce(new.journal, '') || ' ' || coalesce(new.design, '') || ' ' || coalesce(new.population, '') || ' ' || coalesce(new.intervention, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_ad;
--> statement-breakpoint
CREATE TRIGGER studies_search_ad AFTER DELETE ON studies BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_pi;
--> statement-breakpoint
CREATE TRIGGER studies_search_pi AFTER INSERT ON studies WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('studies', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_pu;
--> statement-breakpoint
CREATE TRIGGER studies_search_pu AFTER UPDATE ON studies WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('studies', new.id); END;
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
--> statement-breakpoint
DROP TRIGGER IF EXISTS faqs_search_ai;
--> statement-breakpoint
CREATE TRIGGER faqs_search_ai AFTER INSERT ON faqs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('faqs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'faqs' AND record_id = new.id), coalesce(new.question, ''), coalesce(new.answer, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS faqs_search_au;
--> statement-breakpoint
CREATE TRIGGER faqs_search_au AFTER UPDATE ON faqs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'faqs' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('faqs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'faqs' AND record_id = new.id), coalesce(new.question, ''), coalesce(new.answer, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS faqs_search_ad;
--> statement-breakpoint
CREATE TRIGGER faqs_search_ad AFTER DELETE ON faqs BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'faqs' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS faqs_search_pi;
--> statement-breakpoint
CREATE TRIGGER faqs_search_pi AFTER INSERT ON faqs WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('faqs', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS faqs_search_pu;
--> statement-breakpoint
CREATE TRIGGER faqs_search_pu AFTER UPDATE ON faqs WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('faqs', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_phases_search_ai;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_ai AFTER INSERT ON session_phases WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('session_phases', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.practical_rules) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_phases_search_au;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_au AFTER UPDATE ON session_phases WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('session_phases', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.practical_rules) WHERE type = 'text'), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_phases_search_ad;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_ad AFTER DELETE ON session_phases BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_phases_search_pi;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_pi AFTER INSERT ON session_phases WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('session_phases', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_phases_search_pu;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_pu AFTER UPDATE ON session_phases WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('session_phases', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guides_search_ai;
--> statement-breakpoint
CREATE TRIGGER guides_search_ai AFTER INSERT ON guides WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('guides', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.summary, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.items) WHERE type = 'text'), '') || ' ' || coalesce(new.topic, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guides_search_au;
--> statement-breakpoint
CREATE TRIGGER guides_search_au AFTER UPDATE ON guides WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('guides', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.summary, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.items) WHERE type = 'text'), '') || ' ' || coalesce(new.topic, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guides_search_ad;
--> statement-breakpoint
CREATE TRIGGER guides_search_ad AFTER DELETE ON guides BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = old.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guides_search_pi;
--> statement-breakpoint
CREATE TRIGGER guides_search_pi AFTER INSERT ON guides WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('guides', new.id); END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guides_search_pu;
--> statement-breakpoint
CREATE TRIGGER guides_search_pu AFTER UPDATE ON guides WHEN EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_pending (collection, record_id) VALUES ('guides', new.id); END;
