import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { type Deprecations, LIFECYCLE_PATH, MIN_SUNSET_MONTHS } from '../http/deprecation.js';
import { API_VERSION } from '../http/docs.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { ROUTE_DEPENDENCIES } from './shared.js';

/** The change feed keeps every event, tombstones included, for as long as /v1 is served (docs/lifecycle.md). */
export const CHANGE_FEED_RETENTION =
  'Every change-feed event is kept for as long as /v1 is served, deletions (tombstones) included: a `since` cursor the feed returned stays valid, and a partner that last synced at any time can resume from it. Deleted records keep their row (deleted_at set), so a tombstone never loses its record id or version. Shortening this is a breaking change, announced under this policy.';

export const WITHOUT_NOTICE = [
  'new routes, new query parameters, new optional request fields',
  'new fields in response bodies (ignore the ones you do not know)',
  'new values of enums in responses (a new format, kind, unit, currency...): handle an unknown value',
  'new collections, new facetable fields, new include names, new response headers',
  'new records, changed content, corrected citations (the data is curated continuously)',
  'error messages (`title`, `detail`): match on `status` and `errors[].name`, not on the wording',
];

export const WITH_DEPRECATION = [
  'removing or renaming a route, a query parameter, a request or response field',
  'changing the type or meaning of a field, or making an optional request field required',
  'removing an enum value that clients may send, or narrowing what a parameter accepts',
  'changing the change feed cursor, the ETag contract, or shortening the change feed retention',
];

function lifecycleBody(list: Deprecations['list']) {
  return {
    api_version: API_VERSION,
    policy: {
      document: 'docs/lifecycle.md',
      without_notice: WITHOUT_NOTICE,
      with_deprecation: WITH_DEPRECATION,
      minimum_sunset_months: MIN_SUNSET_MONTHS,
      change_feed_retention: CHANGE_FEED_RETENTION,
    },
    deprecations: list,
    disclaimer: DISCLAIMER,
  };
}

const Lifecycle = z
  .object({
    api_version: z
      .string()
      .meta({ description: 'The version of this API (its major version is the path prefix, /v1).' }),
    policy: z.object({
      document: z.string().meta({ description: 'Where the full policy is written (in the repository).' }),
      without_notice: z
        .array(z.string())
        .meta({ description: 'Changes that may happen within /v1 at any time: clients must tolerate them.' }),
      with_deprecation: z
        .array(z.string())
        .meta({ description: 'Changes made only after a deprecation with a Sunset date.' }),
      minimum_sunset_months: z.number().int().meta({
        description: 'A deprecated route or field is served at least this many months after its deprecation.',
      }),
      change_feed_retention: z.string(),
    }),
    deprecations: z
      .array(
        z.object({
          method: z.string(),
          path: z.string(),
          kind: z.enum(['route', 'query', 'body', 'response']),
          name: z
            .string()
            .optional()
            .meta({ description: 'The parameter or field (dotted path); absent for a route.' }),
          since: z.string().meta({ description: 'Deprecated since (YYYY-MM-DD); the `Deprecation` header.' }),
          sunset: z.string().meta({ description: 'May be removed from (YYYY-MM-DD); the `Sunset` header.' }),
        }),
      )
      .meta({ description: 'What is deprecated now, with its dates: empty when nothing is.' }),
    disclaimer: Disclaimer,
  })
  .meta({
    description: 'The versioning and deprecation policy, and what is deprecated now.',
    examples: [lifecycleBody([])],
  });

export const lifecycleRoutes = fp(
  async (app: FastifyInstance, { deprecations }: { deprecations: Deprecations }) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      LIFECYCLE_PATH,
      {
        config: { cache: true },
        schema: {
          operationId: 'getLifecycle',
          summary: 'Versioning and deprecation policy',
          description: `What may change within /v1 without notice, what is changed only after a deprecation (\`Deprecation\` and \`Sunset\` headers on the responses concerned, at least ${MIN_SUNSET_MONTHS} months of notice), the change feed's retention, and the list of what is deprecated now. Every response concerned by a deprecation links here with \`Link: <…${LIFECYCLE_PATH}>; rel="deprecation"\`.`,
          tags: ['dataset'],
          response: { 200: Lifecycle, ...problemResponses(...READ_ERRORS) },
        },
      },
      async () => lifecycleBody(deprecations.list),
    );
  },
  { name: 'katalog-routes-lifecycle', dependencies: ROUTE_DEPENDENCIES },
);
