import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';

/**
 * Deprecation, declared where the thing is declared (docs/lifecycle.md is the policy):
 *
 * - a field or a query parameter: `.meta(deprecated({ since, sunset }))` on its Zod schema. The spec
 *   shows `deprecated: true` (on the property, or on the parameter) with `x-deprecated-since` and
 *   `x-sunset`;
 * - a route: `config: { deprecated: { since, sunset } }`. The spec marks the operation `deprecated`.
 *
 * Responses of a deprecated route, responses whose body schema holds a deprecated field, and
 * responses to a request that used a deprecated parameter or body field carry `Deprecation`
 * (RFC 9745: `@<seconds since the epoch>` of `since`), `Sunset` (RFC 8594: an HTTP date) and a
 * `Link` with `rel="deprecation"` to the policy. Sunset dates are checked at start-up against the
 * policy's minimum notice: a declaration that gives less fails, naming the route or field.
 */

/** The policy's minimum notice: a deprecated field or route lives at least this long after `since`. */
export const MIN_SUNSET_MONTHS = 6;

/** Where the policy is served (the `Link rel="deprecation"` of every deprecated response). */
export const LIFECYCLE_PATH = '/v1/lifecycle';

export interface DeprecationDates {
  /** When it was (or will be) deprecated: a date, `YYYY-MM-DD` (UTC). */
  since: string;
  /** When it may be removed: a date at least MIN_SUNSET_MONTHS after `since`. */
  sunset: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route is deprecated (see src/http/deprecation.ts). */
    deprecated?: DeprecationDates;
  }
}

export const DEPRECATED_SINCE = 'x-deprecated-since';
export const SUNSET = 'x-sunset';

