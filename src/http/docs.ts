import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import { DISCLAIMER } from '../disclaimer.js';
import { JSONLD_EXAMPLE } from '../jsonld/jsonld.js';
import { FACET_VALUES } from '../query/params.js';
import { exampleRecord } from '../resources/examples.js';
import { resources } from '../resources/index.js';
import { markedGiven, plainText, saidInCitations } from '../resources/rules.js';
import { markDeprecatedParameters } from './deprecation.js';
import {
  closeRecordInputs,
  composeSchemas,
  defaultForMalformed,
  dropNoise,
  entitiesOverExpanded,
  entitiesOverSparse,
  examplesOnSchemas,
  groupCommonErrors,
  mergeIdenticalInputs,
  referencesBySegment,
  shareErrorResponses,
  shareExamples,
  shareExports,
  shareParameters,
  shareProperties,
  shareRecordOperations,
  shareSuccessResponses,
} from './openapi-components.js';
import { addHttpHeaders, EVERY_RESPONSE } from './openapi-headers.js';
import { type ProblemStatus, problemExample } from './problem.js';
import { SWAGGER_UI_PLUGIN_JS } from './swagger-ui-plugin.js';

export const API_VERSION = '1.0.0';

/** OpenAPI 3.1 generated from the Zod schemas, served at /openapi.json, with Swagger UI at /docs. */
export const docsPlugin = fp(
  async (app: FastifyInstance, { config }: { config: Config }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Katalog API',
          version: API_VERSION,
          summary: 'Cited, structured content about group ketamine-assisted therapy.',
          description: `Programs and the organizations that run them, prices, contraindications, the group-versus-individual fit table, dosing routes, studies and findings, sources, FAQs, session phases and guides. Every record cites its source with a verbatim excerpt.\n\n**${DISCLAIMER}**\n\nErrors are RFC 9457 \`application/problem+json\`.\n\n${COLLECTION_OPERATIONS}\n\n${EVERY_RESPONSE}`,
          license: { name: 'Content: cited excerpts of the sources; see /v1/sources', identifier: 'NOASSERTION' },
          contact: { name: 'Katalog' },
        },
        servers: [{ url: config.PUBLIC_BASE_URL ?? '/', description: 'This server' }],
        // Reads are public: no credentials. Writes declare the bearer key.
        security: [],
        components: {
          securitySchemes: {
            apiKey: {
              type: 'http',
              scheme: 'bearer',
              description:
                'An API key from `npm run keys -- create --name <name> --scope write` (writes) or `--scope webhooks` (webhook endpoints).',
            },
          },
        },
        tags: [
          { name: 'dataset', description: 'The dataset index and service health.' },
          ...resources.map((r) => ({ name: r.path, description: r.description })),
          {
            name: 'webhooks',
            description:
              'Signed webhooks from the change feed (Standard Webhooks), for keys with the `webhooks` scope: endpoints, their delivery log, redelivery.',
          },
        ],
      },
      transform: transformWithBodyContent,
      transformObject: (doc) => {
        const spec = addProblemExamples(pruneComponents(jsonSchemaTransformObject(doc)));
        addHttpHeaders(spec, new Set(resources.flatMap((r) => [`/v1/${r.path}`, `/v1/${r.path}/{id}/revisions`])));
        dropNoise(spec);
        referencesBySegment(spec, Object.fromEntries(resources.map((r) => [r.tableName, r.path])));
        shareParameters(spec, Object.fromEntries(resources.map((r) => [r.path, r.singular])));
        shareErrorResponses(spec);
        groupCommonErrors(spec);
        defaultForMalformed(spec);
        shareExports(spec);
        shareExamples(spec, { JsonLdDocument: JSONLD_EXAMPLE });
        shareSuccessResponses(spec);
        shareRecordOperations(spec, resources);
        mergeIdenticalInputs(spec);
        entitiesOverSparse(spec);
        composeSchemas(spec);
        entitiesOverExpanded(spec);
        examplesOnSchemas(spec, recordExamples());
        shareProperties(spec);
        markDeprecatedParameters(spec);
        closeRecordInputs(spec);
        return spec;
      },
    });
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/docs/static/')) return;
      route.onRequest = [
        plainAssetRequest,
        ...(route.onRequest ? [route.onRequest].flat() : []),
      ] as typeof route.onRequest;
      // Nor does it offer ranges it ignores (review 27 R27-17).
      route.onSend = [...(route.onSend ? [route.onSend].flat() : []), noRanges] as typeof route.onSend;
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      // Tags collapsed and the filter box on: a developer sees the list of collections at once and
      // types to find an operation, instead of waiting for 130 operations to render.
      uiConfig: {
        // Katalog's plugin (src/http/swagger-ui-plugin.ts, served as a theme script), which makes an
        // OpenAPI 3.1 document resolve per operation instead of whole; it brings back DownloadUrl
        // (which loads the spec), the plugin this option replaces. Serialized into the initializer
        // by its source text: keep the body one call, with no inner functions.
        plugins: [(system: unknown) => Reflect.get(globalThis, 'katalogSwaggerUiPlugin')(system)],
        deepLinking: true,
        docExpansion: 'none',
        filter: true,
        defaultModelsExpandDepth: -1,
        displayRequestDuration: true,
      },
      theme: {
        title: 'Katalog API docs',
        css: [{ filename: 'katalog.css', content: THEME_CSS }],
        js: [{ filename: 'katalog-swagger-ui.js', content: SWAGGER_UI_PLUGIN_JS }],
        favicon: [
          { filename: 'katalog.svg', rel: 'icon', sizes: 'any', type: 'image/svg+xml', content: Buffer.from(ICON_SVG) },
        ],
      },
      logo: { type: 'image/svg+xml', content: Buffer.from(LOGO_SVG), href: '/docs/', target: '_self' },
      uiHooks: { onRequest: indexHtmlRedirect },
    });
    app.get('/openapi.json', { schema: { hide: true }, config: { cache: true } }, async () => app.swagger());
  },
  // Before every route (swagger collects them as they are added); after the cache (/openapi.json is
  // cached) and compression (the docs assets are compressed).
  { name: 'katalog-docs', dependencies: ['katalog-cache', 'katalog-compress'] },
);

