/**
 * Spec-driven fuzzing: for every operation in openapi/openapi.json, valid and invalid requests are
 * generated from its parameter and body schemas (fast-check) and sent to the app. Every response must
 * be below 500, have a status the spec declares for the operation, and a body that validates against
 * the declared schema for its content type. FUZZ_RUNS sets the runs per operation (default 8).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { pathsPerCollection, startApp, type TestApp } from './helpers.js';

type Schema = Record<string, unknown>;
type Param = { name: string; in: 'query' | 'path' | 'header'; required?: boolean; schema: Schema };
type Op = {
  operationId: string;
  parameters?: Param[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
};
const spec = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, Schema> } & Record<string, Record<string, unknown>>;
};
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);

/** What a `$ref` points at: a component, or by JSON Pointer into one (`#/components/schemas/Program/properties/name`). */
const target = (ref: string): unknown =>
  ref
    .slice(2)
    .split('/')
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], spec);

const resolve = (s: Schema): Schema => {
  const ref = s.$ref as string | undefined;
  if (ref) return resolve(target(ref) as Schema);
  if (!Array.isArray(s.allOf)) return s;
  // A schema written as another plus more fields (ProgramCreateInput): one object of both.
  const { allOf, ...own } = s;
  const merged: Schema = { properties: {}, required: [] };
  for (const part of [...(allOf as Schema[]).map(resolve), own]) {
    const { properties, required, ...rest } = part;
    Object.assign(merged, rest);
    Object.assign(merged.properties as object, properties);
    (merged.required as string[]).push(...((required as string[] | undefined) ?? []));
  }
  return merged;
};

/** A parameter or response, with a `$ref` to the components resolved. */
const component = <T>(x: T): T => {
  const ref = (x as { $ref?: string } | undefined)?.$ref;
  if (!ref) return x;
  const [, , kind, name] = ref.split('/') as [string, string, string, string];
  return spec.components[kind]?.[name] as T;
};

/** Values for a schema: mostly valid, sometimes not. */
function arb(s0: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(s0);
  const junk = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.constant(''),
    fc.constant('💥'),
    fc.constant('-1e999'),
  );
  if (s.enum)
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...(s.enum as unknown[])) },
      { weight: 1, arbitrary: junk },
    );
  if (s.anyOf || s.oneOf) return fc.oneof(...((s.anyOf ?? s.oneOf) as Schema[]).map((x) => arb(x, depth)));
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
  switch (type) {
    case 'integer':
      return fc.oneof(
        {
          weight: 3,
          arbitrary: (() => {
            const min = Math.max((s.minimum as number) ?? -10, -1e9);
            return fc.integer({ min, max: Math.min((s.maximum as number) ?? min + 1000, min + 1000) });
          })(),
        },
        { weight: 1, arbitrary: fc.oneof(fc.integer(), junk) },
      );
    case 'number':
      return fc.oneof(
        { weight: 3, arbitrary: fc.double({ min: 0, max: 10000, noNaN: true }) },
        { weight: 1, arbitrary: junk },
      );
    case 'boolean':
      return fc.oneof(fc.boolean(), junk);
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(arb((s.items as Schema) ?? {}, depth + 1), { maxLength: 3 });
    case 'object': {
      if (depth > 3) return fc.constant({});
      const props = (s.properties ?? {}) as Record<string, Schema>;
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arb(v, depth + 1)])), {
        requiredKeys: [],
      });
    }
    case 'string':
      return fc.oneof(
        { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '2026-01-01T00:00:00Z',
            'roots-to-thrive-group',
            'CAD',
            'group',
            "'; drop table x",
          ),
        },
        { weight: 1, arbitrary: junk },
      );
    default:
      return fc.oneof(junk, fc.constant(null));
  }
}

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats.default(ajv);
// Each schema is compiled as part of the document, so that its `$ref`s resolve as in the spec.
const validators = new WeakMap<Schema, ReturnType<typeof ajv.compile>>();
const validatorFor = (schema: Schema) => {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile({ ...schema, $defs: undefined, components: { schemas: spec.components.schemas } });
    validators.set(schema, validate);
  }
  return validate;
};

