/**
 * The response's content coding is the one the client ranks highest among those served (RFC 9110 §12.5.3; hostile 13
 * H13-12: `gzip;q=1, br;q=0.001` got br), on the first answer (Fastify) and on the cached ones (the front path).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './helpers.js';
import { send } from './raw-http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('Accept-Encoding with q-values', () => {
  const cases: [string, string | undefined][] = [
    ['gzip;q=1, br;q=0.001', 'gzip'],
    ['br;q=0.5, gzip;q=0.4', 'br'],
    ['gzip, br', 'br'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['gzip;q=0, br;q=0', undefined],
    ['identity;q=1, gzip;q=0.5, br;q=0.2', undefined],
    ['*;q=0.3, gzip;q=0.9', 'gzip'],
    ['br;q=abc, gzip', 'gzip'],
    ['x-gzip', 'gzip'],
  ];
  it.each(cases.map(([header, coding], i) => [header, coding, i] as const))(
    '%s is answered %s, the first time and from the cache',
    async (header, coding, i) => {
      // A page of its own per case (limit), so that its first request is a miss and its second a hit.
      const path = `/v1/programs?limit=${i + 5}`;
      for (const request of ['first', 'cached']) {
        const res = await send(t, 'GET', path, { 'accept-encoding': header });
        expect(res.status).toBe(200);
        expect(res.headers['content-encoding'], `${header} (${request})`).toBe(coding);
      }
    },
  );
});

describe('Accept-Encoding on the routes @fastify/compress serves (exports): the same negotiator (review C13b-4)', () => {
  it.each([
    ['gzip;q=1, br;q=0.001', 'gzip'],
    ['br;q=0.5, gzip;q=0.4', 'br'],
    ['gzip;q=0, br;q=0', undefined],
    ['identity;q=1, gzip;q=0.5, br;q=0.2', undefined],
    ['identity, gzip;q=0.5', undefined],
    ['*;q=0.3, gzip;q=0.9', 'gzip'],
    ['X-GZIP', 'gzip'],
  ])('%s is answered %s, as a list is', async (header, coding) => {
    for (const path of ['/v1/programs.csv', '/v1/programs.ndjson', '/v1/programs?limit=30']) {
      const res = await send(t, 'GET', path, { 'accept-encoding': header });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding'], `${path} ${header}`).toBe(coding);
    }
  });
});

describe('exports chosen by Accept on the list URL are compressed like the .csv and .ndjson ones (hostile 14 H14-6)', () => {
  it.each([
    ['text/csv', '/v1/programs.csv'],
    ['application/x-ndjson', '/v1/programs.ndjson'],
  ])('Accept: %s, the same bytes as %s, in each coding', async (accept, twin) => {
    const plain = await send(t, 'GET', twin, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const coding of ['gzip', 'br']) {
      // fetch decodes the body as its Content-Encoding says: the same text as the uncompressed export.
      const res = await fetch(`${t.url}/v1/programs`, { headers: { accept, 'accept-encoding': coding } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding'), `${accept} ${coding}`).toBe(coding);
      expect(await res.text()).toBe(plain.body);
    }
  });
});

describe('HEAD on an export (review C14-4, hostile 15 H15-2)', () => {
  it('gives the headers a GET would, with no body and no Content-Length the GET does not send', async () => {
    for (const [path, accept, coding] of [
      ['/v1/programs.csv', undefined, 'gzip'],
      ['/v1/programs', 'text/csv', 'gzip'],
      ['/v1/faqs.ndjson', undefined, 'identity'],
      ['/v1/prices?currency=CAD', 'application/x-ndjson', 'identity'],
    ] as const) {
      const headers: Record<string, string> = { 'accept-encoding': coding, ...(accept ? { accept } : {}) };
      const get = await fetch(`${t.url}${path}`, { headers });
      await get.arrayBuffer();
      const head = await fetch(`${t.url}${path}`, { method: 'HEAD', headers });
      expect(head.status).toBe(200);
      for (const h of ['content-type', 'content-encoding', 'vary', 'link', 'content-length'])
        expect(head.headers.get(h), `${path} ${h}`).toBe(get.headers.get(h));
      // The GET streams (chunked): no length, so the HEAD says none either (RFC 9110 §8.6).
      expect(head.headers.get('content-length'), path).toBeNull();
      expect(await head.text()).toBe('');
    }
  });
});
