import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { citedFaq, startApp, type TestApp } from './helpers.js';

let t: TestApp;
let writeKey: string;
let readKey: string;
beforeAll(async () => {
  t = await startApp();
  writeKey = createKey(t.db, 'editor-anna', 'write').key;
  readKey = createKey(t.db, 'partner-read', 'read').key;
});
afterAll(() => t.close());

const faq = (id: string) => citedFaq(id);
const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const dump = () => t.db.all(sql`select * from faqs order by id`);

describe('authentication', () => {
  it.each([
    ['POST', '/v1/faqs'],
    ['PUT', '/v1/faqs/what-is-community-of-practice'],
    ['PATCH', '/v1/faqs/what-is-community-of-practice'],
    ['DELETE', '/v1/faqs/what-is-community-of-practice'],
    ['POST', '/v1/faqs/what-is-community-of-practice/restore'],
  ])('%s %s: 401 without or with a bad key, 403 with a read key, data unchanged', async (method, url) => {
    const before = dump();
    const send = (headers: Record<string, string>) =>
      t.http[method.toLowerCase() as 'post'](url)
        .set(headers)
        .set('if-match', '*')
        .send(method === 'PUT' ? { ...faq('x'), id: undefined } : faq('new-faq'));
    const none = await send({});
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer realm="katalog"/);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
    const wrong = await send(auth(`kat_0123456789abcdef_${'x'.repeat(43)}`));
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toContain('invalid_token');
    const read = await send(auth(readKey));
    expect(read.status).toBe(403);
    expect(read.headers['www-authenticate']).toContain('insufficient_scope');
    expect(dump()).toEqual(before);
  });
});

