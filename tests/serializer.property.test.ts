/**
 * The compiled response serializer (Zod schema -> JSON Schema -> fast-json-stringify, see
 * src/http/serializer.ts) writes exactly what the Zod schema accepts and emits: for every
 * collection, pages of real seeded records (whole, sparse, with includes) and of records derived
 * from them with random values, the serializer's output, parsed, equals the Zod encoding of the same
 * page (and of the item response, record by record); data the Zod schema rejects is not used. The
 * compiled schemas leave the serializer no choice to make at run time (no `anyOf`, `oneOf`, `if`:
 * fast-json-stringify would test every value against the branches with Ajv).
 */

import fc from 'fast-check';
import fastJson from 'fast-json-stringify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { watchDataVersion } from '../src/db/version.js';
import { DISCLAIMER } from '../src/disclaimer.js';
import { runtimeChoices, serializationSchema } from '../src/http/serializer.js';
import type { Item } from '../src/query/spec.js';
import { Repository } from '../src/repository/repository.js';
import { resources } from '../src/resources/index.js';
import { resourceSchemas } from '../src/resources/schemas.js';
import { freshDb } from './helpers.js';

const db = freshDb();
const version = watchDataVersion(db);
const repo = new Repository(db, 'a-test-cursor-secret-of-32-chars!', version);
afterAll(() => {
  version.stop();
  db.$client.close();
});

/** A value like `v` but random: same JSON type, awkward content (escapes, unicode, extremes). */
function like(v: unknown): fc.Arbitrary<unknown> {
  if (v === null) return fc.constant(null);
  if (typeof v === 'string') return fc.oneof(fc.constant(v), fc.string({ unit: 'binary', maxLength: 40 }));
  if (typeof v === 'number')
    return Number.isInteger(v)
      ? fc.oneof(fc.constant(v), fc.integer({ min: -1e6, max: 1e6 }))
      : fc.oneof(fc.constant(v), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }));
  if (typeof v === 'boolean') return fc.boolean();
  if (Array.isArray(v)) return v.length ? fc.array(like(v[0]), { maxLength: 4 }) : fc.constant([]);
  if (typeof v === 'object') {
    return fc.record(Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, like(x)])));
  }
  return fc.constant(v);
}

/** A record of the collection derived from a real one: each field kept, nulled, or randomized. */
function recordLike(item: Item): fc.Arbitrary<Item> {
  return fc.record(
    Object.fromEntries(
      Object.entries(item).map(([k, v]) => [
        k,
        k === 'id' ? fc.constant(v) : fc.oneof({ weight: 3, arbitrary: fc.constant(v) }, like(v), fc.constant(null)),
      ]),
    ),
  ) as fc.Arbitrary<Item>;
}

function page(items: Item[], resource: (typeof resources)[number]) {
  return {
    data: items,
    meta: {
      total: items.length,
      total_exact: true,
      limit: 20,
      next_cursor: null,
      sort: [...resource.query.defaultSort, 'id'],
    },
    links: { self: `/v1/${resource.path}`, next: null },
    disclaimer: DISCLAIMER,
  };
}

describe.each(resources.map((r) => [r.tableName, r] as const))('compiled serializer of %s', (_name, resource) => {
  const schemas = resourceSchemas(resource);
  let serialize: (data: unknown) => string;
  let serializeOne: (data: unknown) => string;
  let real: Item[];
  /** The real records with every include embedded (so random variants reach the included records too). */
  let included: Item[];
  beforeAll(() => {
    serialize = fastJson(serializationSchema(schemas.list) as never) as (data: unknown) => string;
    serializeOne = fastJson(serializationSchema(schemas.one) as never) as (data: unknown) => string;
    real = [...repo.pages(resource, {}, 100)].flat();
    const includes = Object.keys(resource.query.includes);
    included = includes.length ? repo.list(resource, { limit: 100, include: includes }).items : real;
  });

  /** Both ways, for data the Zod schema accepts; null when it rejects it. */
  function both(data: unknown, schema: z.ZodType = schemas.list, write = serialize): [unknown, unknown] | null {
    const zod = z.safeEncode(schema, data as never);
    if (!zod.success) return null;
    return [JSON.parse(write(data)), JSON.parse(JSON.stringify(zod.data))];
  }

  it('leaves no choice between schemas to run time, for the list and the item', () => {
    expect(runtimeChoices(serializationSchema(schemas.list))).toEqual([]);
    expect(runtimeChoices(serializationSchema(schemas.one))).toEqual([]);
  });

  it('writes every real record as an item response, whole and with includes, as the Zod schema does', () => {
    for (const item of [...real, ...included]) {
      const out = both({ data: item, disclaimer: DISCLAIMER }, schemas.one, serializeOne);
      expect(out, 'the Zod schema accepts the real record').not.toBeNull();
      expect(out?.[0]).toEqual(out?.[1]);
    }
  });

  it('writes every real record, whole, sparse and with includes, as the Zod schema does', () => {
    expect(real.length).toBeGreaterThan(0);
    const includes = Object.keys(resource.query.includes);
    const fields = Object.keys(resource.entity.shape).filter((f) => f !== 'id');
    const variants: Item[][] = [
      real,
      [...repo.pages(resource, {}, 100)]
        .flat()
        .map((i) => ({ id: i.id, [fields[0] as string]: i[fields[0] as string] })),
    ];
    if (includes.length) {
      const { items } = repo.list(resource, { limit: 100, include: includes });
      variants.push(items);
    }
    for (const items of variants) {
      const out = both(page(items, resource));
      expect(out, 'the Zod schema accepts the real records').not.toBeNull();
      expect(out?.[0]).toEqual(out?.[1]);
    }
  });

  it('writes records derived from real ones with random values as the Zod schema does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.boolean()).chain(([i, withIncludes]) => {
          const basis = withIncludes ? included : real;
          return recordLike(basis[i % basis.length] as Item);
        }),
        fc.option(fc.subarray(Object.keys(resource.entity.shape)), { nil: undefined }),
        (record, keep) => {
          const item = keep
            ? (Object.fromEntries(Object.entries(record).filter(([k]) => k === 'id' || keep.includes(k))) as Item)
            : record;
          const out = both(page([item], resource));
          if (!out) return;
          accepted++;
          expect(out[0]).toEqual(out[1]);
          const one = both({ data: item, disclaimer: DISCLAIMER }, schemas.one, serializeOne);
          if (one) expect(one[0]).toEqual(one[1]);
        },
      ),
      { numRuns: 200 },
    );
    expect(accepted, 'enough generated records are valid to mean something').toBeGreaterThan(20);
  });
});
