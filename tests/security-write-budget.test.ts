/**
 * Attack: spreading writes over many routes to multiply the write budget. WRITE_RATE_LIMIT_MAX is
 * one budget per API key across every write route of every collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp({ WRITE_RATE_LIMIT_MAX: '3' });
});
afterAll(() => t.close());

const auth = (key: string) => ({ authorization: `Bearer ${key}` });
/** A new FAQ: a seed one under another id. */
const faq = (id: string) => ({ ...seedData.faqs[0], id });

describe('one write budget per key, across all write routes', () => {
  it('the 4th write of a key with WRITE_RATE_LIMIT_MAX=3 is a 429, whichever routes the writes used', async () => {
    const key = createKey(t.db, 'budget', 'write').key;
    const price = seedData.prices[0]?.id as string;
    const guide = seedData.guides[0]?.id as string;
    await t.http.post('/v1/faqs').set(auth(key)).send(faq('budget-1')).expect(201);
    await t.http.patch(`/v1/prices/${price}`).set(auth(key)).set('if-match', '*').send({ note: 'n' }).expect(200);
    await t.http.delete('/v1/faqs/budget-1').set(auth(key)).set('if-match', '*').expect(204);
    const limited = await t.http.patch(`/v1/guides/${guide}`).set(auth(key)).set('if-match', '*').send({});
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Every other write route is closed to that key too, and nothing was written.
    await t.http.post('/v1/faqs/budget-1/restore').set(auth(key)).expect(429);
    await t.http.post('/v1/faqs').set(auth(key)).send(faq('budget-2')).expect(429);
    await t.http.get('/v1/faqs/budget-2').expect(404);
    // Another key has a budget of its own.
    const other = createKey(t.db, 'budget-other', 'write').key;
    await t.http.post('/v1/faqs').set(auth(other)).send(faq('budget-3')).expect(201);
  });
});