/**
 * The documentation assets (@fastify/static, which the UI plugin's hooks do not reach) ignore Range and the
 * preconditions a write would send, as every /docs page does (hostile 17 H17-4: a bad Range was a 416, If-Match a 412);
 * If-None-Match still gets its 304.
 */
function plainAssetRequest(req: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) {
  for (const name of ['range', 'if-range', 'if-match', 'if-unmodified-since']) delete req.raw.headers[name];
  done();
}

function noRanges(_req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, p: unknown) => void) {
  reply.removeHeader('accept-ranges');
  done(null, payload);
}

/**
 * `/docs/static/index.html` redirects to `/docs/`. The plugin's own redirect rewrites the target only when it ends in
 * `index.html`, so with a query (`?utm_source=…`) or a trailing slash it pointed at itself, a loop a browser stops with
 * "too many redirects" (hostile 16 H16-8). And the docs page with a query (`/docs?utm_source=…`) redirects to `/docs/`
 * without it: the plugin's initializer appends `./json` to the whole address, query included, and fetched the page
 * itself as the spec (hostile 19 H19-8). Swagger UI reads nothing from the query (its deep links are the fragment).
 * Answered here first, on those routes only.
 */
function indexHtmlRedirect(req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) {
  const route = req.routeOptions.url;
  if (route === '/docs/static/index.html' || ((route === '/docs' || route === '/docs/') && req.url.includes('?')))
    return reply.redirect('/docs/');
  done();
}

type Doc = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * What the operations of every collection do, said once here rather than on each of the 13
 * collections' operations (their summaries, parameters and responses say the rest).
 */
