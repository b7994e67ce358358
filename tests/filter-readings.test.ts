/**
 * A filter that matches Katalog's readings says so (audit 9 M7: `/v1/programs?format=group` returned the KAIR retreat,
 * whose format is in `inferred_fields`; `?country=CA` the ATMA CENA programs, whose place is Katalog's reading;
 * `/v1/conditions?scope_level=format` statements whose scope is `inferred`; the spec said none of it). Per class, over
 * every filter of every collection (from the registry): a filter over a field that can be Katalog's reading (in
 * `inferred_fields`, `<field>_inferred`, a declared marker, a record-level `inferred`, a statement's `scope.inferred`)
 * carries the one derived sentence naming where a record says so, in the served spec; one over no such field does
 * not; and every seeded record whose value is a reading is matched by the filter on that value, whose description
 * says readings match.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { seedData } from '../seed/data/index.js';
import type { FilterDef } from '../src/query/spec.js';
import { resources } from '../src/resources/index.js';
import { markerRegistry, readingMarkers } from '../src/resources/markers.js';
import { startApp, type TestApp } from './helpers.js';

type Rec = Record<string, unknown> & { id: string };
const SENTENCE = "Katalog's readings match (";

let t: TestApp;
let spec: {
  paths: Record<string, { get: { parameters: ({ $ref: string } | Param)[] } }>;
  components: { parameters: Record<string, Param> };
};
type Param = { name: string; description?: string };
beforeAll(async () => {
  t = await startApp();
  spec = (await t.http.get('/openapi.json').expect(200)).body;
});
afterAll(() => t.close());

/** The served description of each query parameter of a collection's list. */
const paramsOf = (path: string) =>
  new Map(
    spec.paths[`/v1/${path}`]!.get.parameters.map((p) => {
      const param = '$ref' in p ? spec.components.parameters[p.$ref.split('/').pop() as string]! : p;
      return [param.name, param.description ?? ''] as const;
    }),
  );

/** The field a filter matches on: its column's (or, for a scaled column, the filter's name), or what it declares. */
const fieldOf = (shape: Record<string, unknown>, name: string, f: FilterDef) =>
  f.kind === 'custom'
    ? f.reads.field
    : f.kind === 'in' && f.reads
      ? f.reads.field
      : f.column.name in shape
        ? f.column.name
        : name;

/** The query parameter that carries a filter's own description. */
const paramOf = (name: string, f: FilterDef) => (f.kind === 'range' ? `${name}_gte` : name);

/** Whether this record holds `field` as Katalog's reading, read from the record's own markers. */
function marked(shape: Record<string, z.ZodType>, rec: Rec, field: string): boolean {
  if (Array.isArray(rec.inferred_fields) && rec.inferred_fields.includes(field)) return true;
  if (rec[`${field}_inferred`] === true || rec.inferred === true) return true;
  return Object.entries(shape).some(([name, schema]) => {
    if (!markerRegistry.get(schema)?.marks.includes(field)) return false;
    const v = rec[name];
    return v === true || (Array.isArray(v) && v.includes(field));
  });
}

