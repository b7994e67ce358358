import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, everyPage, startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

/** Every record of a JSON list (`query` as extra `&name=value` pairs), page by page. */
const allJson = (collection: string, query = '') => everyPage(t, collection, new URLSearchParams(query));

/** A CSV cell back to the JSON value it encodes, using the JSON record's type as the guide. */
function decode(cell: string, like: unknown): unknown {
  if (like === null) return cell === '' ? null : cell;
  if (typeof like === 'number') return Number(cell);
  if (typeof like === 'boolean') return cell === 'true';
  if (typeof like === 'object') return JSON.parse(cell);
  // Text that could start a spreadsheet formula (or starts with a quote) comes with one more leading quote.
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

describe.each(COLLECTIONS)('export of %s', (collection) => {
  it('CSV re-imported by an independent parser equals the JSON list', async () => {
    const res = await t.http.get(`/v1/${collection}.csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const rows: Record<string, string>[] = parse(res.text, { columns: true, record_delimiter: '\r\n' });
    const json = await allJson(collection);
    expect(rows.length).toBe(json.length);
    rows.forEach((row, i) => {
      const item = json[i] as Record<string, unknown>;
      expect(Object.keys(row)).toEqual(Object.keys(item));
      for (const [k, v] of Object.entries(item)) expect(decode(row[k] as string, v), `${collection} ${k}`).toEqual(v);
    });
  });

  it('NDJSON has one line per record, as many as meta.total', async () => {
    const res = await t.http.get(`/v1/${collection}.ndjson`).expect(200);
    const lines = res.text.trimEnd().split('\n');
    const page = await t.http.get(`/v1/${collection}?limit=1`).expect(200);
    expect(lines.length).toBe(page.body.meta.total);
    expect(lines.map((l) => JSON.parse(l))).toEqual(await allJson(collection));
  });
});

describe('export negotiation and filters', () => {
  it('streams CSV or NDJSON from the list endpoint by Accept, honouring filters', async () => {
    const csv = await t.http.get('/v1/prices?currency=CAD').set('accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    expect(rows.map((r) => r.id)).toEqual((await allJson('prices', '&currency=CAD')).map((p) => p.id));
    expect(rows.every((r) => r.currency === 'CAD')).toBe(true);
    const nd = await t.http.get('/v1/prices?currency=USD').set('accept', 'application/x-ndjson').expect(200);
    expect(nd.text.trimEnd().split('\n').length).toBe((await allJson('prices', '&currency=USD')).length);
    const json = await t.http.get('/v1/prices').set('accept', 'application/json, text/csv;q=0.5').expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });

  it('rejects bad filters on export routes with problem+json', async () => {
    const res = await t.http.get('/v1/prices.csv?currency=cad').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

// Hostile H-9: exports sent a fixed `public, max-age=60` whatever the configuration said.
describe('export caching headers', () => {
  it('exports carry the configured Cache-Control of reads, and no ETag (they stream)', async () => {
    const app = await startApp({ CACHE_MAX_AGE: '17', CACHE_STALE_WHILE_REVALIDATE: '29' });
    try {
      const list = await app.http.get('/v1/faqs').expect(200);
      expect(list.headers['cache-control']).toBe('public, max-age=17, stale-while-revalidate=29');
      for (const [path, accept] of [
        ['/v1/faqs.csv', undefined],
        ['/v1/faqs.ndjson', undefined],
        ['/v1/faqs', 'text/csv'],
        ['/v1/faqs', 'application/x-ndjson'],
      ]) {
        const req = app.http.get(path as string);
        const res = await (accept ? req.set('accept', accept) : req).expect(200);
        expect(res.headers['cache-control'], `${path} ${accept}`).toBe(list.headers['cache-control']);
        // Each field once, whatever the case (compression adds none of its own).
        const vary = String(res.headers.vary)
          .toLowerCase()
          .split(/\s*,\s*/)
          .sort();
        expect(vary, `${path} ${accept}`).toEqual(['accept', 'accept-encoding', 'origin']);
        expect(res.headers.etag).toBeUndefined();
        expect(res.headers['last-modified']).toBeUndefined();
      }
    } finally {
      await app.close();
    }
  });
});
