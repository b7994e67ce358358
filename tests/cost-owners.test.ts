/**
 * The cost comparison names whose prices it pairs as the sources name them (audit 9 L4: "both from organization
 * roots-to-thrive", "No group per-additional-session price from organization atma-cena"). Per class, over every
 * basis and reason of every page: an owner is given by its name, its id marked as one ("Roots to Thrive (organization
 * roots-to-thrive)"), never by its id alone. And the `country` filter says that a country which is Katalog's reading
 * matches, as the list filters do (the Colorado clinics' US, audit 9 L4 with M7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Page = {
  data: { pairs: { basis: string }[]; not_comparable: { reason: string }[] }[];
  claims: { id: string }[];
  meta: { next_cursor: string | null };
};

async function pages(query = ''): Promise<Page[]> {
  const out: Page[] = [];
  let cursor: string | null = null;
  do {
    const q = [query, cursor ? `cursor=${encodeURIComponent(cursor)}` : ''].filter(Boolean).join('&');
    const page = (await t.http.get(`/v1/cost-comparison?${q}`).expect(200)).body as Page;
    out.push(page);
    cursor = page.meta.next_cursor;
  } while (cursor);
  return out;
}

describe('the cost comparison names owners', () => {
  it('gives every owner by its name, its id marked as one', async () => {
    const names = new Map<string, string>([
      ...seedData.organizations.map((o) => [`organization ${o.id}`, o.name] as [string, string]),
      ...seedData.programs.map((p) => [`program ${p.id}`, p.name] as [string, string]),
    ]);
    const texts = (await pages()).flatMap((p) =>
      p.data.flatMap((c) => [...c.pairs.map((x) => x.basis), ...c.not_comparable.map((x) => x.reason)]),
    );
    let owners = 0;
    for (const text of texts)
      for (const m of text.matchAll(/\b(organization|program) ([a-z0-9]+(?:-[a-z0-9]+)+)/g)) {
        const key = `${m[1]} ${m[2]}`;
        expect(names.has(key), text).toBe(true);
        expect(text, key).toContain(`${names.get(key)} (${key})`);
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
