import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed } from '../seed/load.js';
import { Repository } from '../src/repository/repository.js';
import { Writer } from '../src/repository/writes.js';
import { byCollection } from '../src/resources/index.js';
import { COLLECTIONS, startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Event = { seq: number; collection: string; id: string; action: string; href: string };

/** A partner's replica: applies the feed from `since`, fetching current records. */
async function replay(replica: Map<string, unknown>, since?: string): Promise<string> {
  let cursor = since;
  for (;;) {
    const res = await t.http.get(`/v1/changes?limit=7${cursor ? `&since=${cursor}` : ''}`).expect(200);
    for (const e of res.body.data as Event[]) {
      const key = `${e.collection}/${e.id}`;
      if (e.action === 'deleted') replica.delete(key);
      else replica.set(key, (await t.http.get(e.href).expect(200)).body.data);
    }
    cursor = res.body.meta.next_cursor;
    if (!res.body.meta.has_more) return cursor as string;
  }
}

async function current(): Promise<Map<string, unknown>> {
  const all = new Map<string, unknown>();
  for (const c of COLLECTIONS) {
    let url: string | null = `/v1/${c}?limit=100`;
    while (url) {
      const res: Response = await t.http.get(url).expect(200);
      for (const item of res.body.data) all.set(`${c}/${item.id}`, item);
      url = res.body.links.next;
    }
  }
  return all;
}

describe('change feed', () => {
  it('has one created event per seeded record, in order', async () => {
    const res = await t.http.get('/v1/changes?limit=1000').expect(200);
    const seqs = res.body.data.map((e: Event) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a: number, b: number) => a - b));
    expect(res.body.data.length).toBe(Object.values(seedData).flat().length);
    expect(new Set(res.body.data.map((e: Event) => e.action))).toEqual(new Set(['created']));
  });

  it('replayed from the start reproduces the current data exactly, updates and deletes included', async () => {
    const replica = new Map<string, unknown>();
    const cursor = await replay(replica);
    expect(replica).toEqual(await current());

    // Changes after the first sync: an edit (seed update) and a deletion.
    const edited = structuredClone(seedData);
    edited.faqs[0]!.answer = `${edited.faqs[0]!.answer} (revised)`;
    loadSeed(t.db, edited, '2027-01-01T00:00:00.000Z');
    // Deletes through the one writer production uses (the API's DELETE), not a test-only path.
    const repo = new Repository(t.db, 'x'.repeat(16), { get: () => 0, stop: () => {} });
    const writer = new Writer(t.db, repo);
    const prices = byCollection.get('prices')!;
    const id = 'atma-cena-member-clinic-group-integration-price';
    writer.remove(prices, id, 'any', 'editor');
    await t.http.get(`/v1/prices/${id}`).expect(404);

    const tail = await t.http.get(`/v1/changes?since=${cursor}`).expect(200);
    expect(tail.body.data.map((e: Event) => e.action)).toEqual(['updated', 'deleted']);
    const afterDelete = await replay(replica, cursor);
    expect(replica).toEqual(await current());
    expect(replica.has(`prices/${id}`)).toBe(false);

    // A restore is "restored" in the feed, as in the revisions, and a replica fetches the record again.
    writer.restore(prices, id, 'editor');
    const restored = await t.http.get(`/v1/changes?since=${afterDelete}`).expect(200);
    expect(restored.body.data.map((e: Event) => e.action)).toEqual(['restored']);
    await replay(replica, afterDelete);
    expect(replica).toEqual(await current());
    expect(replica.has(`prices/${id}`)).toBe(true);
  });

  it('is revalidated on every poll, and refuses a cursor past the end', async () => {
    const res = await t.http.get('/v1/changes?limit=1').expect(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    const again = await t.http.get('/v1/changes?limit=1').set('if-none-match', String(res.headers.etag)).expect(304);
    expect(again.headers['cache-control']).toBe('no-cache');
    const last = (await t.http.get('/v1/changes?limit=1000').expect(200)).body.data.at(-1).seq as number;
    await t.http.get(`/v1/changes?since=${last}`).expect(200);
    const past = await t.http.get(`/v1/changes?since=${last + 1}`).expect(400);
    expect(past.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(past.body.errors[0].name).toBe('since');
  });

  it('rejects a malformed cursor', async () => {
    const res = await t.http.get('/v1/changes?since=abc').expect(400);
    expect(res.body.errors[0].name).toBe('since');
  });
});
