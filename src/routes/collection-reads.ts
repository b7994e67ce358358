import { pipeline, Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import { DISCLAIMER, disclaimerLink } from '../disclaimer.js';
import { EXPORT_TYPES, type ExportFormat, exportStream, negotiateExport } from '../export/export.js';
import { JSON_RANGES, preferred } from '../http/accept.js';
import { negotiate, RECORD_VERSION, readCacheControl, readPreconditionFailed } from '../http/cache.js';
import { HttpProblem, recordNotFound } from '../http/errors.js';
import { validOrigin } from '../http/forwarded.js';
import { htmlSafeJson } from '../http/html-safe-json.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { JSONLD_TYPE, JsonLdDoc, jsonLdOf, withDisclaimer } from '../jsonld/jsonld.js';
import type { Item } from '../query/spec.js';
import type { Repository } from '../repository/repository.js';
import type { Resource } from '../resources/define.js';
import { resourceSchemas } from '../resources/schemas.js';
import { ROUTE_DEPENDENCIES, splitLists } from './shared.js';

/** The query string of a link: parameters in a stable order, lists joined by commas. */
export function linkTo(base: string, path: string, params: Record<string, unknown>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (v === undefined) continue;
    qs.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = qs.toString();
  return `${base}${path}${s ? `?${s}` : ''}`;
}

export interface CollectionReadOptions {
  resource: Resource;
  repo: Repository;
  config: Config;
}

/**
 * The reads of one collection: GET /v1/<collection> (also as CSV and NDJSON) and
 * GET /v1/<collection>/<id> (also as JSON-LD where the collection has a schema.org mapping).
 * Generic, declared by the resource; registered once per collection.
 */
export const collectionReadRoutes = fp(
  async (app: FastifyInstance, options: CollectionReadOptions) => registerResourceRoutes(app, options),
  { name: 'katalog-routes-collection-reads', dependencies: ROUTE_DEPENDENCIES },
);

function registerResourceRoutes(app: FastifyInstance, { resource, repo, config }: CollectionReadOptions) {
  const s = resourceSchemas(resource);
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  const path = `/v1/${resource.path}`;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const jsonLd = (repo: Repository, item: Item, base: string) => jsonLdOf(resource, repo, item, base);
  const exportNames = new Set(Object.keys(s.exportQuery.shape));

  typed.get(
    path,
    {
      preValidation: splitLists(s.listParams),
      config: { cache: true },
      schema: {
        operationId: `list${resource.plural}`,
        summary: `List ${resource.path.replace(/-/g, ' ')}`,
        description: 'A page of records.',
        tags: [resource.path],
        querystring: s.listQuery,
        response: {
          200: {
            description: `A page of ${resource.path} as JSON; with \`Accept: text/csv\` or \`application/x-ndjson\`, every matching record as a stream (as /v1/${resource.path}.csv and .ndjson).`,
            content: {
              'application/json': { schema: s.list },
              'text/csv': { schema: csvSchema(resource) },
              'application/x-ndjson': { schema: ndjsonSchema(resource) },
            },
          },
          ...problemResponses(...READ_ERRORS),
        },
      },
    },
    async (req, reply) => {
      const params = req.query;
      const format = negotiateExport(req.headers.accept);
      if (format) {
        // The export takes the filters, sort and q, never the page's own parameters: as on
        // /v1/<collection>.csv, a parameter it would drop (limit, cursor, fields, include, facet)
        // is a 400 naming it, not an answer with every record and every field.
        const dropped = queryNames(req.url).filter((name) => !exportNames.has(name));
        if (dropped.length) {
          throw new HttpProblem(
            400,
            `${dropped.join(', ')}: not taken by the ${format.toUpperCase()} export (Accept: ${EXPORT_TYPES[format].split(';')[0]}), which streams every matching record with every field; leave ${dropped.length > 1 ? 'them' : 'it'} out, or ask for JSON.`,
            dropped.map((name) => ({ name, in: 'query' as const, detail: `not taken by the ${format} export` })),
          );
        }
        return sendExport(base, config, reply, repo, resource, params, format);
      }
      // Cold counts of a large table are counted in slices, other requests running between them.
      const page = await repo.listCounted(resource, params);
      const { cursor: _c, ...rest } = params;
      const self = linkTo(base, path, params);
      const next = page.nextCursor ? linkTo(base, path, { ...rest, cursor: page.nextCursor }) : null;
      if (next) reply.header('link', `<${next}>; rel="next"`);
      return {
        data: page.items,
        meta: {
          total: page.total,
          total_exact: page.totalExact,
          limit: params.limit,
          next_cursor: page.nextCursor,
          sort: page.sort,
          ...(page.facets ? { facets: page.facets, facets_exhaustive: page.facetsExhaustive ?? true } : {}),
        },
        links: { self, next },
        disclaimer: DISCLAIMER,
      };
    },
  );

  for (const format of ['csv', 'ndjson'] as const) {
    typed.get(
      `${path}.${format}`,
      {
        preValidation: splitLists(s.exportParams),
        schema: {
          operationId: `export${resource.plural}${format === 'csv' ? 'Csv' : 'Ndjson'}`,
          summary: `Export every ${resource.path.replace(/-/g, ' ')} record as ${format.toUpperCase()}`,
          description: EXPORT_DOC[format],
          tags: [resource.path],
          querystring: s.exportQuery,
          response: {
            200: {
              description: `Every matching record, streamed.`,
              content: {
                [EXPORT_TYPES[format].split(';')[0] as string]: {
                  schema: format === 'csv' ? csvSchema(resource) : ndjsonSchema(resource),
                },
              },
            },
            ...problemResponses(...READ_ERRORS),
          },
        },
      },
      async (req, reply) => sendExport(base, config, reply, repo, resource, req.query, format),
    );
  }

  typed.get(
    `${path}/:id`,
    {
      preValidation: splitLists(s.itemParams),
      config: { cache: true },
      schema: {
        operationId: `get${resource.singular}`,
        summary: `Get one ${resource.singular.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} by id`,
        description: 'One record, with its citations.',
        tags: [resource.path],
        params: s.idParam,
        querystring: s.itemQuery,
        response: {
          200: {
            description: `One ${resource.singular}; schema.org JSON-LD with \`Accept: application/ld+json\`.`,
            content: { 'application/json': { schema: s.one }, [JSONLD_TYPE]: { schema: JsonLdDoc } },
          },
          ...problemResponses(...READ_ERRORS, 404),
        },
      },
    },
    async (req, reply) => {
      const linked = prefersJsonLd(req.headers.accept);
      // The JSON-LD document is the whole record, as at /v1/<collection>/<id>.jsonld, where these parameters are a
      // 400: the same here, never an answer that silently ignores them.
      const dropped = linked ? queryNames(req.url) : [];
      if (dropped.length)
        throw new HttpProblem(
          400,
          `${dropped.join(', ')}: not taken by the JSON-LD document (Accept: ${JSONLD_TYPE}), which is the whole record; leave ${dropped.length > 1 ? 'them' : 'it'} out, or ask for JSON.`,
          dropped.map((name) => ({ name, in: 'query' as const, detail: 'not taken by the JSON-LD document' })),
        );
      const item = repo.get(resource, req.params.id, linked ? {} : req.query);
      if (!item) throw notFound(repo, resource, req.params.id);
      if (linked) return sendJsonLd(reply, withDisclaimer(jsonLd(repo, item, baseOf(req, base)), baseOf(req, base)));
      if (typeof item.version === 'number') reply.header(RECORD_VERSION, String(item.version));
      return { data: item, disclaimer: DISCLAIMER };
    },
  );
  // Every collection declares its schema.org mapping. The body is JSON text written by htmlSafeJson (the schema documents what it holds).
  typed.get<{ Params: z.output<typeof s.idParam>; Reply: string }>(
    `${path}/:id.jsonld`,
    {
      config: { cache: true },
      schema: {
        operationId: `get${resource.singular}JsonLd`,
        summary: `One ${resource.singular.toLowerCase()} as schema.org JSON-LD`,
        description: `As schema.org ${resource.jsonLd.describe}.`,
        tags: [resource.path],
        params: s.idParam,
        response: {
          200: { description: 'JSON-LD', content: { [JSONLD_TYPE]: { schema: JsonLdDoc } } },
          ...problemResponses(...READ_ERRORS, 404),
        },
      },
    },
    async (req, reply) => {
      const item = repo.get(resource, req.params.id);
      if (!item) throw notFound(repo, resource, req.params.id);
      return reply
        .type(JSONLD_TYPE)
        .send(htmlSafeJson(withDisclaimer(jsonLd(repo, item, baseOf(req, base)), baseOf(req, base))));
    },
  );
}

const EXPORT_DOC = {
  csv: "RFC 4180 CSV, UTF-8, CRLF line ends, a header row of field names. Nested values (arrays, objects, citations) are JSON-encoded in their cell; null is an empty cell; booleans are true/false. Against CSV injection (OWASP), a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or a full-width `＝＋－＠`) is prefixed with a single quote (`'=1+1`), so spreadsheets show it as text, and so is a text cell starting with `'`: to read the stored text, drop one leading `'` from a text cell that has one. Numbers are written as they are (`-3` stays a number). Takes the same filters as the list; returns every matching record, streamed. A bad query is a 400 problem before anything is sent.",
  ndjson:
    'One JSON record per line (the same objects as the list). Takes the same filters as the list; returns every matching record, streamed. A bad query is a 400 problem before anything is sent.',
};

/**
 * The stream bodies, alike for every collection: the CSV header row names the record's fields in the
 * order of its schema (written once, on the export's response), so the example does not list them.
 */
function csvSchema(_resource: Resource) {
  return z.string().meta({ description: 'CSV text', examples: ['id,…\r\n…'] });
}

function ndjsonSchema(_resource: Resource) {
  return z.string().meta({ description: 'One record (JSON) per line', examples: ['{"id":"…"}\n'] });
}

async function sendExport(
  base: string,
  config: Config,
  reply: FastifyReply,
  repo: Repository,
  resource: Resource,
  params: Record<string, unknown>,
  format: ExportFormat,
) {
  // First the stream, which runs the first page: a rejected query is a 400 problem with none of the
  // export's headers, and nothing has been sent.
  const stream = await exportStream(repo, resource, params, format);
  // Then the preconditions, as for a list (a bad query is a 400 first; review C13b-1). An export has no tag (it
  // streams): If-Match other than `*` never holds, If-Unmodified-Since is compared with the data's last change (RFC 9110
  // §13.2.2; review C13-2). The stream, never sent, gives its snapshot back.
  const failed = readPreconditionFailed(reply.request.headers, undefined, repo.lastModified());
  if (failed) {
    stream.destroy();
    throw new HttpProblem(412, failed);
  }
  reply.type(EXPORT_TYPES[format]);
  // In lower case: @fastify/compress adds `accept-encoding` unless the header holds that exact text, and a field named
  // twice is noise (hostile 13, H13-12). Field names are case-insensitive.
  reply.header('vary', 'accept, accept-encoding, origin');
  // Cached like every other read (CACHE_MAX_AGE, CACHE_STALE_WHILE_REVALIDATE). No ETag or Last-Modified:
  // the body is streamed as it is read, so no tag of its exact bytes exists before they are sent.
  reply.header('cache-control', readCacheControl(config));
  // CSV and NDJSON bodies cannot carry the disclaimer: it travels as a Link (and is in the README).
  reply.header('link', disclaimerLink(base));
  if (format === 'csv') reply.header('content-disposition', `attachment; filename="${resource.path}.csv"`);
  return reply.send(compressed(reply, stream));
}

/**
 * An export compressed as the client ranks the codings (the cache's `negotiate`, one negotiator for every response),
 * whichever URL chose it: `.csv`, or the list with `Accept: text/csv` on a route whose bodies the cache compresses
 * (hostile 14 H14-6: those went out uncompressed). @fastify/compress leaves a body with a Content-Encoding alone. A
 * failure or a client leaving destroys every stream of the pipe, and the export's snapshot with it.
 */
function compressed(reply: FastifyReply, stream: Readable): Readable {
  const coding = negotiate(reply.request.headers['accept-encoding'], Number.POSITIVE_INFINITY);
  if (coding !== 'identity') reply.header('content-encoding', coding);
  // A HEAD gets the headers a GET would, and no export is read, compressed and thrown away (review C14-4).
  // Nothing as an empty stream: an empty string would be `Content-Length: 0`, which a HEAD must not say of a body a GET
  // sends (RFC 9110 §8.6, hostile 15 H15-2); a stream sends no length, as the GET's chunked body has none.
  if (reply.request.method === 'HEAD') {
    stream.destroy();
    return Readable.from([]);
  }
  if (coding === 'identity') return stream;
  const zip =
    coding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip();
  return pipeline(stream, zip, () => {});
}

/**
 * The 404 of a record read: a deleted one says so, and how to bring it back, as its revisions and a create of its id do
 * (hostile 15 H15-15: three answers described one deleted record three ways).
 */
function notFound(repo: Repository, resource: Resource, id: string): HttpProblem {
  return recordNotFound(resource, id, repo.isDeleted(resource, id));
}

/** The names of the parameters of a request's query string, as sent (each once). */
function queryNames(url: string): string[] {
  const i = url.indexOf('?');
  return i < 0 ? [] : [...new Set(new URLSearchParams(url.slice(i + 1)).keys())];
}

/** A JSON-LD document as HTML-safe JSON text (the response schema documents what it holds). */
function sendJsonLd(reply: FastifyReply, doc: Record<string, unknown>) {
  return reply.type(JSONLD_TYPE).send(htmlSafeJson(doc));
}

/** Whether Accept ranks JSON-LD above JSON (q-values, then order; `preferred`), as exports are negotiated. */
function prefersJsonLd(accept: string | undefined): boolean {
  return preferred(accept, JSONLD_OFFERS) === 'jsonld';
}

const JSONLD_OFFERS = { [JSONLD_TYPE]: 'jsonld', ...JSON_RANGES } as const;

/**
 * Base for JSON-LD @ids: PUBLIC_BASE_URL, else the origin the request came to when its host is a
 * syntactically valid host[:port] (see validOrigin), else none: the ids are then relative
 * (`/v1/programs/x`), never built from a hostile Host header or an empty one (HTTP/1.0).
 */
function baseOf(req: FastifyRequest, configured: string): string {
  return configured || validOrigin(req.protocol, req.host);
}
