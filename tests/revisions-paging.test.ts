/**
 * `GET /v1/<collection>/<id>/revisions` comes a page at a time (hostile probe 13, H13-5: after 2,913
 * edits of one record it was one 14.6 MB response). Like the lists: `limit` 1 to 100, an opaque signed
 * `cursor` bound to the record, newest first, `meta.next_cursor` and a `Link: rel="next"` header, and
 * keyset paging on revisions_record_idx, so a page costs the same however many revisions there are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Repository } from '../src/repository/repository.js';
import { REVISIONS_PAGE, Writer } from '../src/repository/writes.js';
import { byCollection } from '../src/resources/index.js';
import { citedFaq, startApp, type TestApp } from './helpers.js';

let t: TestApp;
let writer: Writer;
const faqs = byCollection.get('faqs')!;
const ID = 'many-revisions';
const OTHER = 'few-revisions';
/** Edits after the creation: more than two full pages of 100. */
const EDITS = 230;

/** One more revision of `id`, written through the store (the writer the API's PATCH uses). */
const edit = (id: string, position: number) =>
  writer.update(faqs, id, () => citedFaq(id, { position }), 'any', 'editor-anna', 'updated');

type Revision = { seq: number; version: number; action: string };
type Page = { data: Revision[]; meta: { limit: number; next_cursor: string | null } };

/** The URL of the `Link: rel="next"` header, or null when there is none. */
function nextLink(res: { headers: Record<string, string | undefined> }): string | null {
  const link = res.headers.link;
  if (!link) return null;
  const m = /^<([^>]+)>; rel="next"$/.exec(link);
  expect(m, link).not.toBeNull();
  return (m as RegExpExecArray)[1] as string;
}

/** Every page of a record's revisions, following the `Link` header. */
async function walk(url: string): Promise<Page[]> {
  const pages: Page[] = [];
  let next: string | null = url;
  while (next) {
    const res = await t.http.get(next).expect(200);
    const page = res.body as Page;
    pages.push(page);
    next = nextLink(res);
    // The header and the body name the same next page.
    expect(next === null, next ?? '').toBe(page.meta.next_cursor === null);
    if (next) expect(new URL(next, t.url).searchParams.get('cursor')).toBe(page.meta.next_cursor);
  }
  return pages;
}

beforeAll(async () => {
  t = await startApp();
  writer = new Writer(t.db, new Repository(t.db, 'x'.repeat(16), { get: () => 0, stop: () => {} }));
  writer.create(faqs, citedFaq(ID, { position: 1 }), 'editor-anna');
  for (let i = 0; i < EDITS; i++) edit(ID, 2 + (i % 2));
  writer.create(faqs, citedFaq(OTHER, { position: 1 }), 'editor-anna');
  edit(OTHER, 2);
});
afterAll(() => t.close());

