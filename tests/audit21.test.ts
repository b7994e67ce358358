/**
 * Audit 21. A21-1: a price's hedge is worded as the source's own qualifier of the amount only when a passage that gives
 * the amount writes it right before the amount. One from another passage (the sentence before: "most initial protocols
 * involve…"; a flattened table header: "Approximate cost") or written before another figure of the sentence is
 * Katalog's reading, and every derived view that words hedges (JSON-LD, the cost comparison's caveats) says so.
 * Checked from the excerpts themselves, for every seeded price, against the served documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Cited = { excerpt: string };
/** Whether some excerpt writes `hedge` before the amount with no other figure between (read from the text alone). */
function ownQualifier(amount: string, citations: Cited[], hedge: string): boolean {
  if (amount.includes(hedge)) return true;
  const text = amount.replace(/^~\s*/, '');
  return citations.some((c) => {
    const at = c.excerpt.indexOf(text);
    if (at < 0) return false;
    const before = c.excerpt.slice(0, at);
    const h = before.lastIndexOf(hedge);
    return h >= 0 && !/\$\s?\d/.test(before.slice(h + hedge.length));
  });
}

/** The quoted words of a clause: `qualifies it: "a", "b"` -> [a, b]. */
const quotedIn = (clause: string | undefined) => [...(clause ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);

describe('a hedge is the source’s qualifier only where the source writes it before the amount (audit 21 A21-1)', () => {
  const prices = seedData.prices.filter((p) => p.hedges.length);

  it('JSON-LD: every hedge of every price is worded by its origin', async () => {
    expect(prices.length).toBeGreaterThan(5);
    let readings = 0;
    for (const p of prices) {
      const doc = (await t.http.get(`/v1/prices/${p.id}.jsonld`).expect(200)).body;
      const text = JSON.stringify(doc);
      const own = quotedIn(/qualifies it: ((?:\\"[^"\\]+\\"(?:, )?)+)/.exec(text)?.[1]?.replaceAll('\\"', '"'));
      for (const h of p.hedges.filter((x) => !(p.amount_text ?? '').includes(x))) {
        const stated = ownQualifier(p.amount_text ?? '', p.citations, h);
        expect(own.includes(h), `${p.id}: "${h}"`).toBe(stated);
        if (!stated) {
          readings++;
          expect(text, `${p.id}: "${h}"`).toMatch(
            new RegExp(`\\\\"${h}\\\\"[^;]*; Katalog reads it as qualifying this amount`),
          );
        }
      }
    }
    // The first-year totals' "most initial protocols", the individual one's "approximately", the table header.
    expect(readings).toBeGreaterThanOrEqual(4);
  });

  it('the cost comparison: a caveat says "The source qualifies" only of words it writes before that amount', async () => {
    const body = (await t.http.get('/v1/cost-comparison').expect(200)).body;
    const byId = new Map(seedData.prices.map((p) => [p.id, p]));
    let checked = 0;
    for (const currency of body.data)
      for (const pair of currency.pairs)
        for (const side of ['group', 'individual'] as const) {
          const price = byId.get(pair[side].price_id);
          if (!price) continue;
          const said = (pair.caveats as string[]).find((c) => c.startsWith(`The source qualifies the ${side} amount:`));
          for (const h of quotedIn(said)) {
            checked++;
            expect(ownQualifier(price.amount_text ?? '', price.citations, h), `${price.id}: "${h}"`).toBe(true);
          }
        }
    expect(checked).toBeGreaterThan(3);
  });
});

describe('the cost comparison says an inferred currency once per figure (audit 21 A21-8)', () => {
  it('one caveat names it, the generic reading line does not repeat it', async () => {
    const body = (await t.http.get('/v1/cost-comparison').expect(200)).body;
    let implied = 0;
    for (const currency of body.data)
      for (const pair of currency.pairs)
        for (const side of ['group', 'individual'] as const) {
          if (!pair[side].currency_implied) continue;
          implied++;
          const about = (pair.caveats as string[]).filter(
            (c) => c.includes(`("${pair[side].amount_text}")`) && /currency/.test(c),
          );
          expect(about, `${pair[side].price_id}: ${JSON.stringify(pair.caveats)}`).toHaveLength(1);
        }
    expect(implied).toBeGreaterThan(3);
  });
});

describe('the spec’s JSON-LD example is a served document, cut (audit 21 A21-10)', () => {
  it('its @type, @id and name are those of the record’s document', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const example = spec.components.examples.JsonLdDocument.value as Record<string, unknown>;
    const path = String(example['@id']);
    const served = (await t.http.get(`${path}.jsonld`).expect(200)).body as Record<string, unknown>;
    expect(new URL(String(served['@id'])).pathname).toBe(path);
    for (const key of ['@context', '@type', 'name']) expect(example[key], key).toEqual(served[key]);
  });
});
