/**
 * Hostile 20: what the twentieth attack on the HTTP surface found.
 * - H20-1: `updated_since` past year 9999 (a 9999-12-31 time with a negative offset) matched every record.
 * - H20-4: CORS did not expose `Deprecation`, `Sunset`, `Allow`, `WWW-Authenticate`, `Accept-Patch`.
 * - H20-5: `db:seed` dated what it wrote on a database with records at the seed's fixed time, before the edits it
 *   reverted: `updated_since` and `If-Modified-Since` never saw the change.
 * - H20-7: a body starting with a byte order mark was refused with V8's words around an invisible character.
 * - H20-9: a decimal in a query was searched as two integers anywhere (`q=0.1` marked "0.5mg/kg" and "1.5mg/kg").
 * - H20-10: past 1000 header fields Node dropped the rest, so a failing precondition after them went unread.
 * - H20-6: `q=mg/kg` found only the route dosed in mg, never the one dosed in mg/kg ("0.5mg/kg" is indexed as 0, 5mg, kg):
 *   the dose's unit is searched (migration 0049).
 * - H20-11: the dataset index's `last_updated` moved back when the latest-changed record was deleted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../seed/load.js';
import { createKey } from '../src/auth/keys.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { atOrAfter } from '../src/query/sql.js';
import { freshDb, startApp, type TestApp } from './helpers.js';
import { loadSeedBefore, migrationsBefore, seedBefore } from './old-database.js';

let t: TestApp;
let writer: string;
beforeAll(async () => {
  t = await startApp({ CORS_ORIGINS: '*' });
  writer = createKey(t.db, 'editor', 'write').key;
});
afterAll(() => t.close());

/** A request written byte for byte over a socket (`Connection: close`); the status and the whole answer. */
function rawRequest(head: string[], body = ''): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(
        `${[...head, 'Connection: close', `Content-Length: ${Buffer.byteLength(body)}`].join('\r\n')}\r\n\r\n${body}`,
      ),
    );
    let text = '';
    socket.on('data', (c) => (text += c));
    socket.on('end', () => resolve({ status: Number(text.slice(9, 12)), text }));
    socket.on('error', reject);
  });
}

describe('updated_since after every stored time matches no record (H20-1)', () => {
  it.each([
    '9999-12-31T23:59:59Z',
    '9999-12-31T23:59:59-01:00',
    '9999-12-31T23:30:00-00:31',
    '9999-12-31T23:59:59.9991Z',
  ])('%s', async (since) => {
    expect(atOrAfter(since) >= '9999-12-31T23:59:59.000Z').toBe(true);
    const res = await t.http.get('/v1/faqs').query({ updated_since: since, fields: 'id' }).expect(200);
    expect(res.body.meta.total).toBe(0);
    const ndjson = await t.http.get('/v1/faqs.ndjson').query({ updated_since: since }).expect(200);
    expect(ndjson.text).toBe('');
  });

  it('and one before every stored time matches every record', async () => {
    const all = (await t.http.get('/v1/faqs').query({ fields: 'id' }).expect(200)).body.meta.total;
    for (const since of ['0000-01-01T00:00:00+01:00', '1970-01-01T00:00:00Z'])
      expect(
        (await t.http.get('/v1/faqs').query({ updated_since: since, fields: 'id' }).expect(200)).body.meta.total,
      ).toBe(all);
  });
});

describe('CORS exposes every header a response documents (H20-4)', () => {
  it('names the lifecycle notice and the headers of a 405, a 401 and a 415', async () => {
    const res = await t.http.get('/v1/faqs').set('origin', 'https://app.example').expect(200);
    const exposed = String(res.headers['access-control-expose-headers']).split(/,\s*/);
    for (const name of ['Deprecation', 'Sunset', 'Allow', 'WWW-Authenticate', 'Accept-Patch', 'ETag', 'Link'])
      expect(exposed).toContain(name);
  });
});