const COLLECTION_OPERATIONS = `## The operations of every collection

- **List** (\`GET /v1/{collection}\`): a page of records. Filters, sort, keyset pagination (\`limit\`, \`cursor\`), \`include\`, \`fields\` (keeping their markers, and a number's unit, qualifier, other bound, basis or currency), \`facet\` (counts per value in \`meta.facets\`, readings included, null as none: the ${FACET_VALUES} most frequent of each field; uncut, they sum to \`total\`) and full-text \`q\` are typed query parameters (one of type array takes its values comma-separated or repeated, each once: \`a,b\` or \`a&b\`); an unknown parameter is a 400. With \`Accept: text/csv\` or \`application/x-ndjson\`, every matching record as a stream, as the export.
- **Export** (\`GET /v1/{collection}.csv\`, \`.ndjson\`): every matching record, streamed; the list's filters.
- **Get** (\`GET /v1/{collection}/{id}\`): one record by its stable id, with its citations; \`include\` and \`fields\` as on the list; schema.org JSON-LD with \`Accept: application/ld+json\`, as \`GET /v1/{collection}/{id}.jsonld\`.
- **Revisions** (\`GET /v1/{collection}/{id}/revisions\`): every editorial write of the record, newest first, a page at a time (\`limit\`, \`cursor\`).
- **Writes** need an API key with the \`write\` scope. **Create** (\`POST\`): the body is validated by the schema of the reads; references and cited sources must exist. A member a body schema lacks is a 400 (\`version\`, the timestamps and, on PUT, the path's \`id\` may come back as GET gives them; a stale \`version\` is 412); in every body, ${plainText.text}; ${markedGiven.text}; ${saidInCitations.text} (422); a parent, partner or related FAQ is never the record itself, nor a parent cycle (422). **Replace** (\`PUT\`) and **update** (\`PATCH\`, an RFC 7396 merge patch) need \`If-Match\` with the current ETag (428 without it, 412 when stale). **Delete** is soft: the record is gone from reads, the change feed has a tombstone, and it can be restored (\`POST /v1/{collection}/{id}/restore\`: a new version, a change-feed event and a revision); a record that live records point at is not deleted (409 naming them).`;

/** Katalog's mark for the docs' top bar and favicon (an image: the docs' CSP allows same-origin and data: images). */
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="172" height="40" viewBox="0 0 172 40"><rect x="2" y="4" width="32" height="32" rx="7" fill="#f4f1ea"/><path d="M12 11v18M12 20l9-9M15 18l7 11" stroke="#1f4e5f" stroke-width="3.2" stroke-linecap="round" fill="none"/><text x="44" y="28" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="22" font-weight="700" fill="#f4f1ea">Katalog API</text></svg>`;

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f4e5f"/><path d="M10 7v18M10 16l9-9M13 14l7 11" stroke="#f4f1ea" stroke-width="3.2" stroke-linecap="round" fill="none"/></svg>`;

/** The top bar in Katalog's colours; the URL box (Swagger UI's "Explore" another spec) is hidden: this page documents one API. */
const THEME_CSS = `.swagger-ui .topbar{background:#1f4e5f}
.swagger-ui .topbar .download-url-wrapper{display:none}
.swagger-ui .topbar a img{height:40px}`;

/**
 * One record of each collection, the example of its full schema (`ProgramExpanded`, which `Program`
 * is composed of; `Source`, which has no includes): every page, single read and write shows it as its `data` (Swagger UI builds a
 * response's example from its schema), instead of a page example and a body example per collection.
 */
const recordExamples = () =>
  Object.fromEntries(
    // The full schema is `XExpanded` where the collection has includes (resources/schemas.ts), else `X`.
    resources.map((r) => [`${r.singular}${Object.keys(r.query.includes).length ? 'Expanded' : ''}`, exampleRecord(r)]),
  );

