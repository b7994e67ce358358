import fastJson from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema a response serializer is compiled from: Zod 4's own conversion of the response
 * schema (output side), rewritten so that fast-json-stringify never has to choose between branches
 * at run time (for an `anyOf` it tests each value against the branches with Ajv, which cost more
 * than the writing itself):
 *
 * - documentation keywords and `x-` annotations dropped, `allOf` of one schema replaced by it;
 * - references to plain definitions (`Id`, `Timestamp`: one type, no object) written in place;
 * - `X | null` written as X with `nullable: true` (fast-json-stringify's own keyword: `null` for
 *   null, X's code otherwise), X inlined when it is a reference;
 * - a union of object schemas that agree on every property they share (a record and its sparse
 *   variant) written as one object schema (see `mergeObjectUnions`).
 *
 * Each rewrite writes every value exactly as the branch it is valid against would:
 * tests/serializer.property.test.ts compares the output with Zod's for every collection, and that
 * no `anyOf`, `oneOf` or `if` is left for the list and item responses.
 */
export function serializationSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'output',
    unrepresentable: 'any',
    cycles: 'ref',
  }) as JsonSchema;
  delete json.$schema;
  let out = strip(json) as JsonSchema;
  // Each pass may expose more to rewrite (a definition rewritten is inlined by the next): a few
  // passes reach the fixed point for these schemas.
  for (let pass = 0; pass < 4; pass++) {
    const defs = (out.definitions ?? {}) as Record<string, JsonSchema>;
    const next = rewrite(out, defs) as JsonSchema;
    if (JSON.stringify(next) === JSON.stringify(out)) break;
    out = next;
  }
  return out;
}

const DOC_KEYWORDS = new Set(['description', 'examples', 'example', 'title', '$comment', 'deprecated']);

/** Documentation and `x-` annotations dropped; `allOf: [one]` with no sibling keywords replaced by `one`. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (DOC_KEYWORDS.has(k) || k.startsWith('x-')) continue;
    // Property and definition names are data, not keywords: keep them all, strip their schemas.
    if (k === 'properties' || k === 'definitions' || k === '$defs') {
      out[k] = Object.fromEntries(Object.entries(v as JsonSchema).map(([name, s]) => [name, strip(s)]));
    } else out[k] = strip(v);
  }
  const allOf = out.allOf as JsonSchema[] | undefined;
  if (allOf?.length === 1 && Object.keys(out).length === 1) return allOf[0];
  return out;
}

const COMBINATORS = ['anyOf', 'oneOf', 'allOf', 'if', 'not', '$ref'];
const plainType = (s: JsonSchema | undefined): s is JsonSchema =>
  !!s && typeof s.type === 'string' && !COMBINATORS.some((k) => k in s);
/** A definition with one type other than object or array: cheap and safe to write in place. */
const scalar = (s: JsonSchema | undefined): s is JsonSchema =>
  plainType(s) && s.type !== 'object' && s.type !== 'array' && !('nullable' in s);

function rewrite(node: unknown, defs: Record<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, defs));
  if (!node || typeof node !== 'object') return node;
  let out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' || k === 'definitions' || k === '$defs') {
      out[k] = Object.fromEntries(Object.entries(v as JsonSchema).map(([name, s]) => [name, rewrite(s, defs)]));
    } else out[k] = rewrite(v, defs);
  }
  // A reference to a scalar definition, alone: the definition itself.
  if (typeof out.$ref === 'string' && Object.keys(out).length === 1) {
    const target = deref(out, defs);
    if (scalar(target)) return { ...target };
  }
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (anyOf && Object.keys(out).length === 1) {
    // X | null: X, nullable.
    const nullIndex = anyOf.findIndex((s) => s.type === 'null' && Object.keys(s).length === 1);
    if (anyOf.length === 2 && nullIndex >= 0) {
      const other = deref(anyOf[1 - nullIndex] as JsonSchema, defs);
      if (plainType(other)) {
        const nullable: JsonSchema = { ...other, nullable: true };
        // An enum or const must admit null too (for the documentation of the rewritten schema; the
        // serializer does not check them).
        if (Array.isArray(other.enum)) nullable.enum = [...other.enum, null];
        if ('const' in other) {
          delete nullable.const;
          nullable.enum = [other.const, null];
        }
        return nullable;
      }
    }
    out = mergeObjectUnions(out, defs);
  }
  return out;
}

