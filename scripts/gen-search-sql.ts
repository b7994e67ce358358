/**
 * Prints the SQL of the custom migration that drizzle cannot model: the FTS5 search table and the
 * triggers that keep it in step with every content table (src/search/triggers.ts). Used once per
 * change of src/search/fields.ts:
 *   npx drizzle-kit generate --custom --name <name>  then  npx tsx scripts/gen-search-sql.ts > that file
 *
 * `--triggers [table,...]` prints only the triggers (of every table, or of those named), each after
 * a `DROP TRIGGER IF EXISTS`: the hand-written part of a migration that changes what a table indexes,
 * or that rebuilds a table (dropping a table drops its triggers).
 * `--triggers <tables> --reindex` also indexes every record of those tables again with the new expressions
 * (`searchReindex`, as the end of a bulk write does), so an upgraded database's index equals a fresh one's.
 *
 * No trigger keeps a data version: caches key on the connection's (src/db/version.ts).
 */
import { SEARCH_FIELDS } from '../src/search/fields.js';
import { SEARCH_PENDING, SEARCH_TABLE, searchReindex, searchTriggers } from '../src/search/triggers.js';

const args = process.argv.slice(2);
const only = args[0] === '--triggers';
const reindex = only && args.includes('--reindex');
const named = only && args[1] && args[1] !== '--reindex' ? args[1] : undefined;
const tables = named ? named.split(',') : Object.keys(SEARCH_FIELDS);
const out: string[] = only
  ? []
  : [
      // search_keys gives every record a stable integer key (an explicit INTEGER PRIMARY KEY survives VACUUM),
      // used as the FTS rowid so that updates and deletes find their index row without a scan.
      `CREATE TABLE search_keys (id integer PRIMARY KEY, collection text NOT NULL, record_id text NOT NULL, UNIQUE (collection, record_id));`,
      SEARCH_TABLE,
    ];
for (const table of tables) {
  for (const t of searchTriggers(table)) {
    if (only) out.push(`DROP TRIGGER IF EXISTS ${t.name};`);
    out.push(t.sql);
  }
}
if (reindex)
  for (const table of tables)
    out.push(
      `INSERT OR IGNORE INTO ${SEARCH_PENDING} (collection, record_id) SELECT '${table}', id FROM "${table}";`,
      ...searchReindex(table).map((s) => `${s};`),
      `DELETE FROM ${SEARCH_PENDING} WHERE collection = '${table}';`,
    );
console.log(out.join('\n--> statement-breakpoint\n'));
