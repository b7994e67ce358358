import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Fragment } from '../query/sql.js';

/**
 * Any user text as a safe FTS5 query: the words (letters and digits) are each quoted, all are
 * required, and the last is matched as a prefix (search as you type; a prefix on every word costs
 * several times more on large indexes). Quotes, operators (AND, OR, NOT, NEAR), `*`, `^`,
 * parentheses and emoji never reach FTS5 syntax. Null when the text has no words.
 */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  const kept = words.slice(0, 16);
  return kept.map((w, i) => (i === kept.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}

/** Past this many matches in a collection, `q=` checks rows against the match set instead of listing them. */
export const DENSE_MATCHES = 2000;

/**
 * How many records of the collection match, counted up to DENSE_MATCHES (bounded work): it picks
 * the cheaper of two equivalent conditions (see matchCondition).
 */
export function countMatchesSql(): string {
  return `select count(*) as n from (select 1 from search join search_keys k on k.id = search.rowid where search match ? and k.collection = ? limit ${DENSE_MATCHES})`;
}

/**
 * Records of the collection matching the FTS query (for `q=` on list endpoints), as SQL text and
 * parameters. Two equivalent forms: with few matches, the list of matching ids (small); with many,
 * each candidate row's search rowid is looked up and tested against the set of matching rowids
 * (integers straight from the FTS index, no join), so a page stops after its first rows instead of
 * first joining and sorting tens of thousands of ids (q=group on 100k programs: 112 -> 19 ms).
 */
export function matchCondition(collection: string, idColumn: string, query: string, dense: boolean): Fragment {
  return dense
    ? {
        text: `(select k.id from search_keys k where k.collection = ? and k.record_id = ${idColumn}) in (select rowid from search where search match ?)`,
        params: [collection, query],
      }
    : {
        text: `${idColumn} in (select k.record_id from search join search_keys k on k.id = search.rowid where search match ? and k.collection = ?)`,
        params: [query, collection],
      };
}

/** Private-use characters FTS5 puts around matches; replaced by <mark> tags after escaping. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Highlighted text as HTML, escaped by construction: the stored text is HTML-escaped first (a stored
 * `<script>` or `<img onerror>` comes back as inert `&lt;script&gt;`), and only then do the match
 * markers become `<mark>` and `</mark>`, the only tags the result can hold.
 */
export function highlightHtml(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string)
    .replaceAll(OPEN, '<mark>')
    .replaceAll(CLOSE, '</mark>');
}

export interface SearchHit {
  collection: string;
  id: string;
  title: string;
  snippet: string;
  rank: number;
}

/**
 * Ranked hits across collections (bm25, title weighted 5x), with highlighted title and snippet as
 * escaped HTML (see highlightHtml).
 * Ranking happens inside FTS5 (ORDER BY rank with a LIMIT) before the join, and snippets are made
 * for the returned hits only. `count` computes the total (callers cache it per data version).
 */
export function searchAll(
  db: Db,
  text: string,
  collections: string[] | undefined,
  limit: number,
  count: (compute: () => number) => number = (c) => c(),
): { hits: SearchHit[]; total: number } {
  const query = ftsQuery(text);
  if (!query) return { hits: [], total: 0 };
  const filtered = collections?.length;
  const inCollections = filtered
    ? sql`and search.rowid in (select id from search_keys where collection in ${collections})`
    : sql``;
  const hits = db.all<SearchHit>(sql`
    select k.collection as collection, k.record_id as id,
           highlight(search, 0, ${OPEN}, ${CLOSE}) as title,
           snippet(search, 1, ${OPEN}, ${CLOSE}, '…', 16) as snippet,
           search.rank as rank
    from search join search_keys k on k.id = search.rowid
    where search match ${query} ${inCollections} and search.rank match 'bm25(5.0, 1.0)'
    order by search.rank
    limit ${limit}`);
  for (const h of hits) {
    h.title = highlightHtml(h.title);
    h.snippet = highlightHtml(h.snippet);
  }
  const total = count(
    () =>
      db.get<{ n: number }>(
        filtered
          ? sql`select count(*) as n from search where search match ${query} ${inCollections}`
          : sql`select count(*) as n from search where search match ${query}`,
      ).n,
  );
  return { hits, total };
}
