import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';

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
