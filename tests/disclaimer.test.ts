import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER, DISCLAIMER_PATH } from '../src/disclaimer.js';
import { pathsPerCollection, startApp, type TestApp } from './helpers.js';
import { expand, type Node, values } from './jsonld-expand.js';

/**
 * The disclaimer travels with the content: this walks every GET operation of the route table (as the
 * served OpenAPI document lists it, which the drift and fuzz tests keep equal to the routes) and fails
 * on any route that answers content without it: a `disclaimer` member in JSON bodies, the schema.org
 * `mainEntityOfPage.usageInfo` of JSON-LD documents (checked after expansion with the jsonld library), a
 * `Link` to the disclaimer on CSV and NDJSON exports.
 */

/** Routes that carry no content about therapy: probes and the documentation itself. */
const NOT_CONTENT = new Set(['/healthz', '/readyz', '/openapi.json']);

let t: TestApp;
let paths: Record<string, Record<string, Operation>>;
let spec: Record<string, unknown>;
beforeAll(async () => {
  t = await startApp();
  spec = (await t.http.get('/openapi.json').expect(200)).body;
  paths = pathsPerCollection(spec as { paths: typeof paths });
});

/** The object a `$ref` points at (parameters and responses are shared components). */
function deref<T>(x: T | { $ref: string }): T {
  if (x && typeof x === 'object' && '$ref' in x) {
    const parts = (x as { $ref: string }).$ref.replace(/^#\//, '').split('/');
    return deref(parts.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], spec) as T);
  }
  return x as T;
}
afterAll(() => t.close());

interface Param {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
  schema?: { examples?: unknown[]; example?: unknown };
}
interface Operation {
  operationId: string;
  security?: unknown[];
  parameters?: Param[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** A real id for a path such as /v1/programs/{id}: the first record of its list. */
async function realId(path: string): Promise<string> {
  const collection = path.split('/')[2] as string;
  const res = await t.http.get(`/v1/${collection}?limit=1`).expect(200);
  return res.body.data[0].id;
}

function exampleOf(p: Param): string | undefined {
  const v =
    p.example ?? Object.values(p.examples ?? {})[0]?.value ?? p.schema?.example ?? p.schema?.examples?.[0] ?? undefined;
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v.join(',') : String(v);
}

async function urlFor(path: string, op: Operation): Promise<string> {
  let url = path;
  if (url.includes('{id}')) url = url.replace('{id}', await realId(path));
  const qs = new URLSearchParams();
  for (const ref of op.parameters ?? []) {
    const p = deref(ref);
    if (p.in !== 'query' || !p.required) continue;
    const v = p.name === 'situation' ? 'active-psychotic-symptoms' : exampleOf(p);
    if (v === undefined) throw new Error(`${op.operationId}: no example for required query parameter ${p.name}`);
    qs.set(p.name, v);
  }
  const s = qs.toString();
  return s ? `${url}?${s}` : url;
}

describe('every content response carries the disclaimer', () => {
  it('walks every GET route: JSON and JSON-LD bodies have it, exports link to it', async () => {
    const checked: string[] = [];
    for (const [path, ops] of Object.entries(paths)) {
      const op = ops.get;
      // Routes that need a key (webhooks) serve a partner's own settings, not content.
      if (!op || NOT_CONTENT.has(path) || path.startsWith('/docs') || op.security?.length) continue;
      const url = await urlFor(path, op);
      const ok = op.responses['200'];
      const types = Object.keys((ok ? deref(ok) : undefined)?.content ?? {});
      for (const type of types) {
        // An export (`/v1/programs.{extension}`): the extension of the media type asked for.
        const res = await t.http
          .get(url.replace('{extension}', type === 'text/csv' ? 'csv' : 'ndjson'))
          .set('accept', type);
        expect(res.status, `${op.operationId} ${url} (${type})`).toBe(200);
        const got = String(res.headers['content-type']);
        if (type === 'application/json') {
          const body = JSON.parse(res.text);
          expect(body.disclaimer, `${op.operationId} ${url} (${got})`).toBe(DISCLAIMER);
        } else if (type === 'application/ld+json') {
          // In JSON-LD the disclaimer is a schema.org term (the page's usageInfo), so it survives expansion.
          const [node] = await expand(JSON.parse(res.text));
          const [page] = values(node as Node, 'mainEntityOfPage') as unknown as Node[];
          const [usage] = values(page as Node, 'usageInfo') as unknown as Node[];
          expect(values(usage as Node, 'text')[0]?.['@value'], `${op.operationId} ${url} (${got})`).toBe(DISCLAIMER);
        } else {
          expect(String(res.headers.link), `${op.operationId} ${url} (${got})`).toContain(
            `${DISCLAIMER_PATH}>; rel="describedby"`,
          );
        }
        checked.push(`${op.operationId} ${type}`);
      }
    }
    // Every collection's list, item, exports and JSON-LD were walked, plus search, changes, checks.
    expect(checked.length).toBeGreaterThan(60);
    expect(checked.some((c) => c.startsWith('getProgramJsonLd'))).toBe(true);
    expect(checked.some((c) => c === 'exportPrograms text/csv')).toBe(true);
    expect(checked.some((c) => c.startsWith('search'))).toBe(true);
  });

  it('the disclaimer is served on its own where the export Link points', async () => {
    const res = await t.http.get(DISCLAIMER_PATH).expect(200);
    expect(res.body.disclaimer).toBe(DISCLAIMER);
    const csv = await t.http.get('/v1/prices.csv').expect(200);
    const target = /<([^>]+)>; rel="describedby"/.exec(String(csv.headers.link))?.[1] as string;
    expect((await t.http.get(target.replace(/^https?:\/\/[^/]+/, '')).expect(200)).body.disclaimer).toBe(DISCLAIMER);
  });
});
