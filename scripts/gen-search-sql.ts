/**
 * Prints the SQL of the custom migration that drizzle cannot model: the FTS5 search table, the
 * triggers that keep it in step with every content table, and the data-version counter that every
 * write bumps (the response cache keys on it). Used once per change of src/search/fields.ts:
 *   npx drizzle-kit generate --custom --name <name>  then  npx tsx scripts/gen-search-sql.ts > that file
 */
import { JSON_COLUMNS, SEARCH_FIELDS } from '../src/search/fields.js';

const out: string[] = [
  // search_keys gives every record a stable integer key (an explicit INTEGER PRIMARY KEY survives VACUUM),
  // used as the FTS rowid so that updates and deletes find their index row without a scan.
  `CREATE TABLE search_keys (id integer PRIMARY KEY, collection text NOT NULL, record_id text NOT NULL, UNIQUE (collection, record_id));`,
  `CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');`,
  `CREATE TABLE data_version (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL);`,
  `INSERT INTO data_version (id, version) VALUES (1, 1);`,
];
const bump = 'UPDATE data_version SET version = version + 1 WHERE id = 1;';
for (const [table, { title, body }] of Object.entries(SEARCH_FIELDS)) {
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
  out.push(
    `CREATE TRIGGER ${table}_search_ai AFTER INSERT ON ${table} BEGIN ${insert('new')} ${bump} END;`,
    `CREATE TRIGGER ${table}_search_au AFTER UPDATE ON ${table} BEGIN ${remove} ${insert('new')} ${bump} END;`,
    `CREATE TRIGGER ${table}_search_ad AFTER DELETE ON ${table} BEGIN ${remove} ${bump} END;`,
  );
}
out.push(
  `CREATE TRIGGER citations_version_ai AFTER INSERT ON citations BEGIN ${bump} END;`,
  `CREATE TRIGGER citations_version_ad AFTER DELETE ON citations BEGIN ${bump} END;`,
);
console.log(out.join('\n--> statement-breakpoint\n'));
