-- hand-written: hostile 20 H20-6. The dosing routes' search text holds the dose's unit (src/resources/dosing-routes/
-- dosing-routes.resource.ts search.body): `q=mg/kg` found only the route whose text writes "mg" apart, because a dose
-- written onto its number ("0.5mg/kg") is indexed as the words 0, 5mg and kg. The table's triggers again, and its
-- records indexed again, so an upgraded database's index equals a fresh one's.
DROP TRIGGER IF EXISTS dosing_routes_search_ai;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_ai AFTER INSERT ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.abbreviation, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.dose_unit, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS dosing_routes_search_au;
--> statement-breakpoint
CREATE TRIGGER dosing_routes_search_au AFTER UPDATE ON dosing_routes WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('dosing_routes', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'dosing_routes' AND record_id = new.id), replace(replace(replace(coalesce(new.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(new.abbreviation, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(new.dose_unit, ''), char(57344), ''), char(57345), ''), char(8233), ' ') WHERE new.deleted_at IS NULL; END;
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
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'dosing_routes', id FROM "dosing_routes";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'dosing_routes');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'dosing_routes';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, replace(replace(replace(coalesce(r.name, ''), char(57344), ''), char(57345), ''), char(8233), ' '), replace(replace(replace(coalesce(r.abbreviation, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.forms) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.description, ''), char(57344), ''), char(57345), ''), char(8233), ' ') || char(8233) || replace(replace(replace(coalesce(r.dose_unit, ''), char(57344), ''), char(57345), ''), char(8233), ' ') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "dosing_routes" r ON r.id = p.record_id WHERE p.collection = 'dosing_routes' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'dosing_routes';
