import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { queryFingerprint } from '../query/cursor.js';
import { listOf, Search } from '../query/params.js';
import type { Repository } from '../repository/repository.js';
import { resources } from '../resources/index.js';
import { searchAll } from '../search/search.js';
import { ROUTE_DEPENDENCIES, splitLists } from './shared.js';

const collectionNames = resources.map((r) => r.path) as [string, ...string[]];
const pathOf = new Map(resources.map((r) => [r.collection, r.path]));
const collectionOf = new Map(resources.map((r) => [r.path, r.collection]));

const SearchQuery = z.strictObject({
  q: Search,
  collection: listOf(z.enum(collectionNames), 'Only these collections.').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Number of hits, 1 to 100.' }),
});

const SearchResults = z
  .object({
    data: z.array(
      z.object({
        collection: z.enum(collectionNames),
        id: z.string(),
        title: z.string().meta({
          description:
            'The record title as HTML: the stored text HTML-escaped (`&`, `<`, `>`, `"`, `\'` as entities), then matches wrapped in `<mark>`…`</mark>`, the only tags it can hold. Safe to insert as HTML; to show it as text, drop the marks and decode the five entities.',
        }),
        snippet: z.string().meta({
          description:
            'The best-matching passage (… where it was cut) as HTML, escaped like `title`: only `<mark>` tags.',
        }),
        rank: z.number().meta({ description: 'bm25 score: lower is better.' }),
        href: z.string(),
      }),
    ),
    meta: z.object({ total: z.number().int(), limit: z.number().int(), query: z.string() }),
    disclaimer: Disclaimer,
  })
  .meta({
    description: 'Search hits, best first.',
    examples: [
      {
        data: [
          {
            collection: 'dosing-routes',
            id: 'sublingual',
            title: '<mark>Sublingual</mark>',
            snippet: '<mark>Sublingual</mark> lozenges or troches for a slower onset and gentler experience…',
            rank: -4.2,
            href: '/v1/dosing-routes/sublingual',
          },
        ],
        meta: { total: 1, limit: 20, query: 'sublingual' },
        disclaimer: DISCLAIMER,
      },
    ],
  });

/** GET /v1/search: full-text search across every collection (SQLite FTS5, bm25, prefix matching). */
function registerSearchRoutes(app: FastifyInstance, db: Db, repo: Repository, config: Config) {
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/search',
    {
      preValidation: splitLists(['collection']),
      config: { cache: true },
      schema: {
        operationId: 'search',
        summary: 'Search every collection',
        description:
          'Full-text search with bm25 ranking (title weighted 5x); every word must match, the last as a prefix. Any text is safe: words are matched, operators are not interpreted.',
        tags: ['dataset'],
        querystring: SearchQuery,
        response: { 200: SearchResults, ...problemResponses(...READ_ERRORS) },
      },
    },
    async (req) => {
      const collections = req.query.collection?.map((c) => collectionOf.get(c) as string);
      const key = queryFingerprint({ search: req.query.q, collections: collections ?? null });
      const { hits, total } = searchAll(db, req.query.q, collections, req.query.limit, (compute) =>
        repo.count(key, compute),
      );
      return {
        data: hits.map((h) => {
          const path = pathOf.get(h.collection) as string;
          return { ...h, collection: path, href: `${base}/v1/${path}/${h.id}` };
        }),
        meta: { total, limit: req.query.limit, query: req.query.q },
        disclaimer: DISCLAIMER,
      };
    },
  );
}

export const searchRoutes = fp(
  async (app: FastifyInstance, { db, repo, config }: { db: Db; repo: Repository; config: Config }) =>
    registerSearchRoutes(app, db, repo, config),
  { name: 'katalog-routes-search', dependencies: ROUTE_DEPENDENCIES },
);
