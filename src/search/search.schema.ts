import { z } from 'zod';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { Cursor, Limit, listOf, listParamNames, Search } from '../query/params.js';
import { resources } from '../resources/index.js';
import { ListLinks } from '../resources/schemas.js';
import { MAX_RANKED, MAX_WORDS, SCORE_DOC, type SearchIndex } from './search.js';

/**
 * The contract of `GET /v1/search`: its query parameters, its response and the body built from a
 * page of hits. The route (src/routes/search.ts) only wires them together.
 */

const collectionNames = resources.map((r) => r.path) as [string, ...string[]];
const pathOf = new Map(resources.map((r) => [r.tableName, r.path]));
const collectionOf = new Map(resources.map((r) => [r.path, r.tableName]));

/** Hit fields `fields` can name; `collection` and `id` are always returned (together they name the record). */
const HIT_FIELDS = ['collection', 'id', 'title', 'snippet', 'said_by', 'score', 'href'] as const;

export const SearchQuery = z.strictObject({
  q: Search,
  collection: listOf(z.enum(collectionNames), 'Only these collections.').optional(),
  limit: Limit.meta({ description: 'Hits per page, 1 to 100.' }),
  cursor: Cursor.meta({
    description:
      'Opaque cursor from `meta.next_cursor` of the previous page. Only valid with the same `q` and `collection`; an altered or foreign cursor is a 400.',
  }).optional(),
  fields: listOf(
    z.enum(HIT_FIELDS),
    'Return only these fields of each hit (`collection` and `id` are always returned, so `fields=id` gives the hits alone, without highlighting).',
  ).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Parameters that take lists (`a,b` or repeated). */
export const SEARCH_LIST_PARAMS = listParamNames(SearchQuery.shape);

/** The one highlight format: the same for a hit's title and snippet. */
export const HighlightedText = z.string().meta({
  id: 'HighlightedText',
  description:
    'Text as HTML with the matches marked: the stored text HTML-escaped (`&`, `<`, `>`, `"`, `\'` as entities), then each match wrapped in `<mark>`…`</mark>`, the only tags it can hold. Safe to insert as HTML; to show it as text, drop the marks and decode the five entities.',
  examples: ['<mark>Sublingual</mark> lozenges or troches'],
});

const SearchHit = z
  .object({
    collection: z.enum(collectionNames).meta({ description: 'The collection of the record.' }),
    id: z.string().meta({ description: 'The id of the record in its collection.' }),
    title: HighlightedText.meta({ description: 'The record title, highlighted (see HighlightedText).' }),
    snippet: HighlightedText.meta({
      description:
        'The best-matching passage of the other searched text, with the words naming its article where its sentence gives them (… where cut), highlighted (see HighlightedText).',
    }),
    said_by: z.string().meta({
      description:
        'Whose the record is: the articles it quotes (a finding: its study, as the article reports it); "Katalog\'s reading of …" when it is one. Whose each passage is: see snippet.',
    }),
    score: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: `Relevance, 0 to 1. ${SCORE_DOC}` }),
    href: z.string().meta({ description: 'The record in this API.' }),
  })
  .meta({ id: 'SearchHit', description: 'One record matching the query.' });

const SearchHitSparse = SearchHit.partial().required({ collection: true, id: true }).meta({
  id: 'SearchHitSparse',
  description: 'A hit reduced to the fields asked for by `fields` (`collection` and `id` always kept).',
});

