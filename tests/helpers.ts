import type { AddressInfo } from 'node:net';
import { getTableName } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { loadSeed } from '../seed/load.js';
import { buildApp } from '../src/app.js';
import { type Config, testConfig } from '../src/config.js';
import { type Db, migrateDb, openDb } from '../src/db/client.js';
import type { FilterDef, Item } from '../src/query/spec.js';
import type { Resource } from '../src/resources/define.js';
import { resources } from '../src/resources/index.js';
import type { WorkerOptions } from '../src/webhooks/worker.js';

/** A fresh database built from the real migrations and the real seed. */
export function freshDb(path = ':memory:'): Db {
  const db = openDb(path);
  migrateDb(db);
  loadSeed(db);
  return db;
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  /** Where it listens: http://127.0.0.1:<port>. */
  url: string;
  http: ReturnType<typeof supertest>;
  close: () => Promise<void>;
}

/** The real app on a fresh seeded database, reachable over HTTP with supertest. */
export async function startApp(
  overrides: Partial<Record<keyof Config, string>> = {},
  db = freshDb(),
  logStream?: { write(line: string): void },
  webhooks?: WorkerOptions,
): Promise<TestApp> {
  const app = await buildApp({ config: testConfig(overrides), db, logStream, webhooks });
  // Listening on one port, so every request carries the same Host and repeated reads are answered
  // by the front path (src/http/front.ts) like in production: the whole suite runs against it.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    db,
    url: `http://127.0.0.1:${port}`,
    http: supertest(`http://127.0.0.1:${port}`),
    close: async () => {
      await app.close();
      db.$client.close();
    },
  };
}

/** The URL segment of every registered collection: derived from the registry, never listed by hand. */
export const COLLECTIONS: readonly string[] = resources.map((r) => r.path);

/** The Canadian article's sentence every test FAQ cites (verbatim, as every record must cite its source). */
export const EXCERPT = 'The 24-hour no-driving rule applies regardless of group or individual format.';

/** A FAQ a test writes through the API or the store: cited, answered by the Canadian article. */
export function citedFaq(id: string, fields: { question?: string; answer?: string; position?: number } = {}) {
  return {
    id,
    question: fields.question ?? 'Can I drive home after a group session?',
    answer: fields.answer ?? `No. ${EXCERPT}`,
    answered_by: 'group-ketamine-therapy-canada',
    position: fields.position ?? 99,
    related: [],
    citations: [
      { source_id: 'group-ketamine-therapy-canada', excerpt: EXCERPT, section: 'Frequently asked questions' },
    ],
  };
}

/** What a local `$ref` (`#/components/schemas/ChangeEvent/properties/collection`) points at in `doc` (RFC 6901). */
export function pointerIn(doc: object, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

/**
 * The paths of an OpenAPI document as URLs are called: a path templated over the collections
 * (`/v1/{collection}/{id}/revisions`, its `collection` parameter the enum of them) is one path per
 * collection (`/v1/programs/{id}/revisions`), as the typed client writes it (scripts/client.ts).
 */
export function pathsPerCollection<Op>(spec: {
  paths: Record<string, Record<string, Op>>;
  components?: object;
}): Record<string, Record<string, Op>> {
  type Param = { $ref?: string; name?: string; in?: string; schema?: { $ref?: string; enum?: string[] } };
  const parameters = (spec.components as { parameters?: Record<string, Param> } | undefined)?.parameters;
  const resolve = (p: Param) => (p.$ref ? parameters?.[p.$ref.split('/').pop() ?? ''] : p);
  const out: Record<string, Record<string, Op>> = {};
  for (const [path, ops] of Object.entries(spec.paths)) {
    if (!path.includes('{collection}')) {
      out[path] = ops;
      continue;
    }
    for (const [method, op] of Object.entries(ops)) {
      const params = ((op as { parameters?: Param[] }).parameters ?? []).map(resolve);
      const schema = params.find((p) => p?.name === 'collection' && p.in === 'path')?.schema;
      const collections = (schema?.$ref ? (pointerIn(spec, schema.$ref) as Param['schema']) : schema)?.enum ?? [];
      if (!collections.length) throw new Error(`${path}: no enum of collections on its \`collection\` parameter`);
      for (const c of collections)
        out[path.replace('{collection}', c)] = { ...out[path.replace('{collection}', c)], [method]: op };
    }
  }
  return out;
}

/** Every record of a list, walked page by page (100 a page) through its `next` links. */
export async function everyPage(t: TestApp, path: string, query: URLSearchParams): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const first = new URLSearchParams(query);
  first.set('limit', '100');
  let url: string | null = `/v1/${path}?${first}`;
  while (url) {
    const res: { body: { data: Record<string, unknown>[]; links: { next: string | null } } } = await t.http
      .get(url)
      .expect(200);
    items.push(...res.body.data);
    url = res.body.links.next;
  }
  return items;
}

/** Every page of `/v1/cost-comparison?<query>`, following `meta.next_cursor`. */
export async function comparisonPages<P extends { meta: { next_cursor: string | null } }>(
  t: TestApp,
  query = '',
): Promise<P[]> {
  const out: P[] = [];
  let cursor: string | null = null;
  do {
    const q = [query, cursor ? `cursor=${encodeURIComponent(cursor)}` : ''].filter(Boolean).join('&');
    const page = (await t.http.get(`/v1/cost-comparison?${q}`).expect(200)).body as P;
    out.push(page);
    cursor = page.meta.next_cursor;
  } while (cursor);
  return out;
}

/**
 * A value of a declared filter that the seeded data matches, as the API takes it and as the
 * repository takes it (validated): the first live record's value, or undefined when none has one.
 */
export function filterValue(
  t: TestApp,
  r: Resource,
  name: string,
  f: FilterDef,
): { http: [string, string][]; params: Item } | undefined {
  if (f.kind === 'custom') return undefined;
  const table = getTableName(r.table);
  const column = f.column.name;
  const row = t.db.$client
    .prepare(
      `select "${column}" as v from "${table}" where deleted_at is null and "${column}" is not null${f.kind === 'contains' ? ` and "${column}" <> '[]'` : ''} limit 1`,
    )
    .get() as { v: unknown } | undefined;
  if (!row) return undefined;
  switch (f.kind) {
    case 'in':
      return { http: [[name, String(row.v)]], params: { [name]: [row.v] } };
    case 'bool':
      return { http: [[name, String(Boolean(row.v))]], params: { [name]: Boolean(row.v) } };
    case 'contains': {
      const first = (JSON.parse(String(row.v)) as string[])[0];
      return first === undefined ? undefined : { http: [[name, first]], params: { [name]: [first] } };
    }
    case 'range': {
      const v = Number(row.v) / (f.scale ?? 1);
      // A range compared within one value of another filter (`within`: amounts within one currency) gives that too.
      const with_ = (r.query.within?.[name] ?? []).map((other) =>
        filterValue(t, r, other, r.query.filters[other] as FilterDef),
      );
      return {
        http: [[`${name}_gte`, String(v)], ...with_.flatMap((w) => w?.http ?? [])],
        params: Object.assign({ [`${name}_gte`]: v }, ...with_.map((w) => w?.params)),
      };
    }
  }
}

/** How many of the items hold each value of a field (values as JSON, null for a missing one): a facet recounted. */
export function countBy(items: Record<string, unknown>[], field: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = JSON.stringify(item[field] ?? null);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A search highlight (HTML) with its <mark> tags removed and the five entities decoded: the text a browser would show. */
export const shownText = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
