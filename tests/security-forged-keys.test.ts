/**
 * Attack: forged secrets for a live key id (CPU exhaustion through scrypt, telling live key ids
 * from unknown ones). Every well-formed unverified token costs exactly one scrypt, whatever its
 * key id; attempts are limited per client and per key id before any scrypt; a key already verified
 * costs none. The cost is counted (scrypt calls), never timed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, scryptCalls } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  // TRUST_PROXY lets the test speak as several clients through X-Forwarded-For.
  t = await startApp({ AUTH_ATTEMPT_MAX: '3', TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

const forge = (id: string) => `kat_${id}_${'x'.repeat(43)}`;
const idOf = (key: string) => key.slice(4, 20);
let client = 0;
/** A write from a fresh client address unless one is given. */
const write = (token: string, from = `10.0.0.${++client}`) =>
  t.http.post('/v1/faqs').set('authorization', `Bearer ${token}`).set('x-forwarded-for', from).send({});
const scrypts = async (fn: () => Promise<unknown>) => {
  const before = scryptCalls.count;
  await fn();
  return scryptCalls.count - before;
};

describe('forged secrets', () => {
  it('cost exactly one scrypt, for a live key id as for an unknown one (same work, same answer)', async () => {
    const live = createKey(t.db, 'forged-live', 'write').key;
    let live401: { status: number; body: unknown } | undefined;
    let unknown401: { status: number; body: unknown } | undefined;
    expect(
      await scrypts(async () => {
        live401 = await write(forge(idOf(live)));
      }),
    ).toBe(1);
    expect(
      await scrypts(async () => {
        unknown401 = await write(forge('0123456789abcdef'));
      }),
    ).toBe(1);
    expect(live401?.status).toBe(401);
    expect(unknown401?.status).toBe(401);
    const strip = (b: unknown) => ({ ...(b as object), instance: '', request_id: '' });
    expect(strip(live401?.body)).toEqual(strip(unknown401?.body));
    // A malformed token has no secret to check: no scrypt at all.
    expect(await scrypts(() => write('kat_nothing'))).toBe(0);
  });

  it('a valid key costs one scrypt the first time and none after', async () => {
    const key = createKey(t.db, 'forged-valid', 'write').key;
    expect(await scrypts(() => write(key).expect(422))).toBe(1);
    expect(await scrypts(() => write(key).expect(422))).toBe(0);
  });

  it('are limited per client: past AUTH_ATTEMPT_MAX, 429 problem+json without scrypt', async () => {
    const from = '10.1.0.1';
    for (let i = 0; i < 3; i++) await write(forge(`aaaaaaaaaaaaaa0${i}`), from).expect(401);
    let limited: Awaited<ReturnType<typeof write>> | undefined;
    expect(
      await scrypts(async () => {
        limited = await write(forge('aaaaaaaaaaaaaa09'), from);
      }),
    ).toBe(0);
    expect(limited?.status).toBe(429);
    expect(limited?.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('are limited per key id across clients, while a key already verified keeps working', async () => {
    const key = createKey(t.db, 'forged-target', 'write').key;
    await write(key).expect(422); // verified once: remembered
    for (let i = 0; i < 3; i++) await write(forge(idOf(key))).expect(401);
    expect(await scrypts(() => write(forge(idOf(key))).expect(429))).toBe(0);
    expect(await scrypts(() => write(key).expect(422))).toBe(0);
  });

  it('sent at once, are limited as surely as one after another: AUTH_ATTEMPT_MAX scrypts in all', async () => {
    const from = '10.2.0.1';
    let statuses: number[] = [];
    const n = await scrypts(async () => {
      const all = await Promise.all(Array.from({ length: 8 }, (_, i) => write(forge(`bbbbbbbbbbbbbb0${i}`), from)));
      statuses = all.map((r) => r.status).sort();
    });
    expect(n).toBe(3);
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('the same token sent at once is verified once: a client starting with parallel writes is not limited', async () => {
    const key = createKey(t.db, 'forged-parallel', 'write').key;
    const from = '10.3.0.1';
    let statuses: number[] = [];
    const n = await scrypts(async () => {
      statuses = (await Promise.all(Array.from({ length: 12 }, () => write(key, from)))).map((r) => r.status);
    });
    expect(n).toBe(1);
    expect(new Set(statuses)).toEqual(new Set([422]));
    // And the same forged token sent at once costs one scrypt too.
    const forged = forge('cccccccccccccc00');
    expect(await scrypts(() => Promise.all(Array.from({ length: 6 }, () => write(forged, '10.3.0.2'))))).toBe(1);
  });

  it('a revoked key is refused at the cost of one scrypt', async () => {
    const { revokeKey } = await import('../src/auth/keys.js');
    const key = createKey(t.db, 'forged-revoked', 'write').key;
    revokeKey(t.db, 'forged-revoked');
    expect(await scrypts(() => write(key).expect(401))).toBe(1);
  });
});
