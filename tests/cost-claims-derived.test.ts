/**
 * What a cost claim is said of (its programs, countries, currencies: `claimScope`) is derived from the data once per
 * data version; the comparison's filters read it. A write that moves an organization to another country moves the
 * claims said of it at the next request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costClaims } from '../seed/data/cost-claims.js';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp({ RESPONSE_CACHE: 'false' });
});
afterAll(() => t.close());

const claimsIn = async (country: string) =>
  ((await t.http.get(`/v1/cost-comparison?country=${country}`).expect(200)).body.claims as { id: string }[]).map(
    (c) => c.id,
  );

describe('cost claims under a country filter', () => {
  it('follow a write to what they are said of at the next request', async () => {
    // A claim said of organizations only, none of whose programs is in another country.
    const claim = costClaims.find(
      (c) =>
        c.organization_ids.length > 0 &&
        !c.program_ids.length &&
        !c.price_ids.length &&
        !seedData.programs.some((p) => c.organization_ids.includes(String(p.organization_id))),
    );
    expect(claim).toBeDefined();
    const { id, organization_ids } = claim as (typeof costClaims)[number];
    const orgs = seedData.organizations.filter((o) => organization_ids.includes(o.id));
    const was = [...new Set(orgs.map((o) => o.country))].filter((c): c is string => typeof c === 'string');
    expect(was.length).toBeGreaterThan(0);
    const moved = ['NZ', 'IE'].find((c) => !was.includes(c)) as string;
    expect(await claimsIn(was[0] as string)).toContain(id);
    expect(await claimsIn(moved)).not.toContain(id);

    const key = createKey(t.db, 'editor-cost-claims', 'write').key;
    for (const org of orgs) {
      const path = `/v1/organizations/${org.id}`;
      const etag = String((await t.http.get(path).expect(200)).headers.etag);
      const res = await t.http
        .patch(path)
        .set({ authorization: `Bearer ${key}`, 'if-match': etag, 'content-type': 'application/merge-patch+json' })
        .send({ country: moved, region: null, city: null });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect(await claimsIn(moved)).toContain(id);
    for (const country of was) expect(await claimsIn(country)).not.toContain(id);
  });
});

describe("a claim's hedge joins qualifiers as its spec says (audit 22 A22-4)", () => {
  // "…" joins qualifiers of one sentence, "; " those of several: "most initial protocols … approximately" said the two
  // were of one sentence, which the KAIR article ends between them.
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);
  it.each(costClaims.filter((c) => c.hedge !== null).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    for (const group of (c.hedge as string).split('; ')) {
      const pieces = group.split(' … ');
      const inOneSentence = c.citations.some((x) =>
        sentences(x.excerpt).some((s) => {
          let at = 0;
          for (const p of pieces) {
            const found = s.toLowerCase().indexOf(p.toLowerCase(), at);
            if (found < 0) return false;
            at = found + p.length;
          }
          return true;
        }),
      );
      expect(inOneSentence, `${c.id}: "${group}"`).toBe(true);
    }
  });
});