let t: TestApp;
let key: string;
let webhooksKey: string;
beforeAll(async () => {
  t = await startApp();
  key = createKey(t.db, 'fuzzer', 'write').key;
  webhooksKey = createKey(t.db, 'fuzzer-webhooks', 'webhooks').key;
});
afterAll(() => t.close());

// Every collection's own URL, where the spec templates a path over them.
const ops = Object.entries(pathsPerCollection(spec)).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);
const firstId = (path: string) => {
  const collection = path
    .split('/')[2]
    ?.replace(/\.(csv|ndjson|\{extension\})$/, '')
    .replace(/-/g, '_') as keyof typeof seedData;
  return seedData[collection]?.[0]?.id ?? 'x';
};

describe.each(ops)('$method $path', ({ path, method, op }) => {
  it('answers every generated request with a declared status and a body matching its schema', async () => {
    const params = (op.parameters ?? []).map(component);
    const query = params.filter((p) => p.in === 'query');
    const bodySchema = op.requestBody?.content['application/json']?.schema;
    const request = fc.record({
      query: fc.record(Object.fromEntries(query.map((p) => [p.name, arb(p.schema)])), { requiredKeys: [] }),
      id: fc.oneof(
        { weight: 3, arbitrary: fc.constant(firstId(path)) },
        {
          weight: 1,
          // Path parameters are required (never empty); dot segments are resolved by URL normalisation, not ids.
          arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((x) => x !== '.' && x !== '..'),
        },
      ),
      body: bodySchema
        ? fc.oneof(
            {
              weight: 1,
              arbitrary: fc.constant(
                seedData[(path.split('/')[2] ?? '').replace(/-/g, '_') as keyof typeof seedData]?.[1],
              ),
            },
            { weight: 2, arbitrary: arb(bodySchema) },
          )
        : fc.constant(undefined),
      // An export's format (`/v1/programs.{extension}`): one the spec names.
      extension: fc.constantFrom('csv', 'ndjson'),
      authorized: fc.boolean(),
      ifMatch: fc.constantFrom(undefined, '*', '"v1-x"'),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const qs = new URLSearchParams();
        for (const [k, v] of Object.entries(r.query)) {
          if (v === undefined) continue;
          for (const x of Array.isArray(v) ? v : [v])
            qs.append(k, typeof x === 'object' ? JSON.stringify(x) : String(x));
        }
        const url = `${path.replace('{id}', encodeURIComponent(r.id)).replace('{extension}', encodeURIComponent(r.extension))}${qs.size ? `?${qs}` : ''}`;
        const headers: Record<string, string> = {};
        // Webhook routes need a key with the webhooks scope: fuzz past their key check.
        if (r.authorized) headers.authorization = `Bearer ${path.startsWith('/v1/webhooks') ? webhooksKey : key}`;
        if (r.ifMatch) headers['if-match'] = r.ifMatch;
        const res = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers,
          ...(r.body !== undefined ? { payload: r.body as object } : {}),
        });
        const where = `${method.toUpperCase()} ${url} -> ${res.statusCode}: ${res.body.slice(0, 300)}`;
        expect(res.statusCode, where).toBeLessThan(500);
        // An explicit status, else its range (`5XX`), else `default` where its description names the
        // status (`**429**: …`: the refusals and server errors every write, or every read, may answer).
        const declared = component(
          op.responses[String(res.statusCode)] ??
            op.responses[`${String(res.statusCode)[0]}XX`] ??
            [component(op.responses.default)].find((d) => d?.description?.includes(`**${res.statusCode}**:`)),
        );
        expect(declared, `undeclared status: ${where}`).toBeDefined();
        const type = String(res.headers['content-type'] ?? '').split(';')[0] as string;
        const media = declared?.content?.[type];
        if (res.statusCode === 204 || res.statusCode === 304 || method === 'head') return;
        expect(media, `undeclared content type ${type}: ${where}`).toBeDefined();
        if (type.includes('json') && !type.includes('ndjson')) {
          const validate = validatorFor(media?.schema as Schema);
          expect(validate(JSON.parse(res.body)), `${where}\n${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