/**
 * Drops the input variants of component schemas that nothing references: every registered Zod schema
 * yields an input and an output component, and most are only ever output.
 */
export function pruneComponents(doc: Doc): Doc {
  const d = doc as { components?: { schemas?: Record<string, unknown> } };
  const schemas = d.components?.schemas;
  if (!schemas) return doc;
  const refsIn = (v: unknown) =>
    [...JSON.stringify(v).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
  const { components, ...rest } = d;
  const used = new Set<string>();
  // Named entities stay even when no operation refers to them; unused input variants go, and so
  // do the output variants of write bodies (`ProgramCreate` beside the `ProgramCreateInput` used).
  const referenced = new Set(refsIn(rest));
  const queue = [
    ...referenced,
    ...Object.keys(schemas).filter((k) => !k.endsWith('Input') && !referenced.has(`${k}Input`)),
  ];
  while (queue.length) {
    const name = queue.pop() as string;
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([k]) => used.has(k)));
  return { ...doc, components: { ...components, schemas: kept } } as Doc;
}

/**
 * Gives every response an example: problem+json ones an example of their status, others the first
 * example of their schema (of the component schema it names, when it is a `$ref`: the example then
 * leaves the component, said once by the responses).
 */
export function addProblemExamples(doc: Doc): Doc {
  const paths =
    (doc as { paths?: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>> }).paths ?? {};
  const schemas = (doc as { components?: { schemas?: Record<string, { examples?: unknown[] }> } }).components?.schemas;
  const moved = new Set<{ examples?: unknown[] }>();
  for (const operations of Object.values(paths)) {
    for (const op of Object.values(operations)) {
      for (const [status, res] of Object.entries(op.responses ?? {})) {
        for (const [type, media] of Object.entries(res.content ?? {})) {
          if (media.example !== undefined) continue;
          const named = media.schema?.$ref?.startsWith('#/components/schemas/')
            ? schemas?.[media.schema.$ref.slice('#/components/schemas/'.length)]
            : undefined;
          if (type === 'application/problem+json') media.example = problemExample(Number(status) as ProblemStatus);
          else if (named?.examples?.length) {
            media.example = named.examples[0];
            moved.add(named);
          } else if (Array.isArray(media.schema?.examples) && media.schema.examples.length) {
            // Responses declared per content type keep their examples in the schema: show the first as
            // the media example, and say it once (a lone example moves rather than being copied).
            media.example = media.schema.examples[0];
            if (media.schema.examples.length === 1) delete media.schema.examples;
          }
        }
      }
    }
  }
  for (const schema of moved) delete schema.examples;
  return doc;
}

type ResponseObject = {
  content?: Record<string, { example?: unknown; schema?: { examples?: unknown[]; $ref?: string } }>;
};

type TransformArg = Parameters<typeof jsonSchemaTransform>[0];

/**
 * jsonSchemaTransform, plus request bodies declared per content type (PATCH takes both
 * application/json and application/merge-patch+json), which it does not handle itself.
 */
function transformWithBodyContent(arg: TransformArg) {
  const body = (arg.schema as { body?: unknown } | undefined)?.body as
    | { content?: Record<string, { schema: z.ZodType }> }
    | undefined;
  if (!body?.content) return jsonSchemaTransform(arg);
  const { body: _body, ...rest } = arg.schema as Record<string, unknown>;
  const out = jsonSchemaTransform({ ...arg, schema: rest } as TransformArg);
  const content = Object.fromEntries(
    Object.entries(body.content).map(([type, media]) => [
      type,
      {
        schema: z.globalRegistry.get(media.schema)?.id
          ? { $ref: `#/components/schemas/${z.globalRegistry.get(media.schema)?.id}Input` }
          : z.toJSONSchema(media.schema, { target: 'draft-2020-12', io: 'input' }),
      },
    ]),
  );
  (out.schema as Record<string, unknown>).body = { content };
  return out;
}
