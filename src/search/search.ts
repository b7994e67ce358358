import type Database from 'better-sqlite3';
import { CursorError, decodeCursor, encodeCursor, queryFingerprint } from '../query/cursor.js';
import { type Fragment, oneOf } from '../query/sql.js';
import { Statements } from '../repository/statements.js';
import { VALUE_FIELDS } from './fields.js';
import { MATCH_CLOSE, MATCH_OPEN, passage } from './passage.js';

/**
 * Any user text as a safe FTS5 query: the words (letters and digits) are each quoted, all are
 * required, and the last is matched as a prefix (search as you type; a prefix on every word costs
 * several times more on large indexes). Quotes, operators (AND, OR, NOT, NEAR), `*`, `^`,
 * parentheses and emoji never reach FTS5 syntax. Null when the text has no words.
 */
export function ftsQuery(text: string): string | null {
  const phrases = ftsPhrases(text);
  return phrases ? matchOf(phrases) : null;
}

/** The MATCH expression of a query's phrases: all of them (an explicit AND, so that a group can follow a phrase). */
const matchOf = (phrases: string[]) => phrases.join(' AND ');

/** At most this many words of a query are searched (the rest are ignored): bounded work per query. */
export const MAX_WORDS = 16;

/**
 * The query's words as FTS5 expressions (`"word"`, the last `"word"*`), or null when it has none. A number of four
 * digits or more, written with thousands separators or not, matches either way (audit 18 A18-6: `5850` finds "$5,850",
 * which the index holds as the words 5 and 850): `("5850" OR "5 850")`. The index cannot tell "5 850" from "5-850",
 * so `400600` also finds "$400-$600".
 */
function ftsPhrases(text: string): string[] | null {
  // A number written with thousands separators ("2,000") is one number, not the words 2 and 000 anywhere (R24-2).
  // A decimal ("0.5", "1.5mg") is one figure too, not the words 0 and 5 anywhere (hostile 20 H20-9: `q=0.1` marked the
  // 0 of "0.5mg/kg" and the 1 of "1.5mg/kg").
  // A possessive is its word ("Canada's" is Canada, not Canada and the prefix s*, which marked "Some" and "sessions":
  // hostile 21 H21-12); the index holds "Canada's" as canada and s, so the word finds it.
  const words = text
    .normalize('NFKC')
    .replace(/(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/giu, '')
    .match(/(?<![\p{L}\p{N}])[1-9]\d{0,2}(?:,\d{3})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])\d+\.\d+\p{L}*|[\p{L}\p{N}]+/gu)
    ?.map((w) => (/\./.test(w) ? w : w.replaceAll(',', '')));
  if (!words?.length) return null;
  const kept = words.slice(0, MAX_WORDS);
  return kept.map((w, i) => {
    // A decimal is its two numbers side by side, as the index holds "0.5mg" (the words 0 and 5mg): the phrase, with a
    // unit written onto it as a number has one.
    const decimal = /^(\d+)\.(\d+)(\p{L}*)$/u.exec(w);
    if (decimal) {
      const [, whole, part, unit] = decimal;
      return unit
        ? `"${whole} ${part}${unit}"${i === kept.length - 1 ? '*' : ''}`
        : `("${whole} ${part}" OR "${whole} ${part}mg"*)`;
    }
    // A number is a number, wherever it stands: "40" is not the start of "$400" or "2040" (audit 19 A19-6), and it is
    // found with a unit written onto it, "400mg", whatever the order of the words (review C15-9); one of four digits or
    // more also as the groups the index holds for "5,850". Any other last word is a prefix (search as you type).
    if (/^\d+$/.test(w)) {
      const grouped = /^[1-9]\d{3,14}$/.test(w) ? ` OR "${w.replace(/\B(?=(\d{3})+$)/g, ' ')}"` : '';
      return `("${w}"${grouped} OR "${w}mg"*)`;
    }
    return `"${w}"${i === kept.length - 1 ? '*' : ''}`;
  });
}

/**
 * Search ranks at most this many matches (the first in index order, i.e. roughly the oldest
 * records): the work of a query is bounded whatever the size of the data, and `total` counts at
 * most this many. A query matching more is too broad to be read page by page anyway; more words
 * narrow it.
 */
export const MAX_RANKED = 2000;

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
 * A `q=` list counts its total and its facets over at most this many full-text matches of the
 * collection (the first in index order, roughly the oldest records), like search ranks at most
 * MAX_RANKED: past it, `meta.total` is a lower bound and says so (`total_exact: false`), and so are the
 * facet counts (`facets_exhaustive: false`). Counting every match cost a pass over all of them
 * (68,277 programs match `group` at 100k: 165-520 ms of synchronous work per query and data version).
 */
export const MAX_COUNTED = 2000;

/**
 * The ids of the collection's first MAX_COUNTED + 1 full-text matches, in index order (`id`): what a
 * `q=` list counts (the extra one tells whether there are more). FTS5 yields rows in rowid order and
 * stops at the limit (the prefix index makes the last word one term, read row by row).
 */
