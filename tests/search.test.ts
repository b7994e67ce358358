/**
 * GET /v1/search pages like the lists (issue 16, item 5): keyset cursors with `next_cursor`, `links`
 * and a `Link` header, a total, a documented per-record score, one highlight format, `fields`, and
 * cursors that stay exact while the data changes and are a 400 problem when malformed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
let auth: { authorization: string };
beforeAll(async () => {
  t = await startApp();
  auth = { authorization: `Bearer ${createKey(t.db, 'editor-search', 'write').key}` };
});
afterAll(() => t.close());

interface Hit {
  collection: string;
  id: string;
  title?: string;
  snippet?: string;
  score?: number;
  href?: string;
}
const key = (h: Hit) => `${h.collection}/${h.id}`;

/** Every page of a search, following `links.next`; checks each page's Link header and meta on the way. */
async function walk(query: string, between?: (page: number) => Promise<void>): Promise<{ hits: Hit[]; total: number }> {
  const hits: Hit[] = [];
  let url: string | null = `/v1/search?${query}`;
  let total = -1;
  for (let page = 0; url; page++) {
    const res: {
      body: { data: Hit[]; meta: { total: number; next_cursor: string }; links: { next: string | null } };
      headers: Record<string, string>;
    } = await t.http.get(url).expect(200);
    if (total < 0) total = res.body.meta.total;
    hits.push(...res.body.data);
    const next: string | null = res.body.links.next;
    expect(res.body.meta.next_cursor === null).toBe(next === null);
    if (next) {
      expect(res.headers.link).toBe(`<${next}>; rel="next"`);
      expect(next).toContain(`cursor=${encodeURIComponent(res.body.meta.next_cursor)}`);
    } else expect(res.headers.link).toBeUndefined();
    expect(page).toBeLessThan(200);
    url = next;
    if (url && between) await between(page);
  }
  return { hits, total };
}

/** The documented order: score descending, then collection, then id. */
function expectOrdered(hits: Hit[]) {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1] as Hit;
    const b = hits[i] as Hit;
    const ok =
      (a.score as number) > (b.score as number) ||
      (a.score === b.score && (a.collection < b.collection || (a.collection === b.collection && a.id < b.id)));
    expect(ok, `${key(a)} (${a.score}) before ${key(b)} (${b.score})`).toBe(true);
  }
}

describe('paging', () => {
  it('walks every hit once, in order, whatever the page size; the total counts them all', async () => {
    // "the" is also a prefix ("therapy", "these"): well over one page of 100.
    const all = await walk('q=the&limit=100');
    expect(all.total).toBeGreaterThan(100);
    expect(all.hits).toHaveLength(all.total);
    expect(new Set(all.hits.map(key)).size).toBe(all.total);
    expectOrdered(all.hits);
    for (const limit of [1, 7, 40]) {
      const paged = await walk(`q=the&limit=${limit}`);
      expect(paged.total).toBe(all.total);
      expect(paged.hits.map(key)).toEqual(all.hits.map(key));
    }
  });

  it('pages within a collection filter and with fields, and the links keep them', async () => {
    const filtered = await walk('q=group&collection=faqs,guides&limit=4&fields=id');
    expect(filtered.hits.length).toBe(filtered.total);
    expect(filtered.total).toBeGreaterThan(4);
    for (const h of filtered.hits) {
      expect(['faqs', 'guides']).toContain(h.collection);
      expect(Object.keys(h).sort()).toEqual(['collection', 'id']);
    }
    const full = await walk('q=group&collection=faqs&collection=guides&limit=100');
    expect(filtered.hits.map(key)).toEqual(full.hits.map(key));
  });

  it('an empty result is one page with no cursor', async () => {
    const res = await t.http.get('/v1/search?q=zzqqxxnothing').expect(200);
    expect(res.body).toMatchObject({ data: [], meta: { total: 0, next_cursor: null }, links: { next: null } });
  });
});

