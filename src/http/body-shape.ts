import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { fieldPath, HttpProblem, namedFew } from './errors.js';
import { isJsonObject } from './merge-patch.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The members a route's body may have, when its body schema does not say them (a record's merge patch is any
     * object): the schema whose objects list them, and the top-level members ignored (the ones the server sets).
     */
    bodyMembers?: { schema: z.ZodType; ignore?: ReadonlySet<string> };
  }
}

/** How deep a write body may nest: records nest three levels (a record, its citations, one citation). */
export const MAX_BODY_DEPTH = 16;

/** The nesting depth of a JSON value, counted without recursion, stopping past `limit`. */
export function depthOf(value: unknown, limit = MAX_BODY_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
};
const defOf = (s: z.ZodType): Def => s._zod.def as Def;

/** The schema under its wrappers (optional, nullable, default, a pipe's input, a lazy schema's own). */
function unwrapped(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 64; i++) {
    const def = defOf(s);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : def.type === 'lazy' ? def.getter?.() : undefined);
    if (!next) return s;
    s = next;
  }
  return s;
}

/**
 * The members of `body` that `schema` does not have, at any depth, named by their path (`citations[0].pgae`), in the
 * order the body gives them. Read from the schema, not from what validation kept: a body that breaks the schema
 * elsewhere still has its unknown members named (hostile 16 H16-3). The body is walked only where the schema has
 * objects and arrays, so never deeper than the schema, however deep the body nests.
 */
export function unknownMembers(schema: z.ZodType, body: unknown, ignore: ReadonlySet<string> = new Set()): string[] {
  const walk = (s: z.ZodType, value: unknown, path: (string | number)[], out: string[]): string[] => {
    const inner = unwrapped(s);
    const def = defOf(inner);
    if (def.type === 'object' && def.shape && isJsonObject(value)) {
      const rest = def.catchall && defOf(def.catchall).type !== 'never' ? def.catchall : undefined;
      for (const [key, v] of Object.entries(value)) {
        if (!path.length && ignore.has(key)) continue;
        const field = Object.hasOwn(def.shape, key) ? def.shape[key] : rest;
        if (field) walk(field, v, [...path, key], out);
        else out.push(fieldPath([...path, key === '' ? '""' : key]));
      }
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(def.element as z.ZodType, v, [...path, i], out);
      });
    } else if (def.type === 'record' && def.valueType && isJsonObject(value)) {
      for (const [key, v] of Object.entries(value)) walk(def.valueType, v, [...path, key], out);
    } else if (def.type === 'union' && def.options?.length) {
      // The option the body fits best: the fewest members it does not know.
      const each = def.options.map((o) => walk(o, value, path, []));
      out.push(...each.reduce((best, names) => (names.length < best.length ? names : best)));
    } else if (def.type === 'intersection' && def.left && def.right) {
      // Unknown to both sides.
      const right = new Set(walk(def.right, value, path, []));
      out.push(...walk(def.left, value, path, []).filter((n) => right.has(n)));
    }
    return out;
  };
  return walk(schema, body, [], []);
}

/**
 * A 400 naming the members a body has that its route does not take, if any: the first 20, each name cut to 200
 * characters, and how many more (hostile 16 H16-5: 20,000 unknown keys were a 2 MB answer).
 */
export function refuseUnknownMembers(names: string[]): void {
  if (!names.length) return;
  const { shown, more, text } = namedFew(names);
  const errors = shown.map((name) => ({
    name,
    in: 'body' as const,
    detail: 'unknown field; see /docs for the fields this body takes',
  }));
  if (more) errors.push({ name: '(body)', in: 'body', detail: `${more.toLocaleString('en-US')} more unknown fields` });
  throw new HttpProblem(
    400,
    `Unknown field${names.length > 1 ? 's' : ''} ${text}: nothing was written. See /docs for the fields this body takes.`,
    errors,
  );
}

/** The Zod schema of a route's body for this request (the one of its media type, when the route has several). */
function bodySchemaOf(req: FastifyRequest): z.ZodType | undefined {
  const body = req.routeOptions.schema?.body as unknown;
  if (!body || typeof body !== 'object') return undefined;
  if ('_zod' in body) return body as z.ZodType;
  const content = (body as { content?: Record<string, { schema?: unknown }> }).content;
  if (!content) return undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const schema = (content[type] ?? Object.values(content)[0])?.schema;
  return schema && typeof schema === 'object' && '_zod' in schema ? (schema as z.ZodType) : undefined;
}

/**
 * Every route with a body, before its schema validates it: a body nesting deeper than MAX_BODY_DEPTH is a 400 (nothing
 * walks it further), then a body with members the route does not take is a 400 naming them, whatever else is wrong
 * with it (one rule on every write route: records and webhooks alike; hostile 16 H16-3).
 */
export async function checkBodyShape(req: FastifyRequest): Promise<void> {
  if (req.body === undefined) {
    // No body at all (no Content-Type, or one with no bytes a parser ran on) on a route that takes one: the same 400 as
    // an empty JSON body, never a schema error on "(root)" or a handler reading an undefined body (hostile 19 H19-2,
    // H19-3).
    if (req.routeOptions.schema?.body !== undefined)
      throw new HttpProblem(400, 'The body is empty: send a JSON document.', [
        { name: '(body)', in: 'body', detail: 'empty' },
      ]);
    return;
  }
  const own = req.routeOptions.config?.bodyMembers;
  const schema = own?.schema ?? bodySchemaOf(req);
  if (!schema) return;
  if (depthOf(req.body) > MAX_BODY_DEPTH) {
    throw new HttpProblem(400, `The body nests deeper than ${MAX_BODY_DEPTH} levels.`, [
      { name: '(body)', in: 'body', detail: `nested deeper than ${MAX_BODY_DEPTH} levels` },
    ]);
  }
  refuseUnknownMembers(unknownMembers(schema, req.body, own?.ignore));
}
