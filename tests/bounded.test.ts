/**
 * Bounded work per request, as correctness (no timing): the cost comparison pages by owner and its
 * pages together hold exactly the unpaged answer, each pair and price once; no statement of the
 * cost comparison, a filtered list or a `q=` export binds more parameters as the data grows (so
 * "too many SQL variables" cannot happen, whatever the number of programs in a country); an export
 * is one snapshot while records are renamed during the stream.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costClaims } from '../seed/data/cost-claims.js';
import { seedData } from '../seed/data/index.js';
import type { Db } from '../src/db/client.js';
import { Writer } from '../src/repository/writes.js';
import { organizationsResource } from '../src/resources/organizations/organizations.resource.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

const AT = '2026-01-01T00:00:00.000Z';
const program = programsResource.input.parse(seedData.programs[0]);
const price = pricesResource.input.parse(seedData.prices.find((p) => p.program_id === program.id));
const organization = organizationsResource.input.parse(
  seedData.organizations.find((o) => o.id === program.organization_id),
);

/**
 * `n` Canadian organizations (every 7th a seed one) with a group and an individual program each, each program with its
 * whole-program price: a price has its program's format (hostile 18 H18-17), so the two formats of one owner are two
 * programs, as the seed's Roots to Thrive tracks are.
 */
function addPrograms(db: Db, n: number, from = 0) {
  const writer = Writer.on(db);
  writer.bulk(() => {
    for (let i = from; i < from + n; i++) {
      const id = `bounded-program-${String(i).padStart(4, '0')}`;
      let organization_id = program.organization_id;
      // A program's name or description names its organization (hostile 21 H21-10).
      let by = organization.name;
      if (i % 7 !== 0) {
        organization_id = `bounded-org-${String(i).padStart(4, '0')}`;
        by = `Bounded organization ${i}`;
        writer.put(
          organizationsResource,
          { ...organization, id: organization_id, name: by, partner_organization_ids: [] },
          { actor: 'test', at: AT },
        );
      }
      for (const format of ['group', 'individual'] as const) {
        writer.put(
          programsResource,
          {
            ...program,
            id: `${id}-${format}`,
            organization_id,
            format,
            name: `Bounded ${i} ${format} of ${by}`,
            country: 'CA',
            region: 'BC',
            city: 'Nanaimo',
          },
          { actor: 'test', at: AT },
        );
        writer.put(
          pricesResource,
          {
            ...price,
            id: `${id}-${format}`,
            program_id: `${id}-${format}`,
            format,
            label: `Bounded ${i} ${format} of ${by}`,
            amount_min: format === 'group' ? 1000 + i : 2000 + i,
            amount_max: null,
            currency: 'CAD',
            unit: 'per_program',
            sessions_included: 3,
            sessions_included_max: null,
          },
          { actor: 'test', at: AT },
        );
      }
    }
  });
}

type Body = {
  data: {
    currency: string;
    pairs: { group: { price_id: string }; individual: { price_id: string } }[];
    not_comparable: { price_id: string }[];
  }[];
  claims: { id: string }[];
  meta: { limit: number; next_cursor: string | null };
};

