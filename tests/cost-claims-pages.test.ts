/**
 * The cost comparison's claims (audit 18): a claim said of named records comes once across the pages, on the page of
 * the prices it is said of (the first page when its programs have none), never on every page (A18-4); and a claim
 * whose organization, program or price was deleted is withheld, never served pointing at nothing (A18-3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costClaims } from '../seed/data/cost-claims.js';
import { createKey } from '../src/auth/keys.js';
import { comparisonPages, startApp, type TestApp } from './helpers.js';

type Page = { claims: { id: string; unfiltered: boolean }[]; meta: { next_cursor: string | null } };

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp({ WRITE_RATE_LIMIT_MAX: '100000' });
  key = createKey(t.db, 'editor', 'write').key;
});
afterAll(() => t.close());

/** Every page of the cost comparison for `query`, `limit` owners a page. */
const pages = (query: string, limit: number) =>
  comparisonPages<Page>(t, [query, `limit=${limit}`].filter(Boolean).join('&'));

const general = new Set(
  costClaims.filter((c) => !c.price_ids.length && !c.program_ids.length && !c.organization_ids.length).map((c) => c.id),
);

describe('claims across pages', () => {
  for (const query of [
    '',
    'country=CA',
    'currency=CAD',
    'currency=USD',
    'country=US',
    'program_id=roots-to-thrive-group',
  ]) {
    it(`each claim said of named records comes once, and the pages hold the unpaged answer's claims (${query || 'no filter'})`, async () => {
      const [whole] = await pages(query, 100);
      const expected = (whole as Page).claims.map((c) => c.id).sort();
      for (const limit of [1, 2]) {
        const walked = await pages(query, limit);
        const named = walked.flatMap((p) => p.claims.filter((c) => !c.unfiltered).map((c) => c.id));
        expect(new Set(named).size, `${query} limit=${limit}`).toBe(named.length);
        const union = new Set(walked.flatMap((p) => p.claims.map((c) => c.id)));
        expect([...union].sort()).toEqual(expected);
        for (const page of walked) for (const c of page.claims) expect(c.unfiltered).toBe(general.has(c.id));
      }
    });
  }

  it('a claim said of an organization without prices comes on the first page only', async () => {
    const walked = await pages('', 1);
    const on = walked.flatMap((p, i) =>
      p.claims.some((c) => c.id === 'kair-colorado-clinic-group-sessions-half-price') ? [i] : [],
    );
    expect(on).toEqual([0]);
  });
});

describe('claims whose records were deleted', () => {
  it('are withheld: a claim never points at a deleted organization', async () => {
    const id = 'kair-colorado-clinic-group-sessions-half-price';
    const claim = costClaims.find((c) => c.id === id);
    expect(claim?.organization_ids).toEqual(['colorado-group-sessions-clinic']);
    const before = (await t.http.get('/v1/cost-comparison').expect(200)).body as Page;
    expect(before.claims.map((c) => c.id)).toContain(id);
    const path = '/v1/organizations/colorado-group-sessions-clinic';
    const tag = String((await t.http.get(path).expect(200)).headers.etag);
    await t.http
      .delete(path)
      .set({ authorization: `Bearer ${key}`, 'if-match': tag })
      .expect(204);
    const after = (await t.http.get('/v1/cost-comparison').expect(200)).body as Page;
    expect(after.claims.map((c) => c.id)).toEqual(before.claims.map((c) => c.id).filter((c) => c !== id));
    // Restored, it is back.
    await t.http
      .post(`${path}/restore`)
      .set({ authorization: `Bearer ${key}` })
      .expect((res) => expect(res.status).toBeLessThan(300));
    const restored = (await t.http.get('/v1/cost-comparison').expect(200)).body as Page;
    expect(restored.claims.map((c) => c.id)).toEqual(before.claims.map((c) => c.id));
  });
});