/** Zod meta marking a field or parameter deprecated: `.meta(deprecated({ since, sunset }))`. */
export function deprecated(dates: DeprecationDates, description?: string): Record<string, unknown> {
  checkDates(dates, 'a field');
  return {
    deprecated: true,
    [DEPRECATED_SINCE]: dates.since,
    [SUNSET]: dates.sunset,
    ...(description ? { description } : {}),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDates(dates: DeprecationDates, what: string): void {
  for (const k of ['since', 'sunset'] as const) {
    if (!DATE.test(dates[k]) || Number.isNaN(Date.parse(`${dates[k]}T00:00:00Z`)))
      throw new Error(`${what}: deprecation ${k} must be a date YYYY-MM-DD, got ${JSON.stringify(dates[k])}`);
  }
  const earliest = new Date(`${dates.since}T00:00:00Z`);
  earliest.setUTCMonth(earliest.getUTCMonth() + MIN_SUNSET_MONTHS);
  if (Date.parse(`${dates.sunset}T00:00:00Z`) < earliest.getTime())
    throw new Error(
      `${what}: sunset ${dates.sunset} is less than ${MIN_SUNSET_MONTHS} months after ${dates.since} (docs/lifecycle.md)`,
    );
}

/** One deprecated thing a route has, as GET /v1/lifecycle lists it. */
export interface Deprecated extends DeprecationDates {
  method: string;
  path: string;
  /** What is deprecated: the route itself, a query parameter, a body field or a response field. */
  kind: 'route' | 'query' | 'body' | 'response';
  /** The parameter or field (a dotted path; `[]` for array items); absent for the route. */
  name?: string;
}

interface RouteDeprecation {
  /** The route's own dates: announced on every response, errors included. */
  route?: DeprecationDates;
  /** The earliest dates of the deprecated fields a success body may hold: announced on every 2xx. */
  response?: DeprecationDates;
  /** Announced when the request uses them: query parameters and top-level body fields. */
  query: Map<string, DeprecationDates>;
  body: Map<string, DeprecationDates>;
}

const kDeprecation = Symbol('katalog.deprecation');

/** Every deprecation of the app's routes (listed by GET /v1/lifecycle). */
export class Deprecations {
  readonly list: Deprecated[] = [];
}

/**
 * The plugin: an `onRoute` hook finds each route's deprecations (its config, its Zod schemas) and
 * marks the operation; an `onSend` hook adds the headers. Registered after the policies and before
 * the cache, so the cache stores (and its front path replays) the headers with the response.
 */
export const deprecationPlugin = fp(
  async (app: FastifyInstance, { deprecations, base }: { deprecations: Deprecations; base: string }) => {
    const policy = `<${base}${LIFECYCLE_PATH}>; rel="deprecation"; type="application/json"`;
    app.addHook('onRoute', (route) => {
      const found = routeDeprecation(route, deprecations.list);
      if (!found) return;
      route.config = { ...(route.config ?? {}), [kDeprecation]: found } as typeof route.config;
    });
    app.addHook('onSend', async (req, reply, payload) => {
      const d = (req.routeOptions.config as { [kDeprecation]?: RouteDeprecation })[kDeprecation];
      if (!d) return payload;
      const dates = applicable(d, req, reply);
      if (!dates.length) return payload;
      const since = dates.map((x) => x.since).sort()[0] as string;
      const sunset = dates.map((x) => x.sunset).sort()[0] as string;
      reply.header('deprecation', `@${Date.parse(`${since}T00:00:00Z`) / 1000}`);
      reply.header('sunset', new Date(`${sunset}T00:00:00Z`).toUTCString());
      const link = reply.getHeader('link');
      const links = [link].flat().filter((l): l is string => typeof l === 'string' && l.length > 0);
      reply.header('link', [...links, policy].join(', '));
      return payload;
    });
  },
  { name: 'katalog-deprecation', dependencies: ['katalog-policies'] },
);

function applicable(d: RouteDeprecation, req: FastifyRequest, reply: FastifyReply): DeprecationDates[] {
  const out: DeprecationDates[] = [];
  if (d.route) out.push(d.route);
  if (d.response && reply.statusCode >= 200 && reply.statusCode < 300) out.push(d.response);
  const query = req.query as Record<string, unknown> | undefined;
  if (query && typeof query === 'object')
    for (const [name, dates] of d.query) if (query[name] !== undefined) out.push(dates);
  const body = req.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && !Array.isArray(body))
    for (const [name, dates] of d.body) if (body[name] !== undefined) out.push(dates);
  return out;
}

function routeDeprecation(route: RouteOptions, list: Deprecated[]): RouteDeprecation | undefined {
  const method = [route.method].flat().join(',');
  const path = route.url;
  const d: RouteDeprecation = { query: new Map(), body: new Map() };
  let any = false;
  const own = route.config?.deprecated;
  if (own) {
    checkDates(own, `${method} ${path}`);
    d.route = own;
    list.push({ method, path, kind: 'route', ...own });
    // The operation is marked in the spec (@fastify/swagger reads `schema.deprecated`).
    route.schema = { ...(route.schema ?? {}), deprecated: true } as typeof route.schema;
    any = true;
  }
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  for (const [where, s] of [
    ['query', schema.querystring],
    ['body', schema.body],
  ] as const) {
    if (!(s instanceof z.ZodType)) continue;
    for (const f of deprecatedFields(s)) {
      const top = f.path.split(/[.[]/)[0] as string;
      d[where].set(top, f.dates);
      list.push({ method, path, kind: where, name: f.path, ...f.dates });
      any = true;
    }
  }
  const responses = (schema.response ?? {}) as Record<string, unknown>;
  for (const [status, r] of Object.entries(responses)) {
    if (!/^2/.test(status)) continue;
    for (const s of responseSchemas(r)) {
      for (const f of deprecatedFields(s)) {
        if (!d.response || f.dates.sunset < d.response.sunset) d.response = f.dates;
        if (!list.some((x) => x.method === method && x.path === path && x.kind === 'response' && x.name === f.path))
          list.push({ method, path, kind: 'response', name: f.path, ...f.dates });
        any = true;
      }
    }
  }
  return any ? d : undefined;
}

function responseSchemas(r: unknown): z.ZodType[] {
  if (r instanceof z.ZodType) return [r];
  const content = (r as { content?: Record<string, { schema?: unknown }> } | null)?.content;
  return Object.values(content ?? {})
    .map((m) => m.schema)
    .filter((s): s is z.ZodType => s instanceof z.ZodType);
}

/** Fields (at any depth) whose schema carries `deprecated({...})` meta, by dotted path. */
export function deprecatedFields(schema: z.ZodType): { path: string; dates: DeprecationDates }[] {
  const out: { path: string; dates: DeprecationDates }[] = [];
  const seen = new Set<z.core.$ZodType>();
  const walk = (s: z.core.$ZodType, path: string) => {
    const meta = z.globalRegistry.get(s);
    if (meta?.deprecated === true && path) {
      const since = meta[DEPRECATED_SINCE];
      const sunset = meta[SUNSET];
      if (typeof since !== 'string' || typeof sunset !== 'string')
        throw new Error(`${path}: deprecated without dates: use .meta(deprecated({ since, sunset }))`);
      out.push({ path, dates: { since, sunset } });
      return;
    }
    if (seen.has(s)) return;
    seen.add(s);
    if (s instanceof z.ZodObject) {
      for (const [k, v] of Object.entries(s.shape)) walk(v as z.core.$ZodType, path ? `${path}.${k}` : k);
    } else if (s instanceof z.ZodArray) walk(s.element, `${path}[]`);
    else if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodReadonly
    )
      walk(s.unwrap() as z.core.$ZodType, path);
    else if (s instanceof z.ZodUnion) for (const o of s.options) walk(o as z.core.$ZodType, path);
    else if (s instanceof z.ZodPipe) {
      walk(s.in as z.core.$ZodType, path);
      walk(s.out as z.core.$ZodType, path);
    }
  };
  walk(schema, '');
  return out;
}

/**
 * The spec: a query parameter whose schema is deprecated is marked on the parameter itself
 * (OpenAPI's Parameter Object `deprecated`), where generators and Swagger UI look.
 */
export function markDeprecatedParameters(spec: object): void {
  const { paths } = spec as { paths?: Record<string, Record<string, { parameters?: unknown[] }>> };
  for (const ops of Object.values(paths ?? {}))
    for (const op of Object.values(ops))
      for (const p of op.parameters ?? []) {
        const param = p as { schema?: { deprecated?: boolean }; deprecated?: boolean };
        if (param.schema?.deprecated === true) param.deprecated = true;
      }
}
