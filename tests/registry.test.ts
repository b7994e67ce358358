/**
 * Every collection in the registry (src/resources/index.ts) gets everything from its one declaration:
 * it is seeded (seed/data/<path>.ts, found by convention), searchable (its declared search fields are
 * indexed by triggers the migrations hold), served (list, item, export), in the spec (its read schema a
 * component, its operations present), and has a schema.org JSON-LD document of its declared type. No
 * list of collections is written here: a new collection is checked by being registered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { resources } from '../src/resources/index.js';
import { SEARCH_FIELDS } from '../src/search/fields.js';
import { startApp, type TestApp } from './helpers.js';
import { expand, propertiesOf, S, SCHEMA_ORG_TERMS } from './jsonld-expand.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp({ PUBLIC_BASE_URL: 'https://api.katalog.example' });
});
afterAll(() => t.close());

const spec = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, unknown> };
};

const records = (collection: string) =>
  seedData[collection as keyof typeof seedData] as unknown as Record<string, unknown>[];

/** A word of a record's search title that the index holds (letters only, long enough to be specific). */
function wordOf(title: unknown): string {
  const words = String(title)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => /^\p{L}{4,}$/u.test(w));
  return (words.sort((a, b) => b.length - a.length)[0] ?? '').toLowerCase();
}

describe('the registry', () => {
  it('holds every declared collection: a <name>.resource.ts left out of src/resources/index.ts is caught here', async () => {
    const root = new URL('../src/resources/', import.meta.url);
    const declared = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(new URL(`${d.name}/`, root))
          .filter((f) => f.endsWith('.resource.ts'))
          .map((f) => `${d.name}/${f}`),
      );
    expect(declared.length).toBe(resources.length);
    for (const file of declared) {
      const module: Record<string, unknown> = await import(new URL(file, root).href);
      for (const exported of Object.values(module)) expect(resources, file).toContain(exported);
    }
  });
});

describe.each(resources.map((r) => [r.path, r] as const))('registered collection %s', (path, resource) => {
  it('is seeded', () => {
    expect(records(resource.tableName).length).toBeGreaterThan(0);
  });

  it('has the index that `updated_since` and `sort=updated_at` read, (updated_at, id)', () => {
    const indexes = t.db.$client.pragma(`index_list(${resource.tableName})`) as { name: string }[];
    const leading = indexes.map((i) =>
      (t.db.$client.pragma(`index_info(${i.name})`) as { name: string }[])
        .slice(0, 2)
        .map((c) => c.name)
        .join(','),
    );
    expect(leading).toContain('updated_at,id');
  });

  it('is searchable by its declared fields, through q= and /v1/search', async () => {
    expect(SEARCH_FIELDS[resource.tableName]).toBe(resource.search);
    const [record] = records(resource.tableName);
    const word = wordOf(record?.[resource.search.title]);
    expect(word, `${path}: a word of its title`).not.toBe('');
    const list = await t.http.get(`/v1/${path}?q=${encodeURIComponent(word)}&limit=100`).expect(200);
    expect(list.body.data.map((r: { id: string }) => r.id)).toContain(record?.id);
    const search = await t.http
      .get(`/v1/search?q=${encodeURIComponent(word)}&collection=${path}&limit=100`)
      .expect(200);
    expect(search.body.data.map((h: { id: string }) => h.id)).toContain(record?.id);
  });

  it('is served: list, item and export', async () => {
    const list = await t.http.get(`/v1/${path}`).expect(200);
    expect(list.body.meta.total).toBe(records(resource.tableName).length);
    const id = String(records(resource.tableName)[0]?.id);
    const item = await t.http.get(`/v1/${path}/${id}`).expect(200);
    expect(item.body.data.id).toBe(id);
    expect(item.body.data.citations.length).toBeGreaterThan(0);
    await t.http.get(`/v1/${path}.ndjson`).expect(200);
  });

  it('is in the spec: its read schema and its operations', () => {
    expect(spec.components.schemas[resource.singular], `component ${resource.singular}`).toBeDefined();
    expect(spec.paths[`/v1/${path}`]?.get?.operationId).toBe(`list${resource.plural}`);
    expect(spec.paths[`/v1/${path}`]?.post).toBeDefined();
    expect(spec.paths[`/v1/${path}/{id}`]?.get?.operationId).toBe(`get${resource.singular}`);
    expect(spec.paths[`/v1/${path}/{id}.jsonld`]?.get?.operationId).toBe(`get${resource.singular}JsonLd`);
  });

  it('has a schema.org JSON-LD document of its declared type, with the disclaimer', async () => {
    const id = String(records(resource.tableName)[0]?.id);
    const res = await t.http.get(`/v1/${path}/${id}`).set('accept', 'application/ld+json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const body =
      typeof res.body === 'object' && res.body !== null && Object.keys(res.body).length
        ? res.body
        : JSON.parse(res.text);
    expect(body['@id']).toBe(`https://api.katalog.example/v1/${path}/${id}`);
    const types = [body['@type']].flat();
    for (const type of types) expect(resource.jsonLd.types).toContain(type);
    const [node] = await expand(body);
    expect(node?.['@type']).toEqual(types.map((type: string) => `${S}${type}`));
    expect(JSON.stringify(node)).toContain('information, not medical advice');
    const unknown = propertiesOf([node]).filter((iri) => !SCHEMA_ORG_TERMS.has(iri.replace(S, '')));
    expect(unknown, 'terms that are not schema.org terms').toEqual([]);
  });
});

describe('the generic path keeps its types', () => {
  /** Every .ts file under src/. */
  const sources = (dir: URL): URL[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(new URL(`${e.name}/`, dir)) : e.name.endsWith('.ts') ? [new URL(e.name, dir)] : [],
    );

  it('has no cast that erases a type (`as never`, `as unknown as`) in src/', () => {
    const files = sources(new URL('../src/', import.meta.url));
    expect(files.length).toBeGreaterThan(50);
    const erasing = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\bas (never|unknown as)\b/.test(line) ? [`${file.pathname.replace(/.*\/src\//, 'src/')}:${i + 1}`] : [],
        ),
    );
    expect(erasing).toEqual([]);
  });
});
