import { asc, gt, max } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SEED_TIMESTAMP } from '../../seed/articles.js';
import type { Config } from '../config.js';
import type { DbHolder } from '../db/holder.js';
import { changes } from '../db/schema/index.js';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { HttpProblem } from '../http/errors.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { resources } from '../resources/index.js';
import { ROUTE_DEPENDENCIES } from './shared.js';

const pathOf = new Map(resources.map((r) => [r.tableName, r.path]));
const collectionNames = resources.map((r) => r.path) as [string, ...string[]];

export const ChangeEvent = z
  .object({
    seq: z.number().int().meta({ description: 'Position in the feed; strictly increasing.' }),
    collection: z.enum(collectionNames),
    id: z.string(),
    action: z.enum(['created', 'updated', 'deleted', 'restored']).meta({
      description: 'created, updated and restored: fetch `href`; deleted: remove the record (a tombstone).',
    }),
    version: z.number().int().meta({ description: 'The record version after the change.' }),
    changed_at: z.string(),
    href: z.string().meta({ description: 'The record (404 once deleted).' }),
  })
  .meta({ id: 'ChangeEvent', description: 'One change of one record. Deletions stay in the feed as tombstones.' });

const ChangesPage = z
  .object({
    data: z.array(ChangeEvent),
    meta: z.object({
      next_cursor: z.string().meta({ description: 'Pass as `since` to continue; the same when nothing new happened.' }),
      has_more: z.boolean(),
      limit: z.number().int(),
    }),
    links: z.object({ next: z.string() }),
    disclaimer: Disclaimer,
  })
  .meta({
    description: 'Changes after `since`, oldest first.',
    examples: [
      {
        data: [
          {
            seq: 1,
            collection: 'sources',
            id: 'kair-group-therapy-unpacked',
            action: 'created',
            version: 1,
            changed_at: SEED_TIMESTAMP,
            href: '/v1/sources/kair-group-therapy-unpacked',
          },
        ],
        meta: { next_cursor: '1', has_more: true, limit: 1 },
        links: { next: '/v1/changes?since=1&limit=1' },
        disclaimer: DISCLAIMER,
      },
    ],
  });

/** A row of the change feed as the feed (and every webhook message) shows it. */
export function toChangeEvent(
  c: {
    seq: number;
    collection: string;
    record_id: string;
    action: ChangeEvent['action'];
    version: number;
    changed_at: string;
  },
  base: string,
): ChangeEvent {
  const path = pathOf.get(c.collection) as string;
  return {
    seq: c.seq,
    collection: path,
    id: c.record_id,
    action: c.action,
    version: c.version,
    changed_at: c.changed_at,
    href: `${base}/v1/${path}/${c.record_id}`,
  };
}
export type ChangeEvent = z.infer<typeof ChangeEvent>;

/** GET /v1/changes: the change feed, for partners that sync incrementally (deletes included). */
function registerChangeRoutes(app: FastifyInstance, dbs: DbHolder, config: Config) {
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/changes',
    {
      config: { cache: true },
      schema: {
        operationId: 'listChanges',
        summary: 'Change feed',
        description:
          'Every create, update, delete and restore, in commit order, recorded in the same transaction as the change. Start without `since`, apply the events (fetch `href` for created, updated and restored; remove on deleted), then poll with `since=<meta.next_cursor>`. Served with `Cache-Control: no-cache`, so a poller always revalidates (304 while nothing changed). A `since` past the latest event is a 400.',
        tags: ['dataset'],
        querystring: z.strictObject({
          since: z
            .string()
            .regex(/^\d{1,15}$/, 'a cursor from meta.next_cursor')
            .optional()
            .meta({ description: 'Cursor from `meta.next_cursor`; omit to start from the beginning.' }),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(1000)
            .default(100)
            .meta({ description: 'Events per page, 1 to 1000.' }),
        }),
        response: { 200: ChangesPage, ...problemResponses(...READ_ERRORS) },
      },
    },
    async (req, reply) => {
      const db = dbs.db;
      const since = Number(req.query.since ?? 0);
      // A poller must see new events at once: browsers and proxies revalidate every time (a 304 when nothing changed).
      reply.header('cache-control', 'no-cache');
      if (since > 0) {
        const last =
          db
            .select({ seq: max(changes.seq) })
            .from(changes)
            .get()?.seq ?? 0;
        if (since > last)
          throw new HttpProblem(
            400,
            `since=${since} is past the latest event (${last}): use a meta.next_cursor this feed returned, or omit since to start over.`,
            [{ name: 'since', in: 'query', detail: `greater than the latest event, ${last}` }],
          );
      }
      const rows = db
        .select()
        .from(changes)
        .where(gt(changes.seq, since))
        .orderBy(asc(changes.seq))
        .limit(req.query.limit + 1)
        .all();
      const more = rows.length > req.query.limit;
      const page = more ? rows.slice(0, req.query.limit) : rows;
      const next = String(page.at(-1)?.seq ?? since);
      return {
        data: page.map((c) => toChangeEvent(c, base)),
        meta: { next_cursor: next, has_more: more, limit: req.query.limit },
        links: { next: `${base}/v1/changes?since=${next}&limit=${req.query.limit}` },
        disclaimer: DISCLAIMER,
      };
    },
  );
}

export const changeRoutes = fp(
  async (app: FastifyInstance, { db, config }: { db: DbHolder; config: Config }) =>
    registerChangeRoutes(app, db, config),
  { name: 'katalog-routes-changes', dependencies: ROUTE_DEPENDENCIES },
);
