/**
 * The code review of session 13's changes (review C13): framework errors counted per client behind a proxy, read
 * preconditions on exports, a value-added tax typed only when added, repeated names allowed where repeated entries and
 * ids are not, and the preflight naming If-Unmodified-Since.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { offerDoc } from '../src/jsonld/jsonld.js';
import type { Price } from '../src/resources/prices/prices.schema.js';
import { startApp, type TestApp } from './helpers.js';
import { send } from './raw-http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('errors raised before routing, behind a trusted proxy (C13-1)', () => {
  it('count against the client that sent them, as X-Forwarded-For names it, not the proxy', async () => {
    const app = await startApp({ RATE_LIMIT_MAX: '3', TRUST_PROXY: 'true' });
    try {
      const bad = (client: string) => send(app, 'GET', '/v1/programs/%FF', { 'x-forwarded-for': client });
      const first = [await bad('203.0.113.1'), await bad('203.0.113.1'), await bad('203.0.113.1')];
      expect(first.map((r) => r.headers['ratelimit-remaining'])).toEqual(['2', '1', '0']);
      expect((await bad('203.0.113.1')).status).toBe(429);
      // Another client behind the same proxy has its own count.
      const other = await bad('203.0.113.2');
      expect(other.status).toBe(400);
      expect(other.headers['ratelimit-remaining']).toBe('2');
    } finally {
      await app.close();
    }
  });
});

describe('read preconditions on exports, which have no tag (C13-2)', () => {
  it.each([
    ['/v1/faqs.csv', {}],
    ['/v1/faqs.ndjson', {}],
    ['/v1/faqs', { accept: 'text/csv' }],
  ] as const)(
    '%s: If-Match with a tag and a past If-Unmodified-Since are 412; If-Match * holds',
    async (path, extra) => {
      const failing: Record<string, string>[] = [
        { 'if-match': '"x"' },
        { 'if-unmodified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
      ];
      for (const headers of failing) {
        const res = await send(t, 'GET', path, { ...extra, ...headers });
        expect(res.status, JSON.stringify(headers)).toBe(412);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect((await send(t, 'GET', path, { ...extra, 'if-match': '*' })).status).toBe(200);
    },
  );

  it('a query the export refuses is a 400 first, whatever the preconditions say (C13b-1)', async () => {
    const failing: Record<string, string>[] = [
      { 'if-match': '"x"' },
      { 'if-unmodified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
    ];
    for (const headers of failing) {
      expect((await send(t, 'GET', '/v1/programs.csv?price_lte=100', headers)).status).toBe(400);
      expect((await send(t, 'GET', '/v1/programs?price_lte=100', headers)).status).toBe(400);
    }
  });
});

describe('a value-added tax in JSON-LD (C13-3)', () => {
  const plus = seedData.prices.find((p) => p.tax_note === '+ GST') as unknown as Price;
  const typed = (tax_note: string | null) =>
    (offerDoc({ ...plus, tax_note }, '').priceSpecification as { valueAddedTaxIncluded?: boolean } | undefined)
      ?.valueAddedTaxIncluded;
  it('is typed as excluded only for a note that adds it', () => {
    for (const note of ['+ GST', '+GST', 'plus GST', '+ HST']) expect(typed(note), note).toBe(false);
    for (const note of ['GST included', 'incl. HST', 'GST exempt', '+ tax', 'plus applicable taxes', null])
      expect(typed(note), String(note)).toBeUndefined();
  });
});

describe('repeated items in a write (C13-4)', () => {
  it('a name may repeat (two co-authors with the same name); an id may not', async () => {
    const key = createKey(t.db, 'review-c13', 'write').key;
    const source = seedData.sources.find((s) => s.authors.length > 0) as (typeof seedData.sources)[number];
    const auth = { authorization: `Bearer ${key}` };
    const body = { ...source, id: 'c13-authors', authors: ['Wang Y', 'Li X', 'Wang Y'] };
    await t.http.post('/v1/sources').set(auth).send(body).expect(201);
    const faq = seedData.faqs[0] as (typeof seedData.faqs)[number];
    const twice = { collection: 'faqs', id: (seedData.faqs[1] as { id: string }).id };
    const res = await t.http
      .post('/v1/faqs')
      .set(auth)
      .send({ ...faq, id: 'c13-related', related: [twice, twice] });
    expect(res.status).toBe(422);
  });
});

describe('the CORS preflight (C13-8)', () => {
  it('allows every conditional header the API reads', async () => {
    const res = await send(t, 'OPTIONS', '/v1/programs', {
      origin: 'https://app.example',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'if-unmodified-since, if-match',
    });
    expect(res.status).toBe(204);
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('if-unmodified-since');
    // And Content-Encoding, for the compressed write bodies the README offers (hostile 14 H14-9).
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('content-encoding');
  });

  it('is counted against the client’s limit like any request, and refused over it (hostile 14 H14-9)', async () => {
    const limited = await startApp({ RATE_LIMIT_MAX: '3' });
    try {
      const preflight = () =>
        send(limited, 'OPTIONS', '/v1/faqs', {
          origin: 'https://app.example',
          'access-control-request-method': 'POST',
        });
      const answers = [await preflight(), await preflight(), await preflight(), await preflight()];
      expect(answers.map((r) => r.status)).toEqual([204, 204, 204, 429]);
      expect(answers.slice(0, 3).map((r) => r.headers['ratelimit-remaining'])).toEqual(['2', '1', '0']);
      expect(answers[3]?.headers['access-control-allow-origin']).toBe('*');
    } finally {
      await limited.close();
    }
  });
});

describe('a request that takes no body (C13-9)', () => {
  it('takes Content-Length: 00 as no body', async () => {
    const key = createKey(t.db, 'review-c13-delete', 'write').key;
    const auth = { authorization: `Bearer ${key}` };
    const faq = seedData.faqs[2] as (typeof seedData.faqs)[number];
    await t.http
      .post('/v1/faqs')
      .set(auth)
      .send({ ...faq, id: 'c13-no-body' })
      .expect(201);
    const res = await send(t, 'DELETE', '/v1/faqs/c13-no-body', { ...auth, 'if-match': '*', 'content-length': '00' });
    expect(res.status, JSON.stringify(res.body)).toBe(204);
  });
});