/** Every page of a cost comparison, walking `next_cursor`. */
async function walk(t: TestApp, query: string, limit: number): Promise<Body[]> {
  const pages: Body[] = [];
  let cursor: string | null = null;
  do {
    const q = `${query}${query ? '&' : ''}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const body = (await t.http.get(`/v1/cost-comparison?${q}`).expect(200)).body as Body;
    pages.push(body);
    cursor = body.meta.next_cursor;
  } while (cursor && pages.length < 1000);
  return pages;
}

const entries = (pages: Body[]) =>
  pages.flatMap((b) =>
    b.data.flatMap((c) => [
      ...c.pairs.map((p) => `${c.currency} pair ${p.group.price_id} ${p.individual.price_id}`),
      ...c.not_comparable.map((n) => `${c.currency} alone ${n.price_id}`),
    ]),
  );

describe('cost comparison paged by owner', () => {
  let t: TestApp;
  beforeAll(async () => {
    const db = freshDb();
    addPrograms(db, 60);
    t = await startApp({}, db);
  });
  afterAll(async () => t.close());

  for (const query of ['', 'country=CA&currency=CAD', 'currency=USD', 'country=US']) {
    it(`pages hold the whole answer, each entry once (${query || 'no filter'})`, async () => {
      const [whole] = await walk(t, query, 100);
      expect(whole?.meta.next_cursor).toBeNull();
      const expected = entries([whole as Body]).sort();
      for (const limit of [1, 3, 7]) {
        const pages = await walk(t, query, limit);
        const got = entries(pages);
        expect(new Set(got).size).toBe(got.length);
        expect(got.sort()).toEqual(expected);
        // The general claims (about no named price, program or organization) are on every page.
        const general = costClaims
          .filter((c) => !c.price_ids.length && !c.program_ids.length && !c.organization_ids.length)
          .map((c) => c.id);
        for (const page of pages) expect(page.claims.map((c) => c.id)).toEqual(expect.arrayContaining(general));
      }
    });
  }

  it('pairs the synthetic programs like with like, one pair per program', async () => {
    const pages = await walk(t, 'country=CA&currency=CAD', 5);
    const pairs = entries(pages).filter((e) => e.includes('bounded-program-'));
    // The two programs of one organization pair within it.
    expect(pairs.filter((e) => e.includes(' pair ')).length).toBeGreaterThanOrEqual(50);
  });

  it('rejects a cursor of another query', async () => {
    const [first] = await walk(t, 'currency=CAD', 1).then((p) => p.slice(0, 1));
    const cursor = first?.meta.next_cursor as string;
    await t.http.get(`/v1/cost-comparison?currency=USD&cursor=${encodeURIComponent(cursor)}`).expect(400);
  });
});

describe('bound parameters do not grow with the data', () => {
  /** The largest number of parameters bound to one statement while `fn` runs. */
  async function maxBound(fn: () => Promise<void>): Promise<number> {
    const prepare = Database.prototype.prepare;
    let max = 0;
    Database.prototype.prepare = function (this: Database.Database, source: string) {
      const stmt = prepare.call(this, source);
      for (const m of ['all', 'get', 'run', 'iterate'] as const) {
        const f = stmt[m].bind(stmt) as (...a: unknown[]) => unknown;
        (stmt as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => {
          const [first] = args;
          const n = args.length === 1 && first && typeof first === 'object' ? Object.keys(first).length : args.length;
          max = Math.max(max, n);
          return f(...args);
        };
      }
      return stmt;
    } as typeof prepare;
    try {
      await fn();
    } finally {
      Database.prototype.prepare = prepare;
    }
    return max;
  }

  const probes = [
    '/v1/cost-comparison?country=CA&currency=CAD&limit=100',
    '/v1/cost-comparison?country=CA',
    '/v1/prices?country=CA&limit=100',
    '/v1/programs?price_currency=CAD&price_lte=5000&limit=100',
    '/v1/programs.csv?q=bounded',
    '/v1/prices.csv?country=CA',
  ];

  async function measure(n: number): Promise<number> {
    const db = freshDb();
    addPrograms(db, n);
    // A fresh app: statements are prepared (and counted) on first use.
    return maxBound(async () => {
      const t = await startApp({ RESPONSE_CACHE: 'false' }, db);
      try {
        for (const p of probes) await t.http.get(p).expect(200);
      } finally {
        await t.close();
      }
    });
  }

  // Both sizes page the exports (a later batch binds the keyset of its sort: the default price order has three keys),
  // so what is compared is the same statements on more rows.
  it('the same on 240 and 720 programs in one country', async () => {
    const small = await measure(240);
    const large = await measure(720);
    expect(small).toBeGreaterThan(1);
    expect(large).toBe(small);
    expect(large).toBeLessThan(20);
  });
});