describe('what the seed writes on a database with records is dated when it is written (H20-5)', () => {
  it('a reverted edit and a restored record move forward, and are seen by updated_since', () => {
    const db = freshDb();
    try {
      const key = 'contraindications/active-substance-use-disorder';
      const read = (id: string) =>
        db.$client.prepare('select updated_at, deleted_at, version from contraindications where id = ?').get(id) as {
          updated_at: string;
          deleted_at: string | null;
          version: number;
        };
      const edited = '2026-12-05T02:48:32.848Z';
      db.$client
        .prepare("update contraindications set note = 'An editor’s note.', updated_at = ? where id = ?")
        .run(edited, key.split('/')[1]);
      db.$client
        .prepare('update contraindications set deleted_at = ?, updated_at = ? where id = ?')
        .run(edited, edited, 'active-suicidality');
      const before = new Date().toISOString();
      const report = loadSeed(db, undefined, { force: true });
      expect(report.updated).toBe(2);
      for (const id of ['active-substance-use-disorder', 'active-suicidality']) {
        const row = read(id);
        expect(row.deleted_at, id).toBeNull();
        expect(row.updated_at >= before, `${id} ${row.updated_at}`).toBe(true);
      }
      const events = db.$client
        .prepare("select changed_at from changes where collection = 'contraindications' and changed_at >= ?")
        .all(before);
      expect(events).toHaveLength(2);
    } finally {
      db.$client.close();
    }
  });

  it('a first seed keeps the seed’s own time (byte-identical databases)', () => {
    const [a, b] = [freshDb(), freshDb()];
    try {
      const times = (db: typeof a) => db.$client.prepare('select distinct updated_at from programs').all();
      expect(times(a)).toEqual(times(b));
      expect(times(a)).toHaveLength(1);
    } finally {
      a.$client.close();
      b.$client.close();
    }
  });
});

