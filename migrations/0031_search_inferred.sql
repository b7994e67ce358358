-- hand-written (triggers and reindex from src/search/triggers.ts:
-- `npx tsx scripts/gen-search-sql.ts --triggers sources,organizations,programs,prices,studies,findings --reindex`):
-- audit 17 A17-4, A17-8. Search indexed fields a record marks as Katalog's reading as if a source stated them:
-- a source's inferred publisher ("ATMA CENA  article" as the snippet of an article that names no publisher), a price's
-- inferred currency ("USD" for a bare "$"), an organization's derived region. A field a record marks (its
-- `inferred_fields`, a list marker such as `inferred_place_parts`, or its own `<field>_inferred`) is no longer indexed;
-- a marked title is indexed said to be Katalog's description. An author list the source cuts short
-- (`authors_complete` false) is indexed with ", et al.". The triggers of the tables whose indexed text changes are replaced, and every record of
-- those tables is indexed again with the new expressions, as the end of a bulk write does.
DROP TRIGGER IF EXISTS sources_search_ai;
--> statement-breakpoint
CREATE TRIGGER sources_search_ai AFTER INSERT ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), coalesce(new.title, '') || CASE WHEN new.title_inferred = 1 THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN new.publisher_inferred = 1 THEN '' ELSE coalesce(new.publisher, '') END || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sources_search_au;
--> statement-breakpoint
CREATE TRIGGER sources_search_au AFTER UPDATE ON sources WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('sources', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'sources' AND record_id = new.id), coalesce(new.title, '') || CASE WHEN new.title_inferred = 1 THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN new.publisher_inferred = 1 THEN '' ELSE coalesce(new.publisher, '') END || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER organizations_search_ai AFTER INSERT ON organizations WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE coalesce(new.city, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE coalesce(new.region, '') END || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS organizations_search_au;
--> statement-breakpoint
CREATE TRIGGER organizations_search_au AFTER UPDATE ON organizations WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('organizations', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'organizations' AND record_id = new.id), coalesce(new.name, ''), coalesce(new.description, '') || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE coalesce(new.city, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE coalesce(new.region, '') END || ' ' || coalesce(new.kind, '') WHERE new.deleted_at IS NULL; END;
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
DROP TRIGGER IF EXISTS programs_search_ai;
--> statement-breakpoint
CREATE TRIGGER programs_search_ai AFTER INSERT ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'name') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'description') THEN '' ELSE coalesce(new.description, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'structure') THEN '' ELSE coalesce(new.structure, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'city') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE coalesce(new.city, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'region') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE coalesce(new.region, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'routes') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'financial_assistance') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS programs_search_au;
--> statement-breakpoint
CREATE TRIGGER programs_search_au AFTER UPDATE ON programs WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('programs', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'programs' AND record_id = new.id), coalesce(new.name, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'name') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'description') THEN '' ELSE coalesce(new.description, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'structure') THEN '' ELSE coalesce(new.structure, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'city') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'city') THEN '' ELSE coalesce(new.city, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'region') OR EXISTS (SELECT 1 FROM json_each(new.inferred_place_parts) WHERE value = 'region') THEN '' ELSE coalesce(new.region, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'routes') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'financial_assistance') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER prices_search_ai AFTER INSERT ON prices WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), coalesce(new.label, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'label') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'amount_text') THEN '' ELSE coalesce(new.amount_text, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'note') THEN '' ELSE coalesce(new.note, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'currency') THEN '' ELSE coalesce(new.currency, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'tax_note') THEN '' ELSE coalesce(new.tax_note, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'unit') THEN '' ELSE coalesce(new.unit, '') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS prices_search_au;
--> statement-breakpoint
CREATE TRIGGER prices_search_au AFTER UPDATE ON prices WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('prices', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'prices' AND record_id = new.id), coalesce(new.label, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'label') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'amount_text') THEN '' ELSE coalesce(new.amount_text, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'note') THEN '' ELSE coalesce(new.note, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'currency') THEN '' ELSE coalesce(new.currency, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'tax_note') THEN '' ELSE coalesce(new.tax_note, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'unit') THEN '' ELSE coalesce(new.unit, '') END WHERE new.deleted_at IS NULL; END;
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
DROP TRIGGER IF EXISTS studies_search_ai;
--> statement-breakpoint
CREATE TRIGGER studies_search_ai AFTER INSERT ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'title') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'authors') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'journal') THEN '' ELSE coalesce(new.journal, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'design') THEN '' ELSE coalesce(new.design, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'population') THEN '' ELSE coalesce(new.population, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'intervention') THEN '' ELSE coalesce(new.intervention, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS studies_search_au;
--> statement-breakpoint
CREATE TRIGGER studies_search_au AFTER UPDATE ON studies WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('studies', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'studies' AND record_id = new.id), coalesce(new.title, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'title') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'authors') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || CASE WHEN new.authors_complete = 0 AND json_array_length(new.authors) > 0 THEN ', et al.' ELSE '' END END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'journal') THEN '' ELSE coalesce(new.journal, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'design') THEN '' ELSE coalesce(new.design, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'population') THEN '' ELSE coalesce(new.population, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'intervention') THEN '' ELSE coalesce(new.intervention, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'conditions') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(new.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END WHERE new.deleted_at IS NULL; END;
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
CREATE TRIGGER findings_search_ai AFTER INSERT ON findings WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), coalesce(new.measure, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'measure') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'summary') THEN '' ELSE coalesce(new.summary, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'condition') THEN '' ELSE coalesce(new.condition, '') END WHERE new.deleted_at IS NULL; END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS findings_search_au;
--> statement-breakpoint
CREATE TRIGGER findings_search_au AFTER UPDATE ON findings WHEN NOT EXISTS (SELECT 1 FROM search_pending) BEGIN DELETE FROM search WHERE rowid = (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = old.id); INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('findings', new.id); INSERT INTO search (rowid, title, body) SELECT (SELECT id FROM search_keys WHERE collection = 'findings' AND record_id = new.id), coalesce(new.measure, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'measure') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'summary') THEN '' ELSE coalesce(new.summary, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(new.inferred_fields) WHERE value = 'condition') THEN '' ELSE coalesce(new.condition, '') END WHERE new.deleted_at IS NULL; END;
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
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'sources', id FROM "sources";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'sources');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'sources';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.title, '') || CASE WHEN r.title_inferred = 1 THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN r.publisher_inferred = 1 THEN '' ELSE coalesce(r.publisher, '') END || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || CASE WHEN r.authors_complete = 0 AND json_array_length(r.authors) > 0 THEN ', et al.' ELSE '' END || ' ' || coalesce(r.kind, '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "sources" r ON r.id = p.record_id WHERE p.collection = 'sources' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'sources';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'organizations', id FROM "organizations";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'organizations');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'organizations';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.name, ''), coalesce(r.description, '') || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'city') THEN '' ELSE coalesce(r.city, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'region') THEN '' ELSE coalesce(r.region, '') END || ' ' || coalesce(r.kind, '') FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "organizations" r ON r.id = p.record_id WHERE p.collection = 'organizations' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'organizations';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'programs', id FROM "programs";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'programs');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'programs';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.name, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'name') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'description') THEN '' ELSE coalesce(r.description, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'structure') THEN '' ELSE coalesce(r.structure, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'city') OR EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'city') THEN '' ELSE coalesce(r.city, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'region') OR EXISTS (SELECT 1 FROM json_each(r.inferred_place_parts) WHERE value = 'region') THEN '' ELSE coalesce(r.region, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'conditions') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'routes') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.routes) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'financial_assistance') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.financial_assistance) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "programs" r ON r.id = p.record_id WHERE p.collection = 'programs' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'programs';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'prices', id FROM "prices";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'prices');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'prices';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.label, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'label') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'amount_text') THEN '' ELSE coalesce(r.amount_text, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'note') THEN '' ELSE coalesce(r.note, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'currency') THEN '' ELSE coalesce(r.currency, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'tax_note') THEN '' ELSE coalesce(r.tax_note, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'unit') THEN '' ELSE coalesce(r.unit, '') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "prices" r ON r.id = p.record_id WHERE p.collection = 'prices' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'prices';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'studies', id FROM "studies";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'studies');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'studies';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.title, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'title') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'authors') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.authors) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') || CASE WHEN r.authors_complete = 0 AND json_array_length(r.authors) > 0 THEN ', et al.' ELSE '' END END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'journal') THEN '' ELSE coalesce(r.journal, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'design') THEN '' ELSE coalesce(r.design, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'population') THEN '' ELSE coalesce(r.population, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'intervention') THEN '' ELSE coalesce(r.intervention, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'conditions') THEN '' ELSE coalesce((SELECT group_concat(value, ' ') FROM json_tree(r.conditions) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "studies" r ON r.id = p.record_id WHERE p.collection = 'studies' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'studies';
--> statement-breakpoint
INSERT OR IGNORE INTO search_pending (collection, record_id) SELECT 'findings', id FROM "findings";
--> statement-breakpoint
DELETE FROM search WHERE rowid IN (SELECT k.id FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = 'findings');
--> statement-breakpoint
INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM search_pending WHERE collection = 'findings';
--> statement-breakpoint
INSERT INTO search (rowid, title, body) SELECT k.id, coalesce(r.measure, '') || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'measure') THEN ' (Katalog''s description; its source gives no title)' ELSE '' END, CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'summary') THEN '' ELSE coalesce(r.summary, '') END || ' ' || CASE WHEN EXISTS (SELECT 1 FROM json_each(r.inferred_fields) WHERE value = 'condition') THEN '' ELSE coalesce(r.condition, '') END FROM search_pending p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id JOIN "findings" r ON r.id = p.record_id WHERE p.collection = 'findings' AND r.deleted_at IS NULL ORDER BY k.id;
--> statement-breakpoint
DELETE FROM search_pending WHERE collection = 'findings';
