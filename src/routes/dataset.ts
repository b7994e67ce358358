import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ARTICLES, SEED_TIMESTAMP } from '../../seed/articles.js';
import { type SeedData, seedData } from '../../seed/data/index.js';
import type { Config } from '../config.js';
import type { DbHealth } from '../db/health.js';
import { DISCLAIMER, DISCLAIMER_PATH, Disclaimer } from '../disclaimer.js';
import { API_VERSION } from '../http/docs.js';
import { HttpProblem } from '../http/errors.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import type { Repository } from '../repository/repository.js';
import { resources } from '../resources/index.js';
import { sourcesResource } from '../resources/sources/sources.resource.js';
import { SourceFields } from '../resources/sources/sources.schema.js';
import { ROUTE_DEPENDENCIES } from './shared.js';

/**
 * A source as the index summarises it: what names it, and every flag of Katalog's inference the record
 * carries (publisher_inferred: the Canadian article does not name its publisher), so the summary never
 * states as the source's what the record marks as Katalog's reading.
 */
const SUMMARY_KEYS = ['id', 'title', 'publisher', 'url', 'kind'] as const;
const INFERRED_KEYS = Object.keys(SourceFields.shape).filter((k) => /(^|_)inferred(_|$)/.test(k));
const SourceSummary = SourceFields.pick(
  Object.fromEntries([...SUMMARY_KEYS, ...INFERRED_KEYS].map((k) => [k, true])) as Record<
    (typeof SUMMARY_KEYS)[number] | 'publisher_inferred',
    true
  >,
);

const DatasetIndex = z
  .object({
    name: z.string(),
    description: z.string(),
    version: z.string().meta({ description: 'API version.' }),
    last_updated: z.string().nullable().meta({ description: 'Latest change of any record, deletions included.' }),
    disclaimer: Disclaimer,
    sources: z.array(SourceSummary),
    collections: z.array(
      z.object({ name: z.string(), description: z.string(), count: z.number().int(), href: z.string() }),
    ),
    links: z.object({ self: z.string(), docs: z.string(), openapi: z.string() }),
  })
  .meta({
    description: 'The dataset index (example lists cut).',
    examples: [
      {
        name: 'Katalog',
        description: 'Structured, cited content about group ketamine-assisted therapy.',
        version: '1.0.0',
        last_updated: SEED_TIMESTAMP,
        disclaimer: DISCLAIMER,
        // The first source, as served on the seeded database (the articles in their declared order).
        sources: seedData.sources.filter((s) => s.id === Object.keys(ARTICLES)[0]).map((s) => SourceSummary.parse(s)),
        collections: [
          // The first collection, as served on the seeded database.
          ...resources.slice(0, 1).map((r) => ({
            name: r.path,
            description: r.description,
            count: (seedData[r.tableName as keyof SeedData] as unknown[]).length,
            href: `/v1/${r.path}`,
          })),
        ],
        links: { self: '/v1', docs: '/docs', openapi: '/openapi.json' },
      },
    ],
  });

const Health = z
  .object({ status: z.literal('ok') })
  .meta({ description: 'The service is up.', examples: [{ status: 'ok' }] });

const Readiness = z
  .object({
    status: z.literal('ok'),
    replica: z
      .object({
        age_seconds: z.number().meta({
          description: "Seconds since this read node last confirmed that it serves the replica's latest data.",
        }),
        max_age_seconds: z.number().meta({ description: 'Past this age (REPLICA_MAX_AGE) the node is not ready.' }),
        checked_at: z.string().nullable().meta({ description: 'When it last confirmed it.' }),
        changed_at: z
          .string()
          .nullable()
          .meta({ description: 'When it last swapped in new data from the replica (null: not since it started).' }),
      })
      .optional()
      .meta({ description: 'Read nodes that follow a replica (REPLICA_URL) only.' }),
  })
  .meta({
    description: 'The database can serve requests (`replica`: on read nodes only).',
    examples: [
      {
        status: 'ok',
        replica: {
          age_seconds: 0.4,
          max_age_seconds: 60,
          checked_at: '2026-11-22T10:00:00.000Z',
          changed_at: '2026-11-22T09:58:12.000Z',
        },
      },
    ],
  });