describe('create, replace, update, delete, restore', () => {
  it('creates a record with revision, change event and search index in step', async () => {
    const res = await t.http.post('/v1/faqs').set(auth(writeKey)).send(faq('drive-after-session')).expect(201);
    expect(res.headers.location).toBe('/v1/faqs/drive-after-session');
    expect(res.body.data).toMatchObject({ id: 'drive-after-session', version: 1 });
    const got = await t.http.get('/v1/faqs/drive-after-session').expect(200);
    expect(got.body.data.answer).toContain('24-hour');
    const revs = await t.http.get('/v1/faqs/drive-after-session/revisions').expect(200);
    expect(revs.body.data).toMatchObject([{ action: 'created', actor: 'editor-anna', version: 1, before: null }]);
    const feed = await t.http.get('/v1/changes?limit=1000').expect(200);
    expect(feed.body.data.at(-1)).toMatchObject({ collection: 'faqs', id: 'drive-after-session', action: 'created' });
    const search = await t.http.get('/v1/search?q=driving&collection=faqs').expect(200);
    expect(search.body.data.map((h: { id: string }) => h.id)).toContain('drive-after-session');
  });

  it('rejects duplicates (409), bad references and invalid bodies (422), naming the fields', async () => {
    await t.http.post('/v1/faqs').set(auth(writeKey)).send(faq('drive-after-session')).expect(409);
    const price = { ...seedData.prices[0], id: 'orphan-price', program_id: 'no-such-program' };
    const ref = await t.http.post('/v1/prices').set(auth(writeKey)).send(price).expect(422);
    expect(ref.body.errors).toEqual([expect.objectContaining({ name: 'program_id', in: 'body' })]);
    // Answered by the source it cites (hostile 18 H18-8), which does not exist.
    const badSource = {
      ...faq('bad-source'),
      answered_by: 'nowhere',
      citations: [{ source_id: 'nowhere', excerpt: 'x', section: 'y' }],
    };
    expect(
      (await t.http.post('/v1/faqs').set(auth(writeKey)).send(badSource).expect(422)).body.errors.map(
        (e: { name: string }) => e.name,
      ),
    ).toContain('citations[0].source_id');
    const invalid = await t.http
      .post('/v1/faqs')
      .set(auth(writeKey))
      .send({ ...faq('Not A Slug'), position: 'first', citations: [] })
      .expect(422);
    const names = invalid.body.errors.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['id', 'position', 'citations']));
    await t.http.get('/v1/prices/orphan-price').expect(404);
  });

  it('needs If-Match (428), rejects a stale one (412), and replaces with the current one', async () => {
    const url = '/v1/faqs/drive-after-session';
    const { id: _id, ...body } = {
      ...faq('drive-after-session'),
      answer: 'No. Arrange a designated driver, rideshare, or transit.',
    };
    await t.http.put(url).set(auth(writeKey)).send(body).expect(428);
    await t.http.put(url).set(auth(writeKey)).set('if-match', '"v7-abc"').send(body).expect(412);
    const etag = (await t.http.get(url).expect(200)).headers.etag as string;
    expect(etag).toMatch(/^"v1-/);
    const res = await t.http.put(url).set(auth(writeKey)).set('if-match', etag).send(body).expect(200);
    expect(res.body.data).toMatchObject({ version: 2, answer: body.answer });
    const after = await t.http.get(url).expect(200);
    expect(after.headers.etag).toMatch(/^"v2-/);
    expect(after.body.data.answer).toBe(body.answer);
  });

  it('applies JSON Merge Patch and validates the result', async () => {
    const url = '/v1/faqs/drive-after-session';
    let etag = (await t.http.get(url).expect(200)).headers.etag as string;
    const res = await t.http
      .patch(url)
      .set(auth(writeKey))
      .set('if-match', etag)
      .set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify({ position: 12 }))
      .expect(200);
    expect(res.body.data).toMatchObject({ position: 12, version: 3 });
    etag = (await t.http.get(url).expect(200)).headers.etag as string;
    const bad = await t.http.patch(url).set(auth(writeKey)).set('if-match', etag).send({ question: null }).expect(422);
    expect(bad.body.errors[0].name).toBe('question');
  });

  it('lets exactly one of two conflicting editors win', async () => {
    const url = '/v1/faqs/drive-after-session';
    const etag = (await t.http.get(url).expect(200)).headers.etag as string;
    const [a, b] = await Promise.all([
      t.http.patch(url).set(auth(writeKey)).set('if-match', etag).send({ position: 20 }),
      t.http.patch(url).set(auth(writeKey)).set('if-match', etag).send({ position: 30 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
  });

  it('soft-deletes with a tombstone and restores', async () => {
    const url = '/v1/faqs/drive-after-session';
    const etag = (await t.http.get(url).expect(200)).headers.etag as string;
    await t.http.delete(url).set(auth(writeKey)).expect(428);
    await t.http.delete(url).set(auth(writeKey)).set('if-match', etag).expect(204);
    await t.http.get(url).expect(404);
    const feed = await t.http.get('/v1/changes?limit=1000').expect(200);
    expect(feed.body.data.at(-1)).toMatchObject({ id: 'drive-after-session', action: 'deleted' });
    const hits = (await t.http.get('/v1/search?q=designated&collection=faqs').expect(200)).body.data;
    expect(hits.map((h: { id: string }) => h.id)).not.toContain('drive-after-session');
    await t.http.post(`${url}/restore`).set(auth(writeKey)).expect(200);
    await t.http.get(url).expect(200);
    const revs = await t.http.get(`${url}/revisions`).expect(200);
    expect(revs.body.data.map((r: { action: string }) => r.action).slice(0, 2)).toEqual(['restored', 'deleted']);
  });

  it('hides the revisions of a deleted record like the record itself', async () => {
    await t.http.post('/v1/faqs').set(auth(writeKey)).send(faq('to-delete')).expect(201);
    const etag = (await t.http.get('/v1/faqs/to-delete').expect(200)).headers.etag as string;
    await t.http.delete('/v1/faqs/to-delete').set(auth(writeKey)).set('if-match', etag).expect(204);
    const hidden = await t.http.get('/v1/faqs/to-delete/revisions').expect(404);
    expect(hidden.body.detail).toContain('is deleted: its revisions are hidden with it until it is restored');
  });

  it('checks the key before the body: an unauthenticated write with a bad body is 401', async () => {
    await t.http.post('/v1/faqs').send({ nonsense: true }).expect(401);
  });

  it('never answers If-Modified-Since with 304 after a change in the same second', async () => {
    const url = '/v1/faqs/drive-after-session';
    const first = await t.http.get(url).expect(200);
    const etag = first.headers.etag as string;
    await t.http.patch(url).set(auth(writeKey)).set('if-match', etag).send({ position: 41 }).expect(200);
    const lm = (await t.http.get(url).expect(200)).headers['last-modified'] as string;
    const etag2 = (await t.http.get(url).expect(200)).headers.etag as string;
    await t.http.patch(url).set(auth(writeKey)).set('if-match', etag2).send({ position: 42 }).expect(200);
    const res = await t.http.get(url).set('if-modified-since', lm).expect(200);
    expect(res.body.data.position).toBe(42);
  });

  it('refuses bodies over the size limit with 413 problem+json', async () => {
    const huge = { ...faq('huge'), answer: 'x'.repeat(300_000) };
    const res = await t.http.post('/v1/faqs').set(auth(writeKey)).send(huge);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('seed versus edits', () => {
  it('db:seed keeps editorial changes unless forced, and reports them', async () => {
    const url = '/v1/faqs/what-is-community-of-practice';
    const etag = (await t.http.get(url).expect(200)).headers.etag as string;
    await t.http
      .patch(url)
      .set(auth(writeKey))
      .set('if-match', etag)
      .send({ answer: 'Edited by an editor.' })
      .expect(200);
    const { loadSeed } = await import('../seed/load.js');
    const report = loadSeed(t.db);
    expect(report.kept_edits).toEqual(['faqs/what-is-community-of-practice']);
    expect((await t.http.get(url).expect(200)).body.data.answer).toBe('Edited by an editor.');
    const forced = loadSeed(t.db, undefined, { force: true });
    expect(forced.updated).toBeGreaterThanOrEqual(1);
    expect((await t.http.get(url).expect(200)).body.data.answer).not.toBe('Edited by an editor.');
  });
});

describe('keys and write limits', () => {
  it('a revoked key no longer writes; writes are rate limited per key', async () => {
    const app = await startApp({ WRITE_RATE_LIMIT_MAX: '2' });
    try {
      const { revokeKey } = await import('../src/auth/keys.js');
      const a = createKey(app.db, 'limited', 'write').key;
      await app.http.post('/v1/faqs').set(auth(a)).send(faq('limit-1')).expect(201);
      await app.http.post('/v1/faqs').set(auth(a)).send(faq('limit-2')).expect(201);
      const limited = await app.http.post('/v1/faqs').set(auth(a)).send(faq('limit-3')).expect(429);
      expect(limited.headers['retry-after']).toBeTruthy();
      // Forged keys count against the sender's IP, not the key they name: no bypass, no lock-out of the owner.
      const forged = `${a.slice(0, 21)}${'x'.repeat(43)}`;
      await app.http.post('/v1/faqs').set(auth(forged)).send(faq('forged')).expect(401);
      const b = createKey(app.db, 'other', 'write').key;
      await app.http.post('/v1/faqs').set(auth(b)).send(faq('limit-4')).expect(201);
      expect(revokeKey(app.db, 'other')).toBe(true);
      await app.http.post('/v1/faqs').set(auth(b)).send(faq('limit-5')).expect(401);
      const stored = app.db.all<{ hash: string }>(sql`select hash from api_keys`);
      for (const row of stored) expect([a, b].some((k) => k.includes(row.hash))).toBe(false);
    } finally {
      await app.close();
    }
  });
});
