import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { DbHolder } from '../db/holder.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { saidByOf } from '../jsonld/statements.js';
import type { Repository } from '../repository/repository.js';
import type { Resource } from '../resources/define.js';
import { byCollection } from '../resources/index.js';
import { SearchIndex } from '../search/search.js';
import {
  SEARCH_DESCRIPTION,
  SEARCH_LIST_PARAMS,
  SearchQuery,
  SearchResults,
  searchResults,
} from '../search/search.schema.js';
import { linkTo } from './collection-reads.js';
import { ROUTE_DEPENDENCIES, splitLists } from './shared.js';

/** GET /v1/search: full-text search across every collection, a keyset page at a time (see search/search.ts). */
function registerSearchRoutes(app: FastifyInstance, dbs: DbHolder, repo: Repository, config: Config) {
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  // Statements per database: a read node answers each request from the database it arrived on.
  const indexOf = dbs.perDb(
    (db) => new SearchIndex(db.$client, config.CURSOR_SECRET, (key, compute) => repo.count(key, compute)),
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/search',
    {
      preValidation: splitLists(SEARCH_LIST_PARAMS),
      config: { cache: true },
      schema: {
        operationId: 'search',
        summary: 'Search every collection',
        description: SEARCH_DESCRIPTION,
        tags: ['dataset'],
        querystring: SearchQuery,
        response: { 200: SearchResults, ...problemResponses(...READ_ERRORS) },
      },
    },
    async (req, reply) => {
      const body = searchResults(indexOf(), req.query, base, (hits) => saidBy(repo, hits));
      const { cursor: _c, ...rest } = req.query;
      const next = body.meta.next_cursor
        ? linkTo(base, '/v1/search', { ...rest, cursor: body.meta.next_cursor })
        : null;
      if (next) reply.header('link', `<${next}>; rel="next"`);
      return { ...body, links: { self: linkTo(base, '/v1/search', req.query), next } };
    },
  );
}

/**
 * Whose each hit's record is (a collection's `search.saidBy`, else `saidByOf` of what `Repository.quotedBy` reads): one
 * statement for the page's citations, one per collection with an `inferred` flag, and the findings' and their studies'
 * records for findings; bounded by the page.
 */
function saidBy(repo: Repository, hits: { collection: string; id: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const custom = new Map<string, string[]>();
  const plain: { resource: Resource; id: string }[] = [];
  for (const h of hits) {
    const resource = byCollection.get(h.collection);
    if (!resource) continue;
    if (resource.search.saidBy) custom.set(h.collection, [...(custom.get(h.collection) ?? []), h.id]);
    else plain.push({ resource, id: h.id });
  }
  for (const [key, quoted] of repo.quotedBy(plain)) out.set(key, saidByOf(quoted));
  for (const [table, ids] of custom) {
    const resource = byCollection.get(table) as Resource;
    const items = [...repo.byIds(resource, ids).values()];
    const said = resource.search.saidBy?.(repo, items) ?? [];
    for (const [i, item] of items.entries()) out.set(`${table}/${String(item.id)}`, said[i] ?? '');
  }
  return out;
}

export const searchRoutes = fp(
  async (app: FastifyInstance, { db, repo, config }: { db: DbHolder; repo: Repository; config: Config }) =>
    registerSearchRoutes(app, db, repo, config),
  { name: 'katalog-routes-search', dependencies: ROUTE_DEPENDENCIES },
);
