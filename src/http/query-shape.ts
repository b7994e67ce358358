import type { FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';
import { HttpProblem, namedFew } from './errors.js';

/**
 * What the query parser leaves to the validator and the validator would take too kindly. Zod's
 * number coercion is `Number(value)`: `0x10` reads as 16, `1e1` as 10, a blank (`%20`) as 0, and a
 * scalar given twice (`limit=1&limit=2`) as "must be a number". So, before validation, on every
 * route: a numeric parameter is a plain decimal (`20`, `-0.5`, `0012`), and a parameter that takes
 * one value is given once. An empty value is refused here too (it would read as 0 or "").
 */
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Shape = { names: Set<string>; numbers: Set<string>; lists: Set<string>; dateTimes: Set<string> };
const shapes = new WeakMap<object, Shape>();

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable)
    cur = cur.unwrap() as z.ZodType;
  return cur;
}

function shapeOf(schema: unknown): Shape | undefined {
  if (!(schema instanceof z.ZodObject)) return undefined;
  let s = shapes.get(schema);
  if (!s) {
    s = { names: new Set(Object.keys(schema.shape)), numbers: new Set(), lists: new Set(), dateTimes: new Set() };
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const inner = unwrap(field);
      if (inner instanceof z.ZodNumber) s.numbers.add(name);
      if (inner instanceof z.ZodArray) s.lists.add(name);
      if (inner instanceof z.ZodISODateTime) s.dateTimes.add(name);
    }
    shapes.set(schema, s);
  }
  return s;
}

/**
 * The names (or, when the name decodes, the parameters) whose percent-encoding is not UTF-8
 * (`%FF`, `%E0%A4%A`, a lone surrogate `%ED%A0%80`): the query parser keeps such text as it is,
 * so `q=%FF` would search for the three characters `%FF`. The path is checked the same way
 * before routing (framework-errors.ts).
 */
function undecodable(url: string): string[] {
  const at = url.indexOf('?');
  if (at < 0) return [];
  const bad: string[] = [];
  for (const pair of url.slice(at + 1).split('&')) {
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const name = decode(rawName);
    if (name === undefined) bad.push(rawName);
    else if (decode(rawValue) === undefined) bad.push(name);
  }
  return bad;
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

export async function checkQueryShape(req: FastifyRequest): Promise<void> {
  const q = req.query as Record<string, unknown> | undefined;
  if (!q) return;
  // Probes (/healthz, /readyz) answer whatever their query says.
  const bad = req.url.startsWith('/v1') && req.url.includes('%') ? undecodable(req.url) : [];
  if (bad.length)
    throw new HttpProblem(
      400,
      `The query is not valid: ${bad.join(', ')} has a percent-encoding that is not UTF-8.`,
      bad.map((name) => ({ name, in: 'query' as const, detail: 'a percent-encoding that is not UTF-8' })),
    );
  const shape = shapeOf(req.routeOptions.schema?.querystring);
  // A route that declares no query (the probes, /docs, /openapi.json) answers whatever it says, `?1700000000` too; a
  // name a route does not declare is its schema's to refuse, as unknown (hostile 15 H15-8: "empty value" invited a
  // value for it).
  if (!shape) return;
  const errors: { name: string; in: 'query'; detail: string }[] = [];
  for (const [name, value] of Object.entries(q)) {
    if (!shape.names.has(name)) continue;
    // RFC 3339 §5.6: the `T` and `Z` of a date-time may be written in lower case; read as upper case.
    if (typeof value === 'string' && shape.dateTimes.has(name)) q[name] = value.toUpperCase();
    if (value === '' || (Array.isArray(value) && value.some((x) => x === ''))) {
      errors.push({ name, in: 'query', detail: 'empty value: leave the parameter out instead' });
    } else if (Array.isArray(value) && !shape.lists.has(name)) {
      errors.push({ name, in: 'query', detail: 'given more than once: give it once' });
    } else if (typeof value === 'string' && shape.numbers.has(name) && !DECIMAL.test(value)) {
      errors.push({ name, in: 'query', detail: 'must be a number, written as a plain decimal such as 20 or 12.5' });
    } else if (typeof value === 'string' && shape.numbers.has(name) && !Number.isFinite(Number(value))) {
      // A decimal of 309 digits or more is past the largest number JavaScript holds (Infinity): a
      // number, but out of any range a parameter takes, not "must be a number".
      errors.push({ name, in: 'query', detail: 'out of range: too large for any value this parameter takes' });
    }
  }
  // The names the route does not take are named in the same answer (review C16-4, the query side of hostile 16 H16-3:
  // only the malformed value was named, and the unknown name came back once that was fixed), at most MAX_NAMED of them;
  // alone, on a route that takes a body, they are refused here, before the body is validated (hostile 19 H19-4: a write
  // whose body broke its schema was a 422 that did not say the query was wrong). Elsewhere the query schema names them
  // with every bad value it finds.
  const unknownNames = Object.keys(q).filter((name) => !shape.names.has(name));
  if (!errors.length && (!unknownNames.length || req.routeOptions.schema?.body === undefined)) return;
  const unknown = namedFew(unknownNames);
  for (const name of unknown.shown)
    errors.push({ name, in: 'query', detail: 'unknown parameter; see /docs for the parameters this endpoint accepts' });
  const empty = errors.filter((e) => e.detail.startsWith('empty'));
  const message = empty.length
    ? `Empty value for ${empty.map((e) => e.name).join(', ')}: leave the parameter out instead.${unknown.shown.length ? ` Unknown parameter${unknown.shown.length + unknown.more > 1 ? 's' : ''}: ${unknown.text}.` : ''}`
    : errors.map((e) => `${e.name}: ${e.detail}`).join('; ') +
      (unknown.more ? ` (and ${unknown.more} more unknown)` : '');
  throw new HttpProblem(400, message, errors);
}

/**
 * A route under /v1 that declares no query parameters takes none: `?bogus=1` is a 400 naming it, as on every route that
 * declares some (their schemas are strict objects). Writes too (hostile 19 H19-4): `DELETE …?dry_run=true` is refused
 * before anything is written, never a delete the client took for a rehearsal.
 */
export function strictQueryByDefault(route: RouteOptions): void {
  if (!route.url.startsWith('/v1')) return;
  if (route.schema?.querystring !== undefined) return;
  route.schema = { ...route.schema, querystring: z.strictObject({}) };
}
