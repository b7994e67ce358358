import { NO_TITLE } from '../jsonld/titles.js';
import { JSON_COLUMNS, SEARCH_FIELDS, SEARCHED } from './fields.js';
import { FIELD_BREAK, MATCH_CLOSE, MATCH_OPEN } from './passage.js';

/**
 * Records waiting to be indexed: while this table holds any row, the insert and update triggers
 * leave the index alone and list the record here instead. `Writer.bulk` puts a marker row in it
 * inside its transaction (so no other connection ever sees one) and, when the batch ends, indexes
 * every listed record with one statement per table (`searchReindex`) and empties it; whoever writes
 * during the batch (another store on the connection, a test's fixture) is listed the same way.
 * Why: every statement that writes the FTS5 table through a trigger opens a savepoint, and FTS5
 * flushes its pending terms into a new segment at each savepoint, so a row-by-row bulk load made one
 * tiny segment per row and merge work that grew with the index (5k programs 4.5 s, 20k 52 s, 100k
 * past 10 minutes). One statement per table and batch writes one segment per batch.
 */
export const SEARCH_PENDING = 'search_pending';

/**
 * The FTS5 table (migrations 0001, then 0017), as the migrations write it. `prefix`: FTS5 keeps an index
 * of every prefix of 1 to 8 characters, so the last word of a query (always a prefix, `"group"*`) is
 * read like one term, row by row, instead of FTS5 first merging the doclists of every term that
 * starts with it (100k programs: the first 2000 rows of `"s"*` 133 -> 0.2 ms). Longer prefixes match
 * few terms. The index is about six times the size of the plain one (25 -> 146 MB at 100k programs).
 */
export const SEARCH_TABLE =
  "CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6 7 8');";

/** The marker row `Writer.bulk` adds: no collection has an empty name. */
export const PENDING_MARKER = { collection: '', record_id: '' };

/** A text as the index holds it: without the characters that mark matches and fields (passage.ts). */
const indexable = (sql: string) =>
  `replace(replace(replace(${sql}, char(${code(MATCH_OPEN)}), ''), char(${code(MATCH_CLOSE)}), ''), char(${code(FIELD_BREAK)}), ' ')`;
const code = (c: string) => c.codePointAt(0) as number;

/** An SQL string literal. */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

const text = (table: string, p: string) => {
  const fields = SEARCH_FIELDS[table];
  const searched = SEARCHED[table];
  if (!fields || !searched) throw new Error(`no search fields for ${table}`);
  // JSON columns contribute their prose, not their JSON syntax: a list's strings, and the `text` or `rule` of each
  // object in a list (a guide's items, a phase's rules), never the ids, enum values and hedges of their scopes (audit
  // 16 A16-3: a guide matched `q=ketamine` by a source id, and its snippet showed "ketamine_therapy").
  const value = (c: string) =>
    indexable(
      JSON_COLUMNS.has(c)
        ? `coalesce((SELECT group_concat(value, ' ') FROM json_tree(${p}.${c}) WHERE type = 'text' AND (path = '$' OR (key IN ('text', 'rule') AND path NOT LIKE '%.%'))), '')`
        : `coalesce(${p}.${c}, '')`,
    );
  // Whether the record marks the field as Katalog's reading (fields.ts SEARCHED): its markers, any of them.
  const reading = (c: string) => {
    const marks = searched[c]?.readings ?? [];
    return marks.length
      ? marks
          .map((m) =>
            m.list ? `EXISTS (SELECT 1 FROM json_each(${p}.${m.column}) WHERE value = '${c}')` : `${p}.${m.column} = 1`,
          )
          .join(' OR ')
      : null;
  };
  // A list the source cuts short ("Swainson J, et al.": `<field>_complete` false, audit 17 A17-8) says so.
  const listed = (c: string) => {
    const complete = searched[c]?.complete;
    return complete
      ? `${value(c)} || CASE WHEN ${p}.${complete} = 0 AND json_array_length(${p}.${c}) > 0 THEN ', et al.' ELSE '' END`
      : value(c);
  };
  // A field the record marks as Katalog's reading is not indexed (audit 17 A17-4: "ATMA CENA" as a source's publisher,
  // "USD" for a bare "$"): no query matches it and no snippet shows it as what a source says. A title stays, said to be
  // Katalog's description (jsonld/titles.ts `workName`): a hit keeps its name, never as the source's own title.
  const body = (c: string) => {
    const marked = reading(c);
    return marked ? `CASE WHEN ${marked} THEN '' ELSE ${listed(c)} END` : listed(c);
  };
  const marked = reading(fields.title);
  const title = indexable(`coalesce(${p}.${fields.title}, '')`);
  return {
    title: marked ? `${title} || CASE WHEN ${marked} THEN ${literal(NO_TITLE)} ELSE '' END` : title,
    // Fields apart by FIELD_BREAK (passage.ts): a snippet looks for its passage's speaker in its own field.
    body: fields.body.map(body).join(` || char(${code(FIELD_BREAK)}) || `),
  };
};

