import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { openDb, snapshotDb } from '../src/db/client.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-replicas-'));
const snapshot = join(dir, 'snapshot.db');
let a: TestApp;
let b: TestApp;
let key: string;

beforeAll(async () => {
  const primary = freshDb(join(dir, 'primary.db'));
  key = createKey(primary, 'editor', 'write').key;
  snapshotDb(primary, snapshot);
  primary.$client.close();
  a = await startApp({ READ_ONLY: 'true' }, openDb(snapshot, { readonly: true }));
  b = await startApp({ READ_ONLY: 'true' }, openDb(snapshot, { readonly: true }));
});
afterAll(async () => {
  await a.close();
  await b.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('read replicas from a snapshot', () => {
  it.each([
    '/v1',
    '/v1/programs?limit=5&sort=-duration_weeks',
    '/v1/programs/roots-to-thrive-group?include=organization,prices',
    '/v1/search?q=sublingual',
    '/v1/cost-comparison',
    '/v1/prices.csv',
    '/v1/changes?limit=50',
    '/openapi.json',
  ])('two replicas answer %s with identical bytes and ETags', async (url) => {
    const x = await a.http.get(url).set('accept-encoding', 'identity').expect(200);
    const y = await b.http.get(url).set('accept-encoding', 'identity').expect(200);
    expect(y.text).toBe(x.text);
    expect(y.headers.etag).toBe(x.headers.etag);
  });

  it('refuses writes with 405 problem+json and changes nothing', async () => {
    const res = await a.http
      .delete('/v1/faqs/what-is-community-of-practice')
      .set('authorization', `Bearer ${key}`)
      .set('if-match', '*');
    expect(res.status).toBe(405);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    // What the path allows on this node, as its OPTIONS says (hostile 19 H19-5).
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    await a.http.get('/v1/faqs/what-is-community-of-practice').expect(200);
  });
});