describe('the revisions of a record, a page at a time', () => {
  it('walked page by page, gives every revision exactly once, newest first', async () => {
    const pages = await walk(`/v1/faqs/${ID}/revisions?limit=100`);
    expect(pages.map((p) => p.data.length)).toEqual([100, 100, EDITS + 1 - 200]);
    const all = pages.flatMap((p) => p.data);
    // Versions EDITS + 1 down to 1: each once, in order; the oldest is the creation.
    expect(all.map((r) => r.version)).toEqual(Array.from({ length: EDITS + 1 }, (_, i) => EDITS + 1 - i));
    expect(new Set(all.map((r) => r.seq)).size).toBe(all.length);
    expect(all.map((r) => r.seq)).toEqual([...all.map((r) => r.seq)].sort((a, b) => b - a));
    expect(all.at(-1)).toMatchObject({ action: 'created', version: 1 });
    expect(pages.at(-1)?.meta.next_cursor).toBeNull();
    // The same walk with the default page size agrees.
    const byDefault = (await walk(`/v1/faqs/${ID}/revisions`)).flatMap((p) => p.data);
    expect(byDefault.map((r) => r.seq)).toEqual(all.map((r) => r.seq));
  });

  it('bounds the page: 20 by default, 1 to 100 asked, never more', async () => {
    const first = (await t.http.get(`/v1/faqs/${ID}/revisions`).expect(200)).body as Page;
    expect(first.data).toHaveLength(20);
    expect(first.meta.limit).toBe(20);
    for (const limit of [1, 7, 100]) {
      const page = (await t.http.get(`/v1/faqs/${ID}/revisions?limit=${limit}`).expect(200)).body as Page;
      expect(page.data).toHaveLength(limit);
      expect(page.meta).toMatchObject({ limit, next_cursor: expect.any(String) });
    }
    // A record with fewer revisions than the page: one page, no next.
    const few = await t.http.get(`/v1/faqs/${OTHER}/revisions`).expect(200);
    expect(few.body.data.map((r: Revision) => r.action)).toEqual(['updated', 'created']);
    expect(few.body.meta).toEqual({ limit: 20, next_cursor: null });
    expect(few.headers.link).toBeUndefined();
    for (const limit of ['0', '101', '-1', '2.5', 'x', '']) {
      const res = await t.http.get(`/v1/faqs/${ID}/revisions?limit=${limit}`).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.map((e: { name: string }) => e.name)).toContain('limit');
    }
  });

  it('refuses a forged or foreign cursor with a 400 problem naming it', async () => {
    const cursorOf = async (url: string) => (await t.http.get(url).expect(200)).body.meta.next_cursor as string;
    const own = await cursorOf(`/v1/faqs/${ID}/revisions?limit=5`);
    const [body, mac] = own.split('.') as [string, string];
    const flip = (s: string) => `${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`;
    const forged = [
      `${flip(body)}.${mac}`,
      `${body}.${flip(mac)}`,
      // The seq of the first revision, with the record's real signature.
      `${Buffer.from('[1]').toString('base64url')}.${mac}`,
      own.slice(0, -3),
      'not-a-cursor',
      `${own}.x`,
    ];
    const foreign = [
      // Another record's revisions, the same record in a list, the search.
      await cursorOf(`/v1/faqs/${OTHER}/revisions?limit=1`),
      await cursorOf('/v1/faqs?limit=1'),
      await cursorOf('/v1/search?q=ketamine&limit=1'),
    ];
    for (const cursor of [...forged, ...foreign]) {
      const res = await t.http.get(`/v1/faqs/${ID}/revisions?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, cursor).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, errors: [{ name: 'cursor', in: 'query' }] });
    }
    // And the other way: this record's cursor on another record's revisions.
    await t.http.get(`/v1/faqs/${OTHER}/revisions?cursor=${encodeURIComponent(own)}`).expect(400);
  });

  it('a revision written between pages neither repeats nor skips the older ones', async () => {
    const before = (await t.http.get(`/v1/faqs/${ID}/revisions?limit=10`).expect(200)).body as Page;
    const newest = before.data[0] as Revision;
    edit(ID, 500);
    const rest = (await walk(`/v1/faqs/${ID}/revisions?limit=50&cursor=${before.meta.next_cursor}`)).flatMap(
      (p) => p.data,
    );
    const seen = [...before.data, ...rest].map((r) => r.version);
    expect(seen).toEqual(Array.from({ length: newest.version }, (_, i) => newest.version - i));
    // The new revision is on the first page of a new walk.
    const again = (await t.http.get(`/v1/faqs/${ID}/revisions?limit=10`).expect(200)).body as Page;
    expect(again.data[0]?.version).toBe(newest.version + 1);
    expect(again.data[1]?.seq).toBe(newest.seq);
  });

  it('still refuses unknown and repeated parameters, and hides a deleted record', async () => {
    for (const query of ['foo=1', 'offset=20', 'limit=5&limit=6', 'sort=seq']) {
      const res = await t.http.get(`/v1/faqs/${ID}/revisions?${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await t.http.get('/v1/faqs/no-such-faq/revisions').expect(404);
  });

  it('reads a page along the index, never sorting the record’s revisions', () => {
    const plan = (
      t.db.$client.prepare(`explain query plan ${REVISIONS_PAGE}`).all('faqs', ID, 1e15, 21) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join('; ');
    expect(plan).toMatch(/USING (COVERING )?INDEX revisions_record_idx \(collection=\? AND record_id=\? AND seq<\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
