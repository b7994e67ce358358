/**
 * Limits count a client, not a spelling of its address (hostile 14 H14-5): one IPv6 network of RATE_LIMIT_IPV6_PREFIX
 * bits, an address with or without its port, an IPv4-mapped IPv6 address as its IPv4 address.
 */
import { describe, expect, it } from 'vitest';
import { clientKey } from '../src/http/client-key.js';
import { startApp } from './helpers.js';

describe('clientKey', () => {
  it.each([
    ['2001:db8::1', '2001:db8::/64'],
    ['2001:DB8:0:0::2', '2001:db8::/64'],
    ['2001:db8:0:0:ffff:ffff:ffff:ffff', '2001:db8::/64'],
    ['[2001:db8::1]:443', '2001:db8::/64'],
    ['fe80::1%eth0', 'fe80::/64'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['203.0.113.7', '203.0.113.7'],
    ['not an address', 'not an address'],
  ])('%s counts as %s', (address, key) => {
    expect(clientKey(address, 64)).toBe(key);
  });

  it('keeps networks apart, and counts each address at /128', () => {
    expect(clientKey('2001:db8:0:1::1', 64)).not.toBe(clientKey('2001:db8:0:2::1', 64));
    expect(clientKey('2001:db8::1', 128)).not.toBe(clientKey('2001:db8::2', 128));
    expect(clientKey('2001:db8:0:1::1', 48)).toBe(clientKey('2001:db8:0:2::1', 48));
  });
});

describe('one budget per client over HTTP, behind a trusted proxy', () => {
  it('addresses of one IPv6 /56 (the default), and one address with ports, share a budget; the failed-key limit too', async () => {
    const t = await startApp({ TRUST_PROXY: 'loopback', RATE_LIMIT_MAX: '3', AUTH_ATTEMPT_MAX: '2' });
    try {
      const statuses: number[] = [];
      for (const from of ['2001:db8::1', '2001:db8::2', '2001:DB8:0:ff:ffff::3', '2001:db8:0:1::4'])
        statuses.push((await t.http.get('/v1/disclaimer').set('x-forwarded-for', from)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // Another network has its own budget.
      expect((await t.http.get('/v1/disclaimer').set('x-forwarded-for', '2001:db8:1::1')).status).toBe(200);
      const v4: number[] = [];
      for (const from of ['198.51.100.7:1001', '198.51.100.7:1002', '::ffff:198.51.100.7', '198.51.100.7'])
        v4.push((await t.http.get('/v1/disclaimer').set('x-forwarded-for', from)).status);
      expect(v4).toEqual([200, 200, 200, 429]);
      // Failed keys: two attempts per client, whatever address of its network it uses.
      // Each attempt names another key id, so that only the client's count can limit them.
      const forged = (n: number) => `kat_${String(n).padStart(16, '0')}_${'b'.repeat(43)}`;
      const keys: number[] = [];
      for (const [n, from] of ['2001:db8:5::1', '2001:db8:5::2', '2001:db8:5::3'].entries())
        keys.push(
          (
            await t.http
              .post('/v1/faqs')
              .set({ 'x-forwarded-for': from, authorization: `Bearer ${forged(n)}` })
              .send({})
          ).status,
        );
      expect(keys).toEqual([401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});
