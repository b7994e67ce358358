/**
 * The cost comparison names whose prices it pairs as the sources name them (audit 9 L4: "both from organization
 * roots-to-thrive", "No group per-additional-session price from organization atma-cena"; audit 14 A14-3: "Roots to
 * Thrive (organization roots-to-thrive)"). Per class, over every basis and reason of every page: an owner is given by
 * its stored name, in words only (the ids are in the figures' fields; tests/cost-words.test.ts checks every string for
 * any record's id). And the `country` filter says that a country which is Katalog's reading
 * matches, as the list filters do (the Colorado clinics' US, audit 9 L4 with M7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { comparisonPages, startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Page = {
  data: {
    pairs: { basis: string; group: { price_id: string } }[];
    not_comparable: { price_id: string; reason: string }[];
  }[];
  claims: { id: string }[];
  meta: { next_cursor: string | null };
};

const pages = (query = '') => comparisonPages<Page>(t, query);

describe('the cost comparison names owners', () => {
  it('gives every owner by its stored name, in words only', async () => {
    // The owner of a program's price: its organization, or the program itself without one; market-wide figures have none.
    const orgs = new Map(seedData.organizations.map((o) => [o.id, o.name] as [string, string]));
    const programs = new Map(seedData.programs.map((p) => [p.id, p] as [string, (typeof seedData.programs)[number]]));
    const prices = new Map(seedData.prices.map((p) => [p.id, p.program_id ?? null] as [string, string | null]));
    const ownerOf = (priceId: string) => {
      const program = programs.get(prices.get(priceId) ?? '');
      if (!program) return null;
      return program.organization_id ? (orgs.get(program.organization_id) ?? null) : program.name;
    };
    const texts = (await pages()).flatMap((p) =>
      p.data.flatMap((c) => [
        ...c.pairs.map((x) => ({ text: x.basis, price: x.group.price_id })),
        ...c.not_comparable.map((x) => ({ text: x.reason, price: x.price_id })),
      ]),
    );
    let owners = 0;
    for (const { text, price } of texts) {
      // Audit 9 L4 ("both from organization roots-to-thrive"), audit 14 A14-3 ("Roots to Thrive (organization …)").
      expect(text).not.toMatch(/\b(organization|program) [a-z0-9]+(-[a-z0-9]+)+/);
      const owner = ownerOf(price);
      if (owner === null || !/ from /.test(text)) continue;
      expect(text, price).toContain(` from ${owner}`);
      owners++;
    }
    expect(owners).toBeGreaterThan(0);
  });

  it('says in the spec that a country that is Katalog’s reading matches', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const params = spec.paths['/v1/cost-comparison'].get.parameters as ({ $ref: string } | { name: string })[];
    const country = params
      .map((p) => ('$ref' in p ? spec.components.parameters[p.$ref.split('/').pop() as string] : p))
      .find((p: { name: string }) => p.name === 'country');
    expect(country.description).toContain("Katalog's readings match (");
    expect(country.description).toContain('`place_inferred`');
  });
});
