/**
 * Prints the SQL of the custom migration that drizzle cannot model: the FTS5 search table and the
 * triggers that keep it in step with every content table (src/search/triggers.ts). Used once per
 * change of src/search/fields.ts:
 *   npx drizzle-kit generate --custom --name <name>  then  npx tsx scripts/gen-search-sql.ts > that file
 *
 * `--triggers [table,...]` prints only the triggers (of every table, or of those named), each after
 * a `DROP TRIGGER IF EXISTS`: the hand-written part of a migration that changes what a table indexes,
 * or that rebuilds a table (dropping a table drops its triggers).
 *
 * No trigger keeps a data version: caches key on the connection's (src/db/version.ts).
 */
import { SEARCH_FIELDS } from '../src/search/fields.js';
import { SEARCH_TABLE, searchTriggers } from '../src/search/triggers.js';

const args = process.argv.slice(2);
const only = args[0] === '--triggers';
const tables = only && args[1] ? args[1].split(',') : Object.keys(SEARCH_FIELDS);
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
console.log(out.join('\n--> statement-breakpoint\n'));
