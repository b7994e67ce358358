-- hand-written (triggers and reindex from src/search/triggers.ts: `npx tsx scripts/gen-search-sql.ts --triggers <tables>`
-- and `searchReindex`): audit 16 A16-3. Search indexed every text leaf of a JSON column, so a guide's items brought
-- their scopes' source ids, enum values and hedges into the index ("ketamine_therapy kair-group-therapy-unpacked can
-- sometimes The KAIR article says …" in a snippet; `q=ketamine` matched guides by the id
-- "group-ketamine-therapy-canada"). A JSON column now contributes its prose only: a list's strings, and the `text` or
-- `rule` of each object of a list. The triggers of the tables whose search body has a JSON column are replaced, and
-- every record of those tables is indexed again with the new expressions, as the end of a bulk write does.
DROP TRIGGER IF EXISTS sources_search_ai;
--> statement-breakpoint
CREATE TRIGGER sources_search_ai AFTER INSERT ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.publisher, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_au;
--> statement-breakpoint
CREATE TRIGGER sources_search_au AFTER UPDATE ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.publisher, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
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
DROP TRIGGER IF EXISTS conditions_search_ai;
--> statement-breakpoint
CREATE TRIGGER conditions_search_ai AFTER INSERT ON conditions WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('conditions', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = new.id), coalesce(new.name, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.alternate_names) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.roles) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS conditions_search_au;
--> statement-breakpoint
CREATE TRIGGER conditions_search_au AFTER UPDATE ON conditions WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('conditions', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = new.id), coalesce(new.name, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.alternate_names) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.note, '') || ' ' || coalesce(new.category, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.roles) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
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
DROP TRIGGER IF EXISTS dosing_routes_search_ai;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_ai AFTER INSERT ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.abbreviation, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.description, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_au;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_au AFTER UPDATE ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.abbreviation, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.description, '') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER programs_search_ai AFTER INSERT ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.structure, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_au;
--> statement-breakpoint
CREATE TRIGGER programs_search_au AFTER UPDATE ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce(new.structure, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.region, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
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
DROP TRIGGER IF EXISTS studies_search_ai;
--> statement-breakpoint
CREATE TRIGGER studies_search_ai AFTER INSERT ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.journal, '') || ' ' || coalesce(new.design, '') || ' ' || coalesce(new.population, '') || ' ' || coalesce(new.intervention, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_au;
--> statement-breakpoint
CREATE TRIGGER studies_search_au AFTER UPDATE ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.journal, '') || ' ' || coalesce(new.design, '') || ' ' || coalesce(new.population, '') || ' ' || coalesce(new.intervention, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
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
DROP TRIGGER IF EXISTS session_phases_search_ai;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_ai AFTER INSERT ON session_phases WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('session_phases', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.practical_rules) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_phases_search_au;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_au AFTER UPDATE ON session_phases WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('session_phases', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.practical_rules) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER guides_search_ai AFTER INSERT ON guides WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('guides', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.summary, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.items) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.topic, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guides_search_au;
--> statement-breakpoint
CREATE TRIGGER guides_search_au AFTER UPDATE ON guides WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('guides', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = new.id), coalesce(new.title, ''), coalesce(new.summary, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.items) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(new.topic, '') WHERE new.deleted_at IS NULL; END;
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
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'sources', id FROM "sources";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'sources');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'sources';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.title, ''), coalesce(r.publisher, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(r.kind, '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "sources" r ON r.id = p.record_id WHERE p.collection = 'sources' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'sources';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'conditions', id FROM "conditions";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'conditions');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'conditions';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.name, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.alternate_names) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(r.note, '') || ' ' || coalesce(r.category, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.roles) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "conditions" r ON r.id = p.record_id WHERE p.collection = 'conditions' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'conditions';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'dosing_routes', id FROM "dosing_routes";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'dosing_routes');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'dosing_routes';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.name, ''), coalesce(r.abbreviation, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(r.description, '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "dosing_routes" r ON r.id = p.record_id WHERE p.collection = 'dosing_routes' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'dosing_routes';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'programs', id FROM "programs";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'programs');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'programs';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.name, ''), coalesce(r.description, '') || ' ' || coalesce(r.structure, '') || ' ' || coalesce(r.city, '') || ' ' || coalesce(r.region, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "programs" r ON r.id = p.record_id WHERE p.collection = 'programs' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'programs';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'studies', id FROM "studies";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'studies');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'studies';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.title, ''), coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(r.journal, '') || ' ' || coalesce(r.design, '') || ' ' || coalesce(r.population, '') || ' ' || coalesce(r.intervention, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "studies" r ON r.id = p.record_id WHERE p.collection = 'studies' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'studies';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'session_phases', id FROM "session_phases";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'session_phases');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'session_phases';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.name, ''), coalesce(r.description, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.practical_rules) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "session_phases" r ON r.id = p.record_id WHERE p.collection = 'session_phases' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'session_phases';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'guides', id FROM "guides";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'guides');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'guides';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.title, ''), coalesce(r.summary, '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.items) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || ' ' || coalesce(r.topic, '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "guides" r ON r.id = p.record_id WHERE p.collection = 'guides' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'guides';
