import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.js';

/**
 * Any user text as a safe FTS5 query: the words (letters and digits) are each quoted and matched
 * as prefixes, all required. Quotes, operators (AND, OR, NOT, NEAR), `*`, `^`, parentheses and
 * emoji never reach FTS5 syntax. Null when the text has no words.
 */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words
    .slice(0, 16)
    .map((w) => `"${w}"*`)
    .join(' ');
}

/** Records of the collection matching the text (for `q=` on list endpoints). */
export function matchCondition(collection: string, idColumn: SQLiteColumn, text: string): SQL {
  const query = ftsQuery(text);
  if (!query) return sql`0`;
  return sql`${idColumn} in (select k.record_id from search join search_keys k on k.id = search.rowid where search match ${query} and k.collection = ${collection})`;
}

export interface SearchHit {
  collection: string;
  id: string;
  title: string;
  snippet: string;
  rank: number;
}

/** Ranked hits across collections (bm25, title weighted 5x), with highlighted title and snippet. */
export function searchAll(
  db: Db,
  text: string,
  collections: string[] | undefined,
  limit: number,
): { hits: SearchHit[]; total: number } {
  const query = ftsQuery(text);
  if (!query) return { hits: [], total: 0 };
  const inCollections = collections?.length ? sql`and k.collection in ${collections}` : sql``;
  const hits = db.all<SearchHit>(sql`
    select k.collection as collection, k.record_id as id,
           highlight(search, 0, '<mark>', '</mark>') as title,
           snippet(search, 1, '<mark>', '</mark>', '…', 16) as snippet,
           bm25(search, 5.0, 1.0) as rank
    from search join search_keys k on k.id = search.rowid
    where search match ${query} ${inCollections}
    order by rank, k.collection, k.record_id
    limit ${limit}`);
  const [{ n } = { n: 0 }] = db.all<{ n: number }>(sql`
    select count(*) as n from search join search_keys k on k.id = search.rowid where search match ${query} ${inCollections}`);
  return { hits, total: n };
}
