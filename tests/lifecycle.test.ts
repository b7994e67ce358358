/**
 * The API lifecycle (docs/lifecycle.md): a route or field marked deprecated in its declaration shows
 * `deprecated: true` in the spec, and the responses concerned carry `Deprecation` (RFC 9745),
 * `Sunset` (RFC 8594) and `Link rel="deprecation"` to the policy. The routes marked here exist only
 * in this test's app: the real API deprecates nothing yet.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { deprecated, LIFECYCLE_PATH, MIN_SUNSET_MONTHS } from '../src/http/deprecation.js';
import { Writer } from '../src/repository/writes.js';
import { faqsResource } from '../src/resources/faqs/faqs.resource.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

const ROUTE = { since: '2026-12-01', sunset: '2027-06-30' };
const FIELD = { since: '2026-11-15', sunset: '2027-08-31' };
const PARAM = { since: '2026-10-01', sunset: '2027-04-01' };
const at = (date: string) => `@${Date.parse(`${date}T00:00:00Z`) / 1000}`;
const httpDate = (date: string) => new Date(`${date}T00:00:00Z`).toUTCString();

let app: FastifyInstance;
let http: ReturnType<typeof supertest>;
beforeAll(async () => {
  const db = freshDb();
  app = await buildApp({ config: testConfig(), db });
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // A deprecated route, cacheable, that also sets a Link of its own.
  typed.get(
    '/v1/test-old',
    {
      config: { cache: true, deprecated: ROUTE },
      schema: {
        operationId: 'testOld',
        querystring: z.strictObject({}),
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (_req, reply) => {
      reply.header('link', '</v1/test-old?page=2>; rel="next"');
      return { ok: true };
    },
  );
  // A route whose body holds a deprecated field.
  typed.get(
    '/v1/test-field',
    {
      schema: {
        operationId: 'testField',
        response: {
          200: z.object({
            data: z.object({
              name: z.string(),
              old_name: z.string().meta(deprecated(FIELD, 'Use `name`.')),
            }),
          }),
        },
      },
    },
    async () => ({ data: { name: 'a', old_name: 'a' } }),
  );
  // A route with a deprecated query parameter and a deprecated body field.
  typed.post(
    '/v1/test-param',
    {
      schema: {
        operationId: 'testParam',
        querystring: z.strictObject({
          legacy: z.string().optional().meta(deprecated(PARAM, 'Use `modern`.')),
          modern: z.string().optional(),
        }),
        body: z.object({ a: z.string(), b_old: z.string().optional().meta(deprecated(FIELD)) }),
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async () => ({ ok: true }),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  http = supertest(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
});
afterAll(() => app.close());

function expectDeprecation(res: supertest.Response, dates: { since: string; sunset: string }) {
  expect(res.headers.deprecation).toBe(at(dates.since));
  expect(res.headers.sunset).toBe(httpDate(dates.sunset));
  expect(res.headers.link).toContain(`<${LIFECYCLE_PATH}>; rel="deprecation"`);
}

describe('a deprecated route', () => {
  it('answers with Deprecation, Sunset and a Link to the policy, keeping its own Link', async () => {
    const res = await http.get('/v1/test-old').expect(200);
    expectDeprecation(res, ROUTE);
    expect(res.headers.deprecation).toBe('@1796083200');
    expect(res.headers.sunset).toBe('Wed, 30 Jun 2027 00:00:00 GMT');
    expect(res.headers.link).toContain('</v1/test-old?page=2>; rel="next"');
  });

  it('keeps the headers when the cache answers again', async () => {
    await http.get('/v1/test-old').expect(200);
    const again = await http.get('/v1/test-old').expect(200);
    expectDeprecation(again, ROUTE);
  });

  it('keeps them on its errors too', async () => {
    const res = await http.get('/v1/test-old?x=1').expect(400);
    expectDeprecation(res, ROUTE);
  });

  it('is marked deprecated in the spec, and listed by the policy route', async () => {
    const spec = (await http.get('/openapi.json').expect(200)).body;
    expect(spec.paths['/v1/test-old'].get.deprecated).toBe(true);
    expect(spec.paths['/v1/test-field'].get.deprecated).toBeUndefined();
    const list = (await http.get(LIFECYCLE_PATH).expect(200)).body.deprecations;
    expect(list).toContainEqual({ method: 'GET', path: '/v1/test-old', kind: 'route', ...ROUTE });
  });
});

describe('a deprecated field', () => {
  it('in a response body: every success carries the headers, the spec flags the property', async () => {
    expectDeprecation(await http.get('/v1/test-field').expect(200), FIELD);
    const spec = JSON.stringify((await http.get('/openapi.json').expect(200)).body);
    const field = JSON.parse(spec.match(/"old_name":(\{[^}]*\})/)?.[1] ?? '{}');
    expect(field).toMatchObject({ deprecated: true, 'x-deprecated-since': FIELD.since, 'x-sunset': FIELD.sunset });
  });

  it('a query parameter: the headers when the request uses it, and only then', async () => {
    expectDeprecation(await http.post('/v1/test-param?legacy=1').send({ a: 'x' }).expect(200), PARAM);
    const modern = await http.post('/v1/test-param?modern=1').send({ a: 'x' }).expect(200);
    expect(modern.headers.deprecation).toBeUndefined();
    expect(modern.headers.sunset).toBeUndefined();
    const spec = (await http.get('/openapi.json').expect(200)).body;
    const params = spec.paths['/v1/test-param'].post.parameters as { name: string; deprecated?: boolean }[];
    expect(params.find((p) => p.name === 'legacy')?.deprecated).toBe(true);
    expect(params.find((p) => p.name === 'modern')?.deprecated).toBeUndefined();
  });

  it('a body field: the headers when the request sends it; the earliest dates of several', async () => {
    expectDeprecation(await http.post('/v1/test-param').send({ a: 'x', b_old: 'y' }).expect(200), FIELD);
    const both = await http.post('/v1/test-param?legacy=1').send({ a: 'x', b_old: 'y' }).expect(200);
    expect(both.headers.deprecation).toBe(at(PARAM.since));
    expect(both.headers.sunset).toBe(httpDate(PARAM.sunset));
  });

  it(`needs a sunset at least ${MIN_SUNSET_MONTHS} months after its deprecation`, () => {
    expect(() => deprecated({ since: '2026-12-01', sunset: '2027-05-31' })).toThrow(/less than 6 months/);
    expect(() => deprecated({ since: '2026-12-01', sunset: '2027-06-01' })).not.toThrow();
    expect(() => deprecated({ since: '1 Dec 2026', sunset: '2027-06-01' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('the real API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('serves the policy; nothing is deprecated yet, and no response says otherwise', async () => {
    const res = await t.http.get(LIFECYCLE_PATH).expect(200);
    expect(res.body.deprecations).toEqual([]);
    expect(res.body.policy.minimum_sunset_months).toBe(MIN_SUNSET_MONTHS);
    expect(res.body.policy.change_feed_retention).toMatch(/tombstones/);
    const spec = JSON.stringify((await t.http.get('/openapi.json').expect(200)).body);
    expect(spec).not.toContain('"deprecated":true');
    for (const url of ['/v1', '/v1/programs', '/v1/changes']) {
      const r = await t.http.get(url).expect(200);
      expect(r.headers.deprecation, url).toBeUndefined();
      expect(r.headers.sunset, url).toBeUndefined();
    }
  });

  it('keeps every change-feed event, tombstones included: the first cursor still replays the whole history', async () => {
    const feed = async () => {
      const events: { seq: number; id: string; action: string }[] = [];
      let since = '0';
      for (;;) {
        const res = await t.http.get(`/v1/changes?since=${since}&limit=1000`).expect(200);
        events.push(...res.body.data);
        since = res.body.meta.next_cursor;
        if (!res.body.meta.has_more) return events;
      }
    };
    const before = await feed();
    const id = 'what-is-community-of-practice';
    Writer.on(t.db).remove(faqsResource, id, 'any', 'lifecycle-test');
    Writer.on(t.db).restore(faqsResource, id, 'lifecycle-test');
    Writer.on(t.db).remove(faqsResource, id, 'any', 'lifecycle-test');
    const after = await feed();
    // Nothing recorded before is gone, and the tombstones are there after the restore.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.filter((e) => e.id === id).map((e) => e.action)).toEqual([
      'created',
      'deleted',
      'restored',
      'deleted',
    ]);
    expect(after[0]?.seq).toBe(1);
  });
});