export const SearchResults = z
  .object({
    data: z.array(z.union([SearchHit, SearchHitSparse])),
    meta: z.object({
      total: z
        .number()
        .int()
        .min(0)
        .max(MAX_RANKED)
        .meta({ description: `Number of hits (all pages), at most ${MAX_RANKED} (see the search description).` }),
      limit: z.number().int().min(1).max(100),
      next_cursor: z
        .string()
        .nullable()
        .meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
      query: z.string().meta({ description: 'The `q` searched.' }),
    }),
    links: ListLinks,
    disclaimer: Disclaimer,
  })
  .meta({
    description: 'Search hits, a page at a time, best first.',
    examples: [
      {
        data: [
          {
            collection: 'findings',
            id: 'tsang-2023-nausea-under-13-percent-of-sessions',
            title: '<mark>Nausea</mark> (share of sessions)',
            snippet:
              '<mark>Nausea</mark> occurred in fewer than 13% of sessions (written &quot;&lt;13% of sessions&quot;).',
            said_by: 'Tsang et al. 2023, as the Canadian article reports it',
            score: 1,
            href: '/v1/findings/tsang-2023-nausea-under-13-percent-of-sessions',
          },
        ],
        meta: {
          total: 2,
          limit: 1,
          next_cursor: 'WzEsImZpbmRpbmdzIiwidHNhbmctMjAyMy1uYXVzZWEtdW5kZXItMTMtcGVyY2VudC1vZi1zZXNzaW9ucyJd.x',
          query: 'nausea',
        },
        links: { self: '/v1/search?limit=1&q=nausea', next: '/v1/search?cursor=…&limit=1&q=nausea' },
        disclaimer: DISCLAIMER,
      },
    ],
  });
type SearchResults = z.infer<typeof SearchResults>;

export const SEARCH_DESCRIPTION = `Full-text search across every collection (SQLite FTS5): every word must match, the last as a prefix (search as you type) unless it is a number (which matches with a unit written onto it, \`400mg\`, and as a group of digits of one written with separators: \`500\` in \`7,500\`); at most ${MAX_WORDS} words are searched, and at most ${MAX_RANKED} matches are ranked (the first in index order, roughly the oldest records; more words narrow a broader query). Any text is safe: words are matched, operators, quotes and punctuation are not interpreted, but for a number written with thousands separators (\`2,000\`), which is one number, matched with or without them.

Hits come a page at a time, like the lists: \`limit\` (1 to 100) and the opaque \`cursor\` from \`meta.next_cursor\`, also given as \`links.next\` and an RFC 8288 \`Link: <…>; rel="next"\` header; \`meta.total\` counts every hit. A cursor is bound to its \`q\` and \`collection\`: altered, or reused with others, it is a 400. Cursors stay valid while the data changes: the next page continues after the last hit of the previous one, so a record that did not change in between is never repeated or skipped.

\`score\` and the order of hits: see SearchHit.

\`title\` and \`snippet\` are HTML in one format (HighlightedText): escaped text with matches in \`<mark>\`…\`</mark>\`.`;

/** The response body for a page of hits (links are added by the route, which knows the base URL). */
export function searchResults(
  index: SearchIndex,
  query: SearchQuery,
  base: string,
  saidBy: (hits: { collection: string; id: string }[]) => Map<string, string>,
): Omit<SearchResults, 'links'> & { meta: { next_cursor: string | null } } {
  const fields = query.fields && new Set<string>(['collection', 'id', ...query.fields]);
  const page = index.page({
    q: query.q,
    collections: query.collection?.map((c) => collectionOf.get(c) as string),
    limit: query.limit,
    cursor: query.cursor,
    text: !fields || fields.has('title') || fields.has('snippet'),
  });
  // Whose each record is: read for the page's hits only, when asked for or when their text is (a title or snippet
  // never comes without it: review 25 R25-4).
  const said =
    !fields || ['said_by', 'title', 'snippet'].some((f) => fields.has(f))
      ? saidBy(page.hits)
      : new Map<string, string>();
  if (fields?.has('title') || fields?.has('snippet')) fields.add('said_by');
  return {
    data: page.hits.map((h) => {
      const path = pathOf.get(h.collection) as string;
      const by = said.get(`${h.collection}/${h.id}`) ?? '';
      const hit = {
        collection: path,
        id: h.id,
        title: h.title,
        snippet: h.snippet,
        said_by: by,
        score: h.score,
        href: `${base}/v1/${path}/${h.id}`,
      };
      return fields ? (Object.fromEntries(Object.entries(hit).filter(([k]) => fields.has(k))) as typeof hit) : hit;
    }) as SearchResults['data'],
    meta: { total: page.total, limit: query.limit, next_cursor: page.nextCursor, query: query.q },
    disclaimer: DISCLAIMER,
  };
}
