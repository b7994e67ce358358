import { JSON_COLUMNS, SEARCH_FIELDS } from './fields.js';

/**
 * The three triggers that keep the FTS index in step with `table` (see fields.ts), as
 * `CREATE TRIGGER` statements: live records are indexed, deleted ones are not. Migrations hold them
 * (drizzle cannot model them), written by scripts/gen-search-sql.ts; a test checks that a migrated
 * database has exactly these.
 */
export function searchTriggers(table: string): { name: string; sql: string }[] {
  const fields = SEARCH_FIELDS[table];
  if (!fields) throw new Error(`no search fields for ${table}`);
  const { title, body } = fields;
  const key = (p: string) => `(SELECT id FROM search_keys WHERE collection = '${table}' AND record_id = ${p}.id)`;
  // JSON columns contribute their text leaves, not their JSON syntax.
  const column = (p: string, c: string) =>
    JSON_COLUMNS.has(c)
      ? `coalesce((SELECT group_concat(value, ' ') FROM json_tree(${p}.${c}) WHERE type = 'text'), '')`
      : `coalesce(${p}.${c}, '')`;
  const text = (p: string) => body.map((c) => column(p, c)).join(` || ' ' || `);
  const insert = (p: string) =>
    `INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('${table}', ${p}.id); ` +
    `INSERT INTO search (rowid, title, body) SELECT ${key(p)}, coalesce(${p}.${title}, ''), ${text(p)} WHERE ${p}.deleted_at IS NULL;`;
  const remove = `DELETE FROM search WHERE rowid = ${key('old')};`;
  const trigger = (name: string, rest: string) => ({ name, sql: `CREATE TRIGGER ${name} ${rest}` });
  return [
    trigger(`${table}_search_ai`, `AFTER INSERT ON ${table} BEGIN ${insert('new')} END;`),
    trigger(`${table}_search_au`, `AFTER UPDATE ON ${table} BEGIN ${remove} ${insert('new')} END;`),
    trigger(`${table}_search_ad`, `AFTER DELETE ON ${table} BEGIN ${remove} END;`),
  ];
}