/**
 * The triggers that keep the FTS index in step with `table` (see fields.ts), as
 * `CREATE TRIGGER` statements: live records are indexed, deleted ones are not. Migrations hold them
 * (drizzle cannot model them), written by scripts/gen-search-sql.ts; a test checks that a migrated
 * database has exactly these. Inside a bulk write (SEARCH_PENDING) inserts and updates are listed and
 * indexed when the batch ends instead.
 */
export function searchTriggers(table: string): { name: string; sql: string }[] {
  const key = (p: string) => `(SELECT id FROM search_keys WHERE collection = '${table}' AND record_id = ${p}.id)`;
  const { title, body } = text(table, 'new');
  const insert =
    `INSERT OR IGNORE INTO search_keys (collection, record_id) VALUES ('${table}', new.id); ` +
    `INSERT INTO search (rowid, title, body) SELECT ${key('new')}, ${title}, ${body} WHERE new.deleted_at IS NULL;`;
  const remove = `DELETE FROM search WHERE rowid = ${key('old')};`;
  const pending = `EXISTS (SELECT 1 FROM ${SEARCH_PENDING})`;
  const list = `INSERT OR IGNORE INTO ${SEARCH_PENDING} (collection, record_id) VALUES ('${table}', new.id);`;
  const trigger = (name: string, rest: string) => ({ name, sql: `CREATE TRIGGER ${name} ${rest}` });
  return [
    trigger(`${table}_search_ai`, `AFTER INSERT ON ${table} WHEN NOT ${pending} BEGIN ${insert} END;`),
    trigger(`${table}_search_au`, `AFTER UPDATE ON ${table} WHEN NOT ${pending} BEGIN ${remove} ${insert} END;`),
    trigger(`${table}_search_ad`, `AFTER DELETE ON ${table} BEGIN ${remove} END;`),
    trigger(`${table}_search_pi`, `AFTER INSERT ON ${table} WHEN ${pending} BEGIN ${list} END;`),
    trigger(`${table}_search_pu`, `AFTER UPDATE ON ${table} WHEN ${pending} BEGIN ${list} END;`),
  ];
}

/**
 * The statements that index, at the end of a bulk write, the records of `table` listed in
 * SEARCH_PENDING: their old index rows go, live ones are indexed again, with the same expressions
 * as the triggers. In ascending rowid order: FTS5 flushes its pending terms whenever a rowid is
 * lower than the last one written (in id order, a price's `-session` key after its `-program` key
 * made one segment per two rows).
 */
export function searchReindex(table: string): string[] {
  const listed = `FROM ${SEARCH_PENDING} p JOIN search_keys k ON k.collection = p.collection AND k.record_id = p.record_id WHERE p.collection = '${table}'`;
  const { title, body } = text(table, 'r');
  return [
    `DELETE FROM search WHERE rowid IN (SELECT k.id ${listed})`,
    `INSERT OR IGNORE INTO search_keys (collection, record_id) SELECT collection, record_id FROM ${SEARCH_PENDING} WHERE collection = '${table}'`,
    `INSERT INTO search (rowid, title, body) SELECT k.id, ${title}, ${body} ${listed.replace('WHERE', `JOIN "${table}" r ON r.id = p.record_id WHERE`)} AND r.deleted_at IS NULL ORDER BY k.id`,
  ];
}