describe('a body with a byte order mark is refused, naming it (H20-7)', () => {
  it('on POST and PATCH', async () => {
    const body = `\uFEFF${JSON.stringify({ position: 4 })}`;
    const res = await t.http
      .patch('/v1/faqs/can-i-drive-home-after-a-group-session')
      .set({ authorization: `Bearer ${writer}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send(body)
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toContain('byte order mark (U+FEFF)');
    const post = await t.http
      .post('/v1/faqs')
      .set({ authorization: `Bearer ${writer}`, 'content-type': 'application/json' })
      .send(`\uFEFF{}`)
      .expect(400);
    expect(post.body.detail).toContain('byte order mark');
  });
});

describe('a decimal in a query is that figure (H20-9)', () => {
  const hits = async (q: string) =>
    (await t.http.get('/v1/search').query({ q, limit: 100 }).expect(200)).body.data as {
      id: string;
      snippet: string;
    }[];

  it.each(['0.1', '1.0', '2.5', '3.5', '5.5', '12.5'])('%s, which no record gives, finds nothing', async (q) => {
    expect(await hits(q)).toEqual([]);
  });

  it('0.5 and 1.5 find the dose written "0.5mg/kg to 1.5mg/kg", marking the figure, never a piece of another', async () => {
    for (const q of ['0.5', '1.5', '0.5mg']) {
      const found = await hits(q);
      const im = found.find((h) => h.id === 'intramuscular');
      expect(im, q).toBeDefined();
      const figure = q.replace(/mg$/, '');
      // The figure is marked whole, "<mark>0.5mg</mark>", and the other figure of the range is not marked.
      expect(im?.snippet, q).toContain(`<mark>${figure}mg</mark>`);
      const other = figure === '1.5' ? '0.5' : '1.5';
      expect(im?.snippet, q).toContain(`${other}mg/kg`);
      expect(im?.snippet, q).not.toMatch(/<mark>\d<\/mark>\./);
    }
  });
});

describe('every header field is read (H20-10)', () => {
  const padding = Array.from({ length: 1100 }, (_, i) => `X${i}: v`);
  const { host } = new URL('http://127.0.0.1');

  it('a failing If-None-Match after 1100 fields is a 412, and nothing is written', async () => {
    const url = '/v1/faqs/can-i-drive-home-after-a-group-session';
    const before = (await t.http.get(url).expect(200)).body.data.version;
    const res = await rawRequest(
      [
        `PATCH ${url} HTTP/1.1`,
        `Host: ${host}`,
        `Authorization: Bearer ${writer}`,
        'Content-Type: application/merge-patch+json',
        'If-Match: *',
        ...padding,
        'If-None-Match: *',
      ],
      JSON.stringify({ position: 7 }),
    );
    expect(res.status).toBe(412);
    expect((await t.http.get(url).expect(200)).body.data.version).toBe(before);
  });

  it('a second Authorization after 1100 fields is a 400 naming it', async () => {
    const res = await rawRequest([
      'GET /v1/faqs HTTP/1.1',
      `Host: ${host}`,
      `Authorization: Bearer ${writer}`,
      ...padding,
      'Authorization: Bearer kat_0000000000000000_evil',
    ]);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/authorization/i);
  });
});

describe('a dose is found by its unit (H20-6)', () => {
  const ids = async (q: string) =>
    (
      (await t.http.get('/v1/search').query({ q, collection: 'dosing-routes' }).expect(200)).body.data as {
        id: string;
      }[]
    ).map((h) => h.id);

  it.each(['mg/kg', '0.5 mg/kg', '0.5 to 1.5 mg/kg', '1.5 mg/kg'])('%s finds the route dosed in mg/kg', async (q) => {
    expect(await ids(q)).toContain('intramuscular');
  });

  it('a hit found through the unit shows the sentence that gives the dose, never the unit run on from another speaker’s (review 38b R38b-1)', async () => {
    const hits = async (q: string) =>
      (await t.http.get('/v1/search').query({ q, collection: 'dosing-routes' }).expect(200)).body.data as {
        id: string;
        snippet: string;
      }[];
    const im = (await hits('mg/kg')).find((h) => h.id === 'intramuscular');
    expect(im?.snippet).toContain('The KAIR article');
    expect(im?.snippet).toContain('0.5mg/<mark>kg</mark>');
    for (const q of ['dose mg', 'sessions mg', 'Canadian mg/kg', 'Roots mg/kg'])
      for (const h of await hits(q)) expect(h.snippet, `${q}: ${h.id}`).not.toMatch(/[.)]\s+(<mark>)?mg(<\/mark>)?\/?/);
  });

  it('mg finds both dosed routes, and the list’s q= alike', async () => {
    expect((await ids('mg')).sort()).toEqual(expect.arrayContaining(['intramuscular', 'sublingual']));
    const list = (await t.http.get('/v1/dosing-routes').query({ q: 'mg/kg', fields: 'id' }).expect(200)).body.data;
    expect(list.map((r: { id: string }) => r.id)).toContain('intramuscular');
  });

  it('an upgraded database finds it too (migration 0049 indexes every route again)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'katalog-0049-'));
    const db = openDb(':memory:');
    try {
      migrateDb(db, migrationsBefore(dir, '0049_search_dose_unit'));
      loadSeedBefore(db, seedBefore('0048'));
      // The load indexes with today's expressions (Writer.bulk): each route written again goes through the old triggers.
      db.$client.prepare('update dosing_routes set name = name').run();
      const found = () =>
        (
          db.$client
            .prepare(
              'select k.record_id as id from search join search_keys k on k.id = search.rowid where search match \'"mg" AND "kg"\' and k.collection = \'dosing_routes\'',
            )
            .all() as { id: string }[]
        ).map((r) => r.id);
      expect(found()).not.toContain('intramuscular');
      migrateDb(db);
      expect(found()).toContain('intramuscular');
    } finally {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the dataset index’s last_updated is the latest change, deletions included (H20-11)', () => {
  it('moves forward when the latest-changed record is deleted', async () => {
    const auth = { authorization: `Bearer ${writer}` };
    const body = {
      id: 'h20-11-faq',
      question: 'Can I drive home after a group session?',
      answer: 'The Canadian article answers: No.',
      answered_by: 'group-ketamine-therapy-canada',
      position: 99,
      related: [],
      citations: [
        {
          source_id: 'group-ketamine-therapy-canada',
          excerpt: 'The 24-hour no-driving rule applies regardless of group or individual format.',
          section: 'Frequently asked questions',
        },
      ],
    };
    const created = await t.http.post('/v1/faqs').set(auth).send(body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const afterCreate = (await t.http.get('/v1').expect(200)).body.last_updated as string;
    expect(afterCreate).toBe(created.body.data.updated_at);
    await new Promise((r) => setTimeout(r, 5));
    await t.http.delete('/v1/faqs/h20-11-faq').set(auth).set('if-match', '*').expect(204);
    const afterDelete = await t.http.get('/v1').expect(200);
    expect(afterDelete.body.last_updated > afterCreate).toBe(true);
    expect(Date.parse(afterDelete.body.last_updated)).toBe(
      Math.floor(Date.parse(String(afterDelete.headers['last-modified'])) / 1000) * 1000 +
        (Date.parse(afterDelete.body.last_updated) % 1000),
    );
  });
});
