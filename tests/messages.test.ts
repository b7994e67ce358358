import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { pathsPerCollection, startApp, type TestApp } from './helpers.js';

/** Validation errors speak to API clients in plain words, never in the validator's own phrasing. */
let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp();
  key = createKey(t.db, 'editor', 'write').key;
});
afterAll(() => t.close());

const ZOD_SPEAK = /Invalid input|expected \w+, received|Too (big|small)|Invalid option|expected number to be/;

describe('validation messages', () => {
  it.each([
    ['/v1/format-fit/check', 'situation', 'is required'],
    ['/v1/programs?limit=500', 'limit', 'must be at most 100'],
    ['/v1/programs?format=grp', 'format', 'must be one of: group, individual'],
    ['/v1/programs?limit=abc', 'limit', 'must be a number'],
    ['/v1/programs?updated_since=yesterday', 'updated_since', 'RFC 3339'],
    ['/v1/programs?country=ca', 'country', 'must be two upper-case letters (ISO 3166-1 alpha-2), such as CA'],
  ])('%s names %s and says "%s"', async (url, name, words) => {
    const res = await t.http.get(url).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const error = res.body.errors.find((e: { name: string }) => e.name === name);
    expect(error.detail).toContain(words);
    expect(JSON.stringify(res.body)).not.toMatch(ZOD_SPEAK);
  });

  it('write bodies too: missing, empty and mistyped fields', async () => {
    const res = await t.http
      .post('/v1/faqs')
      .set('authorization', `Bearer ${key}`)
      .send({ id: 'x-faq', question: '', position: 'first', related: [], citations: [] });
    expect(res.status).toBe(422);
    const detail = Object.fromEntries(res.body.errors.map((e: { name: string; detail: string }) => [e.name, e.detail]));
    expect(detail.answer).toBe('is required');
    expect(detail.question).toBe('must not be empty');
    expect(detail.position).toBe('must be a number');
    expect(detail.citations).toBe('must have at least 1 item');
    expect(JSON.stringify(res.body)).not.toMatch(ZOD_SPEAK);
  });
});

describe('a pattern says the form it wants (hostile 16 H16-6)', () => {
  it('every pattern-checked parameter of every GET route in the spec, in its own words', async () => {
    type Param = { $ref?: string; name: string; in: string; schema?: unknown };
    const spec = (await t.http.get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: Param[] }>>;
      components: { parameters?: Record<string, Param> };
    };
    const resolve = (p: Param) => (p.$ref ? (spec.components.parameters?.[p.$ref.split('/').pop() ?? ''] as Param) : p);
    let checked = 0;
    for (const [path, ops] of Object.entries(pathsPerCollection(spec))) {
      const params = (ops.get?.parameters ?? []).map(resolve);
      // A path with parameters other than a pattern-checked one is reached with a value each that fits.
      const fits: Record<string, string> = { id: 'x', extension: 'csv', delivery_id: 'x' };
      for (const p of params) {
        if (!JSON.stringify(p.schema ?? {}).includes('"pattern"') || !['query', 'path'].includes(p.in)) continue;
        const url =
          p.in === 'path'
            ? path.replace(/\{(\w+)\}/g, (_, n: string) => (n === p.name ? '%21%21' : (fits[n] ?? 'x')))
            : `${path.replace(/\{(\w+)\}/g, (_, n: string) => fits[n] ?? 'x')}?${p.name}=%21%21`;
        const res = await t.http.get(url);
        // Routes behind a key (webhooks) answer 401 first; every other one names the parameter.
        if (res.status === 401) continue;
        expect(res.status, `${url}: ${res.text}`).toBe(400);
        const error = res.body.errors?.find((e: { name: string }) => e.name === p.name);
        expect(error?.detail, url).toBeDefined();
        // Not "has the wrong form", and not the bare pattern either: words a client can act on.
        expect(error.detail, url).not.toMatch(/wrong form|must match the pattern/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('an unknown query parameter is named beside a malformed value (review C16-4)', () => {
  it('on every collection list, for each kind of value error', async () => {
    for (const { path } of resources) {
      for (const bad of ['limit=abc', 'limit=', 'limit=1&limit=2']) {
        const res = await t.http.get(`/v1/${path}?colour=1&${bad}`).expect(400);
        const names = (res.body.errors as { name: string }[]).map((e) => e.name);
        expect(names, `${path}?${bad}`).toContain('limit');
        expect(names, `${path}?${bad}`).toContain('colour');
        expect(res.body.detail, `${path}?${bad}`).toContain('colour');
      }
    }
  });

  it('names at most 20 unknown parameters and says how many more', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `u${i}=1`).join('&');
    const res = await t.http.get(`/v1/faqs?limit=abc&${many}`).expect(400);
    expect((res.body.errors as unknown[]).length).toBe(21);
    expect(res.body.detail).toContain('and 30 more unknown');
  });
});