export interface DatasetRouteOptions {
  repo: Repository;
  config: Config;
  health: DbHealth;
}

/** GET /v1 (the dataset index), /v1/disclaimer, /healthz and /readyz. */
export const datasetRoutes = fp(
  async (app: FastifyInstance, options: DatasetRouteOptions) => registerDatasetRoutes(app, options),
  { name: 'katalog-routes-dataset', dependencies: ROUTE_DEPENDENCIES },
);

function registerDatasetRoutes(app: FastifyInstance, { repo, config, health }: DatasetRouteOptions) {
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/v1',
    {
      config: { cache: true },
      schema: {
        operationId: 'getDatasetIndex',
        summary: 'Dataset index',
        description: 'Name, version, last update, the medical disclaimer, the sources and links to every collection.',
        tags: ['dataset'],
        response: { 200: DatasetIndex, ...problemResponses(...READ_ERRORS) },
      },
    },
    async () => {
      const counts = repo.collectionStats();
      // The latest change of any kind, as the change feed dates it (Last-Modified's time): a deletion moves it forward
      // too, where the latest updated_at of a live record moved back (hostile 20 H20-11).
      const modified = repo.lastModified();
      const lastUpdated = modified > 0 ? new Date(modified).toISOString() : null;
      const sources = [...repo.byIds(sourcesResource, Object.keys(ARTICLES)).values()];
      return {
        name: 'Katalog',
        description: 'Structured, cited content about group ketamine-assisted therapy.',
        version: API_VERSION,
        last_updated: lastUpdated,
        disclaimer: DISCLAIMER,
        // The summary's own keys (zod drops the rest).
        sources: sources.map((s) => SourceSummary.parse(s)),
        collections: counts.map(({ resource: r, count }) => ({
          name: r.path,
          description: r.description,
          count,
          href: `${base}/v1/${r.path}`,
        })),
        links: { self: `${base}/v1`, docs: `${base}/docs`, openapi: `${base}/openapi.json` },
      };
    },
  );

  typed.get(
    DISCLAIMER_PATH,
    {
      config: { cache: true },
      schema: {
        operationId: 'getDisclaimer',
        summary: 'The medical disclaimer',
        description:
          'The disclaimer every content response carries: in JSON bodies as `disclaimer`, in JSON-LD documents as `mainEntityOfPage.usageInfo`, and on CSV and NDJSON exports as a `Link: <…/v1/disclaimer>; rel="describedby"` header.',
        tags: ['dataset'],
        response: {
          200: z
            .object({ disclaimer: Disclaimer })
            .meta({ description: 'The disclaimer.', examples: [{ disclaimer: DISCLAIMER }] }),
          ...problemResponses(...READ_ERRORS),
        },
      },
    },
    async () => ({ disclaimer: DISCLAIMER }),
  );

  typed.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness',
        description: 'Answers 200 while the process runs. Not rate limited.',
        tags: ['dataset'],
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  typed.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness: the database can serve reads and writes',
        description:
          "Answers 200 when the database file on disk is the one the server opened, the connection answers, the file and its folder are writable (unless read-only), the last scheduled `PRAGMA quick_check` (every `DB_CHECK_INTERVAL_SECONDS`) passed and, on a read node that follows a replica, the node confirmed it serves the replica's latest data within `REPLICA_MAX_AGE` (the body then reports the replica's age); otherwise 503 problem+json whose `detail` names each failing check (`file`, `query`, `writable`, `integrity`, `replica`) and what is wrong. Not rate limited.",
        tags: ['dataset'],
        response: { 200: Readiness, ...problemResponses(503) },
      },
    },
    async (req) => {
      const failing = health.checks().filter((c) => !c.ok);
      if (failing.length) {
        req.log.error({ failing }, 'readiness check failed');
        throw new HttpProblem(503, `Not ready: ${failing.map((c) => `${c.name}: ${c.detail}`).join('; ')}.`);
      }
      const replica = health.replica?.report();
      return replica ? { status: 'ok' as const, replica } : { status: 'ok' as const };
    },
  );
}
