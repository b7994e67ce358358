-- Search: a record's fields are indexed apart by U+2029 (src/search/passage.ts FIELD_BREAK), so a snippet looks for its
-- passage's speaker in its own field (audit 23 A23-1); the index holds no U+2029, U+E000 or U+E001 of a record's text
-- (a stored one would split a field or open a <mark>). Every trigger again, and every record indexed again.
DROP TRIGGER IF EXISTS sources_search_ai;
--> statement-breakpoint
CREATE TRIGGER sources_search_ai AFTER INSERT ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), replace(replace(replace(coalesce(new.title, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN new.title_inferred = 1 THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN new.publisher_inferred = 1 THEN '' ELSE replace(replace(replace(coalesce(new.publisher, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END || char(8233) || replace(replace(replace(coalesce(new.kind, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_au;
--> statement-breakpoint
CREATE TRIGGER sources_search_au AFTER UPDATE ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), replace(replace(replace(coalesce(new.title, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN new.title_inferred = 1 THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN new.publisher_inferred = 1 THEN '' ELSE replace(replace(replace(coalesce(new.publisher, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END || char(8233) || replace(replace(replace(coalesce(new.kind, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER conditions_search_ai AFTER INSERT ON conditions WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('conditions', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.alternate_names) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.category, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.roles) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS conditions_search_au;
--> statement-breakpoint
CREATE TRIGGER conditions_search_au AFTER UPDATE ON conditions WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('conditions', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'conditions' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.alternate_names) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.category, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.roles) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
DROP TRIGGER IF EXISTS organizations_search_ai;
--> statement-breakpoint
CREATE TRIGGER organizations_search_ai AFTER INSERT ON organizations WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE replace(replace(replace(coalesce(new.city, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE replace(replace(replace(coalesce(new.region, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || replace(replace(replace(coalesce(new.kind, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_au;
--> statement-breakpoint
CREATE TRIGGER organizations_search_au AFTER UPDATE ON organizations WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE replace(replace(replace(coalesce(new.city, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE replace(replace(replace(coalesce(new.region, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || replace(replace(replace(coalesce(new.kind, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER dosing_routes_search_ai AFTER INSERT ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.abbreviation, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_au;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_au AFTER UPDATE ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.abbreviation, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER programs_search_ai AFTER INSERT ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'name') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'description') THEN '' ELSE replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'structure') THEN '' ELSE replace(replace(replace(coalesce(new.structure, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'city') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE replace(replace(replace(coalesce(new.city, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'region') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE replace(replace(replace(coalesce(new.region, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'routes') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'financial_assistance') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_au;
--> statement-breakpoint
CREATE TRIGGER programs_search_au AFTER UPDATE ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'name') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'description') THEN '' ELSE replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'structure') THEN '' ELSE replace(replace(replace(coalesce(new.structure, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'city') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE replace(replace(replace(coalesce(new.city, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'region') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE replace(replace(replace(coalesce(new.region, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'routes') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'financial_assistance') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER prices_search_ai AFTER INSERT ON prices WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), replace(replace(replace(coalesce(new.label, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'label') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'amount_text') THEN '' ELSE replace(replace(replace(coalesce(new.amount_text, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'note') THEN '' ELSE replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'currency') THEN '' ELSE replace(replace(replace(coalesce(new.currency, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'tax_note') THEN '' ELSE replace(replace(replace(coalesce(new.tax_note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'unit') THEN '' ELSE replace(replace(replace(coalesce(new.unit, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_au;
--> statement-breakpoint
CREATE TRIGGER prices_search_au AFTER UPDATE ON prices WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), replace(replace(replace(coalesce(new.label, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'label') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'amount_text') THEN '' ELSE replace(replace(replace(coalesce(new.amount_text, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'note') THEN '' ELSE replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'currency') THEN '' ELSE replace(replace(replace(coalesce(new.currency, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'tax_note') THEN '' ELSE replace(replace(replace(coalesce(new.tax_note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'unit') THEN '' ELSE replace(replace(replace(coalesce(new.unit, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER contraindications_search_ai AFTER INSERT ON contraindications WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('contraindications', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'contraindications' AND record_id = new.id), replace(replace(replace(coalesce(new.condition, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.category, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS contraindications_search_au;
--> statement-breakpoint
CREATE TRIGGER contraindications_search_au AFTER UPDATE ON contraindications WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'contraindications' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('contraindications', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'contraindications' AND record_id = new.id), replace(replace(replace(coalesce(new.condition, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.category, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER format_fit_search_ai AFTER INSERT ON format_fit WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('format_fit', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'format_fit' AND record_id = new.id), replace(replace(replace(coalesce(new.situation, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.group_format, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.individual_format, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS format_fit_search_au;
--> statement-breakpoint
CREATE TRIGGER format_fit_search_au AFTER UPDATE ON format_fit WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'format_fit' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('format_fit', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'format_fit' AND record_id = new.id), replace(replace(replace(coalesce(new.situation, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.group_format, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.individual_format, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER studies_search_ai AFTER INSERT ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), replace(replace(replace(coalesce(new.title, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'title') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'authors') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'journal') THEN '' ELSE replace(replace(replace(coalesce(new.journal, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'design') THEN '' ELSE replace(replace(replace(coalesce(new.design, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'population') THEN '' ELSE replace(replace(replace(coalesce(new.population, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'intervention') THEN '' ELSE replace(replace(replace(coalesce(new.intervention, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_au;
--> statement-breakpoint
CREATE TRIGGER studies_search_au AFTER UPDATE ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), replace(replace(replace(coalesce(new.title, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'title') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'authors') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'journal') THEN '' ELSE replace(replace(replace(coalesce(new.journal, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'design') THEN '' ELSE replace(replace(replace(coalesce(new.design, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'population') THEN '' ELSE replace(replace(replace(coalesce(new.population, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'intervention') THEN '' ELSE replace(replace(replace(coalesce(new.intervention, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER findings_search_ai AFTER INSERT ON findings WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), replace(replace(replace(coalesce(new.measure, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'measure') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'summary') THEN '' ELSE replace(replace(replace(coalesce(new.summary, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'condition') THEN '' ELSE replace(replace(replace(coalesce(new.condition, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_au;
--> statement-breakpoint
CREATE TRIGGER findings_search_au AFTER UPDATE ON findings WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), replace(replace(replace(coalesce(new.measure, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'measure') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'summary') THEN '' ELSE replace(replace(replace(coalesce(new.summary, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'condition') THEN '' ELSE replace(replace(replace(coalesce(new.condition, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER faqs_search_ai AFTER INSERT ON faqs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('faqs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'faqs' AND record_id = new.id), replace(replace(replace(coalesce(new.question, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.answer, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS faqs_search_au;
--> statement-breakpoint
CREATE TRIGGER faqs_search_au AFTER UPDATE ON faqs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'faqs' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('faqs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'faqs' AND record_id = new.id), replace(replace(replace(coalesce(new.question, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.answer, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER session_phases_search_ai AFTER INSERT ON session_phases WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('session_phases', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.practical_rules) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS session_phases_search_au;
--> statement-breakpoint
CREATE TRIGGER session_phases_search_au AFTER UPDATE ON session_phases WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('session_phases', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'session_phases' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.practical_rules) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER guides_search_ai AFTER INSERT ON guides WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('guides', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = new.id), replace(replace(replace(coalesce(new.title, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.summary, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.items) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.topic, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guides_search_au;
--> statement-breakpoint
CREATE TRIGGER guides_search_au AFTER UPDATE ON guides WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('guides', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'guides' AND record_id = new.id), replace(replace(replace(coalesce(new.title, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.summary, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.items) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.topic, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.title, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN r.title_inferred = 1 THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN r.publisher_inferred = 1 THEN '' ELSE replace(replace(replace(coalesce(r.publisher, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN r.authors_complete = 0 AND json_array_length(r.authors) > 0 THEN ', et al.' ELSE '' END || char(8233) || replace(replace(replace(coalesce(r.kind, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "sources" r ON r.id = p.record_id WHERE p.collection = 'sources' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'sources';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'conditions', id FROM "conditions";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'conditions');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'conditions';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.alternate_names) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.category, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.roles) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "conditions" r ON r.id = p.record_id WHERE p.collection = 'conditions' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'conditions';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'organizations', id FROM "organizations";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'organizations');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'organizations';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'city') THEN '' ELSE replace(replace(replace(coalesce(r.city, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'region') THEN '' ELSE replace(replace(replace(coalesce(r.region, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || replace(replace(replace(coalesce(r.kind, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "organizations" r ON r.id = p.record_id WHERE p.collection = 'organizations' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'organizations';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'dosing_routes', id FROM "dosing_routes";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'dosing_routes');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'dosing_routes';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.abbreviation, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "dosing_routes" r ON r.id = p.record_id WHERE p.collection = 'dosing_routes' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'dosing_routes';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'programs', id FROM "programs";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'programs');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'programs';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.name, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'name') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'description') THEN '' ELSE replace(replace(replace(coalesce(r.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'structure') THEN '' ELSE replace(replace(replace(coalesce(r.structure, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'city') OR EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'city') THEN '' ELSE replace(replace(replace(coalesce(r.city, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'region') OR EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'region') THEN '' ELSE replace(replace(replace(coalesce(r.region, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'conditions') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'routes') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'financial_assistance') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "programs" r ON r.id = p.record_id WHERE p.collection = 'programs' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'programs';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'prices', id FROM "prices";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'prices');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'prices';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.label, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'label') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'amount_text') THEN '' ELSE replace(replace(replace(coalesce(r.amount_text, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'note') THEN '' ELSE replace(replace(replace(coalesce(r.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'currency') THEN '' ELSE replace(replace(replace(coalesce(r.currency, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'tax_note') THEN '' ELSE replace(replace(replace(coalesce(r.tax_note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'unit') THEN '' ELSE replace(replace(replace(coalesce(r.unit, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "prices" r ON r.id = p.record_id WHERE p.collection = 'prices' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'prices';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'contraindications', id FROM "contraindications";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'contraindications');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'contraindications';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.condition, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.category, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "contraindications" r ON r.id = p.record_id WHERE p.collection = 'contraindications' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'contraindications';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'format_fit', id FROM "format_fit";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'format_fit');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'format_fit';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.situation, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.note, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.group_format, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.individual_format, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "format_fit" r ON r.id = p.record_id WHERE p.collection = 'format_fit' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'format_fit';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'studies', id FROM "studies";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'studies');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'studies';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.title, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'title') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'authors') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN r.authors_complete = 0 AND json_array_length(r.authors) > 0 THEN ', et al.' ELSE '' END END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'journal') THEN '' ELSE replace(replace(replace(coalesce(r.journal, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'design') THEN '' ELSE replace(replace(replace(coalesce(r.design, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'population') THEN '' ELSE replace(replace(replace(coalesce(r.population, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'intervention') THEN '' ELSE replace(replace(replace(coalesce(r.intervention, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'conditions') THEN '' ELSE replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "studies" r ON r.id = p.record_id WHERE p.collection = 'studies' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'studies';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'findings', id FROM "findings";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'findings');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'findings';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.measure, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'measure') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'summary') THEN '' ELSE replace(replace(replace(coalesce(r.summary, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END || char(8233) || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'condition') THEN '' ELSE replace(replace(replace(coalesce(r.condition, ''), char(57344), ''), char(57345), ''), char(8233), ' ') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "findings" r ON r.id = p.record_id WHERE p.collection = 'findings' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'findings';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'faqs', id FROM "faqs";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'faqs');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'faqs';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.question, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.answer, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "faqs" r ON r.id = p.record_id WHERE p.collection = 'faqs' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'faqs';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'session_phases', id FROM "session_phases";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'session_phases');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'session_phases';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.practical_rules) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "session_phases" r ON r.id = p.record_id WHERE p.collection = 'session_phases' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'session_phases';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'guides', id FROM "guides";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'guides');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'guides';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.title, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.summary, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.items) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.topic, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "guides" r ON r.id = p.record_id WHERE p.collection = 'guides' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'guides';