describe('filters over a field that can be Katalog’s reading say that readings match', () => {
  it('readingMarkers finds every kind of marker the declarations use', () => {
    const shape = (path: string) =>
      resources.find((r) => r.path === path)!.entity.shape as unknown as Record<string, z.ZodType>;
    expect(readingMarkers(shape('programs'), 'format')).toEqual(['inferred_fields']);
    expect(readingMarkers(shape('programs'), 'dosing_setting')).toEqual(['inferred_fields', 'dosing_setting_inferred']);
    expect(readingMarkers(shape('programs'), 'region')).toEqual([
      'inferred_fields',
      'place_inferred',
      'inferred_place_parts',
    ]);
    expect(readingMarkers(shape('organizations'), 'country')).toEqual(['inferred_place_parts']);
    expect(readingMarkers(shape('prices'), 'amount_min')).toEqual(['inferred_fields', 'currency_implied']);
    expect(readingMarkers(shape('contraindications'), 'scope')).toEqual(['inferred', 'scope.inferred']);
    expect(readingMarkers(shape('conditions'), 'role_statements')).toEqual(['role_statements[].scope.inferred']);
    // A marker is never itself a reading; a field no marker can mark has none.
    expect(readingMarkers(shape('programs'), 'place_inferred')).toEqual([]);
    expect(readingMarkers(shape('prices'), 'currency_implied')).toEqual([]);
    expect(readingMarkers(shape('sources'), 'kind')).toEqual([]);
  });

  const filters = resources.flatMap((r) =>
    Object.entries(r.query.filters).map(([name, f]) => [r.path, name, r, f] as const),
  );

  it.each(filters)('%s?%s: the served description says so exactly when readings can match', (path, name, r, f) => {
    const own = r.entity.shape as unknown as Record<string, z.ZodType>;
    const reads = f.kind === 'custom' || f.kind === 'in' ? f.reads : undefined;
    const shape = (reads?.schema?.shape ?? own) as Record<string, z.ZodType>;
    const field = fieldOf(shape, name, f);
    expect(field in shape, `${path}?${name} reads ${field}`).toBe(true);
    const markers = readingMarkers(shape, field).filter((m) => !reads?.except?.includes(m));
    const served = paramsOf(path);
    const description = served.get(paramOf(name, f));
    expect(description, `${path}?${name}`).toBeDefined();
    if (!markers.length) {
      expect(description).not.toContain(SENTENCE);
      return;
    }
    expect(description).toContain(SENTENCE);
    // It names where a record says so: the markers, or `inferred_fields` where the rules keep them listed there.
    const named = [...(description as string).matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const listedThere = (m: string) =>
      named.includes('inferred_fields') &&
      r.rules.some((rule) => rule.listed?.flag === m && rule.listed.fields.includes(field));
    for (const m of markers) expect(named.includes(m) || listedThere(m), `${path}?${name}: ${m}`).toBe(true);
    if (f.kind === 'range') expect(served.get(`${name}_lte`)).toContain(`\`${name}_gte\``);
  });

  it('every seeded record holding a reading is matched by the filter on that value, which says readings match', async () => {
    let checked = 0;
    for (const r of resources) {
      const shape = r.entity.shape as unknown as Record<string, z.ZodType>;
      const records = (seedData as unknown as Record<string, Rec[]>)[r.tableName] ?? [];
      const served = paramsOf(r.path);
      for (const [name, f] of Object.entries(r.query.filters)) {
        // A filter declaring what it reads (a scope) is checked by the scope test below.
        if (f.kind === 'custom' || (f.kind === 'in' && f.reads)) continue;
        const field = fieldOf(shape, name, f);
        // A marker (`inferred`, `currency_implied`) is what says a value is a reading, not a reading itself.
        if (/(^|_)inferred(_|$)/.test(field) || markerRegistry.get(shape[field] as z.ZodType)) continue;
        for (const rec of records.filter((x) => marked(shape, x, field))) {
          const value = rec[field];
          if (value === null || value === undefined || (Array.isArray(value) && !value.length)) continue;
          // A range compared within one value of another field (amounts within one currency) gives the record's.
          const within = (r.query.within?.[name] ?? [])
            .map((other) => `&${other}=${encodeURIComponent(String(rec[other]))}`)
            .join('');
          const query =
            f.kind === 'range'
              ? `${name}_gte=${value}&${name}_lte=${value}${within}`
              : `${name}=${encodeURIComponent(String(Array.isArray(value) ? value[0] : value))}`;
          const ids = (await t.http.get(`/v1/${r.path}?${query}&limit=100`).expect(200)).body.data.map(
            (x: Rec) => x.id,
          );
          expect(ids, `${r.path}?${query}`).toContain(rec.id);
          expect(served.get(paramOf(name, f)), `${r.path}?${name}`).toContain(SENTENCE);
          checked++;
        }
      }
    }
    // The audit's instances are among them (format, condition, region, country, medicine_sessions of programs).
    expect(checked).toBeGreaterThan(20);
  });

  it('statements whose scope is Katalog’s reading match the scope filters, which say so', async () => {
    const conditions = seedData.conditions as unknown as (Rec & {
      role_statements: { role: string; scope: { level: string; stated_by: string[]; inferred: boolean } }[];
    })[];
    let checked = 0;
    for (const c of conditions)
      for (const s of c.role_statements.filter((x) => x.scope.inferred)) {
        const query = `role=${s.role}&scope_level=${s.scope.level}&stated_by=${s.scope.stated_by[0]}`;
        const ids = (await t.http.get(`/v1/conditions?${query}&limit=100`).expect(200)).body.data.map((x: Rec) => x.id);
        expect(ids, query).toContain(c.id);
        checked++;
      }
    expect(checked).toBeGreaterThan(0);
    for (const name of ['role', 'scope_level', 'stated_by'])
      expect(paramsOf('conditions').get(name)).toContain('`role_statements[].scope.inferred`');
    const contraindications = seedData.contraindications as unknown as (Rec & {
      applies_to: string;
      scope: { level: string; inferred: boolean };
    })[];
    for (const c of contraindications.filter((x) => x.scope.inferred))
      for (const query of [`scope_level=${c.scope.level}`]) {
        const ids = (await t.http.get(`/v1/contraindications?${query}&limit=100`).expect(200)).body.data.map(
          (x: Rec) => x.id,
        );
        expect(ids, query).toContain(c.id);
      }
    expect(paramsOf('contraindications').get('scope_level')).toContain('`scope.inferred`');
  });

  it('a filter that leaves readings out says how instead: price_currency matches only a currency the source writes', async () => {
    const described = paramsOf('programs').get('price_currency') as string;
    expect(described).not.toContain(SENTENCE);
    expect(described).toContain('`currency_implied`');
    // Programs whose only prices of that currency are implied ("$" read as USD) do not match.
    const implied = (seedData.prices as unknown as (Rec & { currency: string; currency_implied: boolean })[]).filter(
      (p) => p.currency_implied && p.program_id,
    );
    const ids = (await t.http.get('/v1/programs?price_currency=USD&limit=100').expect(200)).body.data.map(
      (x: Rec) => x.id,
    );
    for (const p of implied) {
      const stated = (seedData.prices as unknown as (Rec & { currency: string; currency_implied: boolean })[]).some(
        (x) => x.program_id === p.program_id && x.currency === 'USD' && !x.currency_implied,
      );
      if (p.currency === 'USD' && !stated) expect(ids).not.toContain(p.program_id);
    }
  });
});
