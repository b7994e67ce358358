import fastJson from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema a response serializer is compiled from: Zod 4's own conversion of the response
 * schema (output side), without the documentation keywords, and with `X | null` written as a type
 * list where X is a plain type, so the serializer does not test every nullable value against two
 * schemas at run time.
 */
export function serializationSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'output',
    unrepresentable: 'any',
    cycles: 'ref',
  }) as JsonSchema;
  delete json.$schema;
  const simple = simplify(json) as JsonSchema;
  const defs = (simple.definitions ?? {}) as Record<string, JsonSchema>;
  return mergeObjectUnions(simple, defs) as JsonSchema;
}

const DOC_KEYWORDS = new Set(['description', 'examples', 'example', 'title', '$comment', 'deprecated']);

function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (DOC_KEYWORDS.has(k)) continue;
    // Property and definition names are data, not keywords: keep them all, simplify their schemas.
    if (k === 'properties' || k === 'definitions' || k === '$defs') {
      out[k] = Object.fromEntries(Object.entries(v as JsonSchema).map(([name, s]) => [name, simplify(s)]));
    } else out[k] = simplify(v);
  }
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (anyOf?.length === 2 && Object.keys(out).length === 1) {
    const nullIndex = anyOf.findIndex((s) => s.type === 'null' && Object.keys(s).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && other && typeof other.type === 'string' && !other.anyOf && !other.oneOf && !other.allOf) {
      const nullable: JsonSchema = { ...other, type: [other.type, 'null'] };
      // An enum or const must admit null too.
      if (Array.isArray(other.enum)) nullable.enum = [...other.enum, null];
      if ('const' in other) {
        delete nullable.const;
        nullable.enum = [other.const, null];
      }
      return nullable;
    }
  }
  return out;
}

const OBJECT_KEYS = new Set(['type', 'properties', 'required', 'additionalProperties']);

/**
 * `anyOf` of object schemas that agree on every property they share (e.g. a record and its sparse
 * variant: the same properties, fewer required) as one object schema: the union of the properties,
 * required only where every branch requires it. It writes any value valid against one branch
 * exactly as that branch would, without testing each value against the branches at run time
 * (which fast-json-stringify does for `anyOf`, and which cost more than the writing itself).
 */
function mergeObjectUnions(node: unknown, defs: Record<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((n) => mergeObjectUnions(n, defs));
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) out[k] = mergeObjectUnions(v, defs);
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (!anyOf || Object.keys(out).length !== 1) return out;
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
  if (!zod) return fastJson(schema as never) as (data: unknown) => string;
  let stringify = compiled.get(zod);
  if (!stringify) {
    stringify = fastJson(serializationSchema(zod) as never) as (data: unknown) => string;
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

/** The Zod schema of a response, given directly or as `{ properties }` (as fastify-type-provider-zod). */
function resolve(schema: unknown): z.ZodType | undefined {
  if (schema instanceof z.ZodType) return schema;
  const props = (schema as { properties?: unknown } | null)?.properties;
  return props instanceof z.ZodType ? props : undefined;
}