describe('score', () => {
  it("is the share of the query's words in the title: 1, 1/2 or 0 for two words", async () => {
    const { hits } = await walk('q=group%20therapy&limit=100');
    const scores = new Set(hits.map((h) => h.score));
    expect([...scores].every((s) => s === 0 || s === 0.5 || s === 1)).toBe(true);
    expect(scores.size).toBe(3);
    for (const h of hits) {
      const title = (h.title as string).toLowerCase();
      const marked = [...title.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] as string);
      const words = Number(marked.includes('group')) + Number(marked.some((m) => m.startsWith('therapy')));
      expect(h.score, `${key(h)}: ${h.title}`).toBe(words / 2);
    }
    expectOrdered(hits);
  });

  it('rounds to 4 decimals and stays within 0 to 1', async () => {
    const { hits } = await walk('q=roots%20to%20thrive&limit=100');
    for (const h of hits) {
      expect(h.score).toBeGreaterThanOrEqual(0);
      expect(h.score).toBeLessThanOrEqual(1);
      expect([0, 0.3333, 0.6667, 1]).toContain(h.score);
    }
  });
});

describe('highlights', () => {
  it('title and snippet use the one format: escaped text with <mark> tags only', async () => {
    const { hits } = await walk('q=group&limit=100');
    for (const h of hits) {
      for (const html of [h.title, h.snippet] as string[]) {
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        expect(html).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      }
      expect(`${h.title} ${h.snippet}`).toMatch(/<mark>group/i);
    }
  });

  it('fields picks hit fields; collection and id are always kept', async () => {
    const res = await t.http.get('/v1/search?q=sublingual&fields=score,href').expect(200);
    for (const h of res.body.data) expect(Object.keys(h).sort()).toEqual(['collection', 'href', 'id', 'score']);
    const bad = await t.http.get('/v1/search?q=sublingual&fields=rank').expect(400);
    expect(bad.body.errors[0].name).toBe('fields');
  });
});

describe('cursors', () => {
  it('are exact while the data changes: untouched hits are neither repeated nor skipped', async () => {
    const before = (await walk('q=group%20therapy&limit=5')).hits.map(key);
    const changed = new Set<string>();
    let n = 0;
    const during = await walk('q=group%20therapy&limit=5', async () => {
      n++;
      // New records that match (they change every word's document frequency, which moved every bm25 rank)...
      const id = `search-walk-${n}`;
      await t.http
        .post('/v1/faqs')
        .set(auth)
        .send({
          id,
          question: n % 2 ? `Group therapy question ${n}?` : `Question ${n} about the group`,
          answer: `Therapy answer ${n}. The 24-hour no-driving rule applies regardless of group or individual format.`,
          position: 90 + n,
          related: [],
          answered_by: 'group-ketamine-therapy-canada',
          citations: [
            {
              source_id: 'group-ketamine-therapy-canada',
              excerpt: 'The 24-hour no-driving rule applies regardless of group or individual format.',
              section: 'Frequently asked questions',
            },
          ],
        })
        .expect(201);
      changed.add(`faqs/${id}`);
      // ...and some deleted again.
      if (n % 3 === 0) {
        const prev = `search-walk-${n - 1}`;
        const etag = (await t.http.get(`/v1/faqs/${prev}`).expect(200)).headers.etag as string;
        await t.http.delete(`/v1/faqs/${prev}`).set(auth).set('if-match', etag).expect(204);
      }
    });
    expect(n).toBeGreaterThan(5);
    const seen = during.hits.map(key);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((k) => !changed.has(k))).toEqual(before);
  });

  it('altered, foreign or malformed cursors are a 400 problem naming the cursor', async () => {
    const first = await t.http.get('/v1/search?q=group&limit=2').expect(200);
    const cursor: string = first.body.meta.next_cursor;
    const list = await t.http.get('/v1/faqs?limit=1').expect(200);
    const altered = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;
    for (const url of [
      '/v1/search?q=group&cursor=abc',
      '/v1/search?q=group&cursor=a.b.c',
      `/v1/search?q=group&cursor=${encodeURIComponent(altered)}`,
      `/v1/search?q=therapy&cursor=${encodeURIComponent(cursor)}`,
      `/v1/search?q=group&collection=faqs&cursor=${encodeURIComponent(cursor)}`,
      `/v1/search?q=%22%22&cursor=${encodeURIComponent(cursor)}`,
      `/v1/search?q=group&cursor=${encodeURIComponent(list.body.meta.next_cursor)}`,
      `/v1/faqs?cursor=${encodeURIComponent(cursor)}`,
    ]) {
      const res = await t.http.get(url);
      expect(res.status, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors[0]).toMatchObject({ name: 'cursor', in: 'query' });
    }
    // The same cursor with a differently spaced q (the same words) and other fields still works.
    await t.http.get(`/v1/search?q=%20group&fields=id&cursor=${encodeURIComponent(cursor)}`).expect(200);
  });
});
