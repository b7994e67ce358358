/**
 * Hostile Host headers (issue 14, item 11): JSON-LD ids come from PUBLIC_BASE_URL or a valid
 * host[:port] only; a hostile Host, a hostile forwarded host or protocol, or none at all (HTTP/1.0)
 * gives relative ids, never `http:///` or the attacker's text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './helpers.js';
import { type Got, raw, send } from './raw-http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('JSON-LD ids never come from a hostile or missing Host', () => {
  const path = '/v1/programs/roots-to-thrive-group.jsonld';
  const idOf = (res: Got) => JSON.parse(res.body)['@id'] as string;

  it.each([
    'evil.example/"><x',
    'evil.example/path',
    'evil.example:99999',
    'user@evil.example',
    'evil example',
    '[not-ipv6]',
    '-leading.example',
  ])('Host: %s gives relative ids', async (host) => {
    const res = await raw(t, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(res.status).toBe(200);
    expect(idOf(res)).toBe('/v1/programs/roots-to-thrive-group');
    expect(res.body).not.toContain('evil');
    expect(res.body).not.toContain('http:///');
  });

  it.each([
    ['katalog.example:8443', 'http://katalog.example:8443'],
    ['10.1.2.3', 'http://10.1.2.3'],
    ['[::1]:3000', 'http://[::1]:3000'],
  ])('Host: %s is used as it is valid', async (host, origin) => {
    const res = await raw(t, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(idOf(res)).toBe(`${origin}/v1/programs/roots-to-thrive-group`);
  });

  it('HTTP/1.0 without Host gives relative ids, never http:///', async () => {
    for (const accept of ['', 'Accept: application/ld+json\r\n']) {
      const url = accept ? '/v1/programs/roots-to-thrive-group' : path;
      const res = await raw(t, `GET ${url} HTTP/1.0\r\n${accept}\r\n`);
      expect(res.status).toBe(200);
      expect(idOf(res)).toBe('/v1/programs/roots-to-thrive-group');
      expect(res.body).not.toContain('http:///');
    }
  });

  it('a forwarded host or protocol from a trusted proxy is validated the same way', async () => {
    const app = await startApp({ TRUST_PROXY: 'loopback' });
    try {
      const bad = await send(app, 'GET', path, {
        'x-forwarded-host': 'evil.example/"><x',
        'x-forwarded-proto': 'https',
      });
      expect(idOf(bad)).toBe('/v1/programs/roots-to-thrive-group');
      const proto = await send(app, 'GET', path, {
        'x-forwarded-host': 'k.example',
        'x-forwarded-proto': 'javascript',
      });
      expect(idOf(proto)).toBe('/v1/programs/roots-to-thrive-group');
      const good = await send(app, 'GET', path, { 'x-forwarded-host': 'k.example', 'x-forwarded-proto': 'https' });
      expect(idOf(good)).toBe('https://k.example/v1/programs/roots-to-thrive-group');
    } finally {
      await app.close();
    }
  });

  it('PUBLIC_BASE_URL wins over any Host', async () => {
    const app = await startApp({ PUBLIC_BASE_URL: 'https://katalog.example/' });
    try {
      const res = await raw(app, `GET ${path} HTTP/1.0\r\nHost: evil.example\r\n\r\n`);
      expect(idOf(res)).toBe('https://katalog.example/v1/programs/roots-to-thrive-group');
    } finally {
      await app.close();
    }
  });
});