export function countedMatches(collection: string, query: string): Fragment {
  return {
    text: `select k.record_id as id from search cross join search_keys k on k.id = search.rowid where search match ? and k.collection = ? limit ${MAX_COUNTED + 1}`,
    params: [query, collection],
  };
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

/**
 * The search rowids of a collection's records matching the FTS query, for a snapshot to copy once
 * into a temporary table of its own (see `Snapshot`): every page of a `q=` export then tests its
 * rows against that table instead of evaluating the full-text match again (the 108k rowids of
 * `group`* at 100k programs cost 14-30 ms per evaluation, i.e. per page of 100 rows).
 * One chunk at a time, in rowid order after the last one copied (parameters: query, last rowid,
 * collection), so that the copy is bounded slices of work with other requests between them: at 100k
 * programs, `group` is 68k rowids, 30-150 ms in one statement and at most 6 ms per chunk of 5000.
 */
export const MATCH_CHUNK = 5000;
export function matchRowidsAfterSql(chunk = MATCH_CHUNK): string {
  return `select search.rowid from search join search_keys k on k.id = search.rowid where search match ? and search.rowid > ? and k.collection = ? order by search.rowid limit ${Math.max(1, Math.floor(chunk))}`;
}

/**
 * `matchCondition` over a table of search rowids already restricted to the collection (`table`, a
 * temporary table of the snapshot's connection, filled by `matchRowidsAfterSql`). Dense: each candidate
 * row's search rowid is looked up and tested against the table, so a page stops after its first
 * rows (`+` keeps the planner on the order's index); sparse: the few matching ids are listed (`cross join`:
 * from the table, which has no statistics, never a scan of search_keys probing it).
 */
export function materializedMatchCondition(
  collection: string,
  idColumn: string,
  table: string,
  dense: boolean,
): Fragment {
  return dense
    ? {
        text: `+(select k.id from search_keys k where k.collection = ? and k.record_id = ${idColumn}) in ${table}`,
        params: [collection],
      }
    : {
        text: `${idColumn} in (select k.record_id from ${table} m cross join search_keys k on k.id = m.r)`,
        params: [],
      };
}

const OPEN = MATCH_OPEN;
const CLOSE = MATCH_CLOSE;
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

/** What `GET /v1/search` asks for (collections by their internal name, e.g. `dosing_routes`). */
export interface SearchParams {
  q: string;
  collections?: string[];
  limit: number;
  cursor?: string;
  /** False when the caller needs no `title` or `snippet` (`fields=id`): the highlighting is skipped. */
  text?: boolean;
}

export interface SearchHit {
  /** Internal collection name (`dosing_routes`). */
  collection: string;
  id: string;
  /** Share of the query's words found in the title, 0 to 1 (see SCORE_DOC). */
  score: number;
  title?: string;
  snippet?: string;
}

export interface SearchPage {
  hits: SearchHit[];
  total: number;
  nextCursor: string | null;
}

/** The meaning of `score` and the order of hits, for the spec and the README. */
export const SCORE_DOC =
  "`score` is the share of the query's words found in the record's title, from 0 to 1: 1 when the title holds every word, 0 when the words are found only in its other searched text (every hit holds every word somewhere). It is computed from the record and the query alone, never from other records, so it changes only when the record itself changes. Hits come in descending `score`; hits with equal scores in the order of `collection`, then `id`.";

type HitRow = { r: number; collection: string; id: string; t: number };

/**
 * Search across collections, a keyset page at a time, like the lists.
 *
 * Relevance is a per-record score: how many of the query's words the title holds (`t`, 0 to the
 * number of words n; `score` = t / n). bm25, used before, depends on every other record (document
 * frequencies, the average length), so any write anywhere moved every hit's rank, and a cursor
 * holding a rank could skip or repeat hits on the next page. With a score of the record alone, the
 * order is (t desc, collection, id), and a cursor holding those three values continues exactly
 * where the page ended, whatever was written in between: a record changed during the walk moves like
 * a renamed record on a sorted list; every other record is seen once, in order.
 *
 * Work per request is bounded: at most MAX_RANKED candidates and MAX_WORDS words, each word tested
 * against a candidate's title with one FTS5 column-filter match on its rowid (index only, no text
 * read), one statement per query shape, and
 * highlighting (which reads and tokenizes the text) for the page's hits only. The total is counted
 * once per query and data version.
 */
export class SearchIndex {
  private readonly statements: Statements;

  constructor(
    sqlite: Database.Database,
    private readonly cursorSecret: string,
    private readonly count: (key: string, compute: () => number) => number = (_k, c) => c(),
  ) {
    this.statements = new Statements(sqlite, 100);
  }

  page(params: SearchParams): SearchPage {
    const phrases = ftsPhrases(params.q);
    if (!phrases) {
      if (params.cursor)
        throw new CursorError('The cursor does not belong to this query; start again without a cursor.');
      return { hits: [], total: 0, nextCursor: null };
    }
    const query = matchOf(phrases);
    const scope = params.collections?.length ? oneOf('collection', [...new Set(params.collections)].sort()) : null;
    const inScope = scope ? ` and rowid in (select id from search_keys where ${scope.text})` : '';
    // Cursors name the query as they always did (phrases joined by spaces): one issued before the explicit AND still
    // pages (review 24 R24-8).
    const fingerprint = queryFingerprint({ search: phrases.join(' '), collections: scope?.params ?? null });

    // Bounded work: the first MAX_RANKED matches in index (rowid) order are the candidates,
    // materialized once; each word's title matches are read only up to the last candidate's rowid
    // (FTS5 stops there), never over every title holding a common word.
    const inTitle = phrases
      .map(() => '(c.r in (select rowid from search where search match ? and rowid <= (select hi from m)))')
      .join(' + ');
    let text = `with c as materialized (select rowid as r from search where search match ?${inScope} limit ${MAX_RANKED}),
      m as materialized (select max(r) as hi from c),
      h as materialized (select c.r as r, ${inTitle} as t from c)
      select h.r as r, k.collection as collection, k.record_id as id, h.t as t
      from h join search_keys k on k.id = h.r`;
    const args: unknown[] = [query, ...(scope?.params ?? []), ...phrases.map((p) => `title : ${p}`)];
    if (params.cursor) {
      const [t, collection, id] = this.decode(fingerprint, params.cursor, phrases.length);
      text += ' where (h.t < ? or (h.t = ? and (k.collection, k.record_id) > (?, ?)))';
      args.push(t, t, collection, id);
    }
    text += ' order by h.t desc, k.collection, k.record_id limit ?';
    const rows = this.statements.all<HitRow>(text, [...args, params.limit + 1]);
    const more = rows.length > params.limit;
    const page = more ? rows.slice(0, params.limit) : rows;

    const marked = params.text === false ? new Map() : this.highlights(query, page);
    const hits = page.map((row): SearchHit => {
      const hit: SearchHit = {
        collection: row.collection,
        id: row.id,
        score: Math.round((row.t / phrases.length) * 10_000) / 10_000,
      };
      const m = marked.get(row.r);
      if (m) {
        hit.title = highlightHtml(m.title);
        hit.snippet = highlightHtml(m.snippet);
      }
      return hit;
    });
    const total = this.count(fingerprint, () => {
      const counted = this.statements.get<{ n: number }>(
        `select count(*) as n from (select 1 from search where search match ?${inScope} limit ${MAX_RANKED})`,
        [query, ...(scope?.params ?? [])],
      );
      return counted?.n ?? 0;
    });
    const last = page.at(-1);
    return {
      hits,
      total,
      nextCursor:
        more && last ? encodeCursor(this.cursorSecret, fingerprint, [last.t, last.collection, last.id]) : null,
    };
  }

  /** Title and best passage (passage.ts) of the page's hits, with the matches marked: one statement for the page. */
  private highlights(query: string, page: HitRow[]): Map<number, { title: string; snippet: string }> {
    if (!page.length) return new Map();
    // `+rowid`: a filter on the one pass over the matches, not a lookup per hit (each lookup would
    // evaluate the whole match again: 36 -> 4 ms for a page of a common word on 100k programs); the
    // pass itself only over the page's rowid range, which FTS5 seeks to.
    const rows = this.statements.all<{ r: number; title: string; body: string }>(
      `select rowid as r, highlight(search, 0, '${OPEN}', '${CLOSE}') as title,
              highlight(search, 1, '${OPEN}', '${CLOSE}') as body
       from search where search match ? and rowid between ? and ? and +rowid in (select value from json_each(?))`,
      [
        query,
        Math.min(...page.map((h) => h.r)),
        Math.max(...page.map((h) => h.r)),
        JSON.stringify(page.map((h) => h.r)),
      ],
    );
    const collectionOf = new Map(page.map((h) => [h.r, h.collection]));
    return new Map(
      rows.map((r) => [
        r.r,
        { title: r.title, snippet: passage(r.body, OPEN, CLOSE, VALUE_FIELDS[collectionOf.get(r.r) as string]) },
      ]),
    );
  }

  /** The cursor's (t, collection, id), checked: signed for this query, and of the right types. */
  private decode(fingerprint: string, cursor: string, words: number): [number, string, string] {
    const values = decodeCursor(this.cursorSecret, fingerprint, cursor);
    const [t, collection, id] = values;
    if (
      values.length !== 3 ||
      typeof t !== 'number' ||
      !Number.isInteger(t) ||
      t < 0 ||
      t > words ||
      typeof collection !== 'string' ||
      typeof id !== 'string'
    ) {
      throw new CursorError('The cursor is malformed.');
    }
    return [t, collection, id];
  }
}