const OBJECT_KEYS = new Set(['type', 'properties', 'required', 'additionalProperties']);

/**
 * `anyOf` of object schemas that agree on every property they share (e.g. a record and its sparse
 * variant: the same properties, fewer required) as one object schema: the union of the properties,
 * required only where every branch requires it. It writes any value valid against one branch
 * exactly as that branch would, without testing each value against the branches at run time.
 */
function mergeObjectUnions(out: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema {
  const anyOf = out.anyOf as JsonSchema[];
  const branches = anyOf.map((b) => deref(b, defs));
  const mergeable = branches.every(
    (b) =>
      b?.type === 'object' &&
      b.additionalProperties === false &&
      typeof b.properties === 'object' &&
      Object.keys(b).every((k) => OBJECT_KEYS.has(k)),
  );
  if (!mergeable) return out;
  const properties: Record<string, unknown> = {};
  for (const b of branches as JsonSchema[]) {
    for (const [name, schema] of Object.entries(b.properties as JsonSchema)) {
      if (name in properties && JSON.stringify(properties[name]) !== JSON.stringify(schema)) return out;
      properties[name] = schema;
    }
  }
  const required = ((branches[0] as JsonSchema).required as string[] | undefined)?.filter((name) =>
    branches.every((b) => ((b as JsonSchema).required as string[] | undefined)?.includes(name)),
  );
  return { type: 'object', properties, ...(required?.length ? { required } : {}), additionalProperties: false };
}

function deref(schema: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema | undefined {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const m = /^#\/definitions\/(.+)$/.exec(ref);
  return m ? defs[m[1] as string] : undefined;
}

/** Where a compiled schema still makes fast-json-stringify choose at run time (for the tests). */
export function runtimeChoices(node: unknown, path = '#', out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) runtimeChoices(n, `${path}/${i}`, out);
  } else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === 'anyOf' || k === 'oneOf' || k === 'if') out.push(`${path}/${k}`);
      runtimeChoices(v, `${path}/${k}`, out);
    }
  return out;
}

/** Compiled once per schema: the problem schema, for one, is shared by every route. */
const compiled = new WeakMap<z.ZodType, (data: unknown) => string>();

/**
 * Fastify serializer compiler for Zod response schemas: each schema is converted to JSON Schema
 * once and compiled with fast-json-stringify (what Fastify uses for JSON Schema responses), so
 * outgoing data is written by generated code instead of going through a Zod parse and then
 * JSON.stringify. tests/serializer.property.test.ts shows that for every collection the output,
 * parsed, equals what the Zod schema emits. Under test (NODE_ENV=test) every response is also
 * checked against its Zod schema, so a handler that drifts from its schema fails the suite.
 */
export function compiledSerializerCompiler({
  schema,
  method,
  url,
}: {
  schema: unknown;
  method: string;
  url: string;
}): (data: unknown) => string {
  const zod = resolve(schema);
  if (!zod) {
    if (!isSchemaObject(schema)) throw new TypeError(`${method} ${url}: a response schema must be an object`);
    return fastJson(schema);
  }
  let stringify = compiled.get(zod);
  if (!stringify) {
    const json = serializationSchema(zod);
    if (!isSchemaObject(json)) throw new TypeError(`${method} ${url}: Zod gave no JSON Schema object`);
    stringify = fastJson(json);
    compiled.set(zod, stringify);
  }
  if (process.env.NODE_ENV !== 'test') return stringify;
  const write = stringify;
  return (data) => {
    const result = z.safeEncode(zod, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return write(data);
  };
}

/** A JSON Schema object (Zod's conversion, or a route's own JSON Schema) for fast-json-stringify. */
function isSchemaObject(schema: unknown): schema is fastJson.AnySchema {
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema);
}

/** The Zod schema of a response, given directly or as `{ properties }` (as fastify-type-provider-zod). */
function resolve(schema: unknown): z.ZodType | undefined {
  if (schema instanceof z.ZodType) return schema;
  const props = (schema as { properties?: unknown } | null)?.properties;
  return props instanceof z.ZodType ? props : undefined;
}
