/**
 * Audit 21. A21-1: a price's hedge is worded as the source's own qualifier of the amount only when a passage that gives
 * the amount writes it right before the amount. One from another passage (the sentence before: "most initial protocols
 * involve…"; a flattened table header: "Approximate cost") or written before another figure of the sentence is
 * Katalog's reading, and every derived view that words hedges (JSON-LD, the cost comparison's caveats) says so.
 * Checked from the excerpts themselves, for every seeded price, against the served documents.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_HEADINGS } from '../seed/articles.js';
import { seedData } from '../seed/data/index.js';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { startApp, type TestApp } from './helpers.js';
import { BEFORE_0038, loadSeedBefore, migrationsBefore, republishedFrom, seedBefore } from './old-database.js';
import { changeEvents, freshSeeded, jsonValue, rowOf, unchangedBySeed, versionsOf } from './upgraded-records.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Cited = { excerpt: string; section: string | null };
/** Whether some excerpt writes `hedge` beside the amount, with no other figure between (read from the text alone). */
function ownQualifier(amount: string, citations: Cited[], hedge: string): boolean {
  if (amount.includes(hedge)) return true;
  const text = amount.replace(/^~\s*/, '');
  return citations.some((c) => {
    const at = c.excerpt.indexOf(text);
    if (at < 0) return false;
    const before = c.excerpt.slice(0, at);
    const after = c.excerpt.slice(at + text.length);
    const h = before.lastIndexOf(hedge);
    const k = after.indexOf(hedge);
    // Or a heading over it: a passage with no figure, in the amount's section (the cost table's column header).
    const heading = citations.some(
      (h) => h.excerpt.includes(hedge) && !/\d/.test(h.excerpt) && h.section === c.section,
    );
    return (
      heading ||
      (h >= 0 && !/\$\s?\d/.test(before.slice(h + hedge.length))) ||
      (k >= 0 && !/\$\s?\d/.test(after.slice(0, k)) && !/^\s*\$?\d/.test(after.slice(k + hedge.length)))
    );
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

describe('a statement cites what supports it, and a reading is marked (audit 21 A21-5, A21-7)', () => {
  it('no condition statement cites a sentence of another condition’s result', () => {
    for (const c of seedData.conditions)
      for (const st of c.role_statements)
        for (const cite of st.citations)
          if (/depression scores/.test(cite.excerpt)) expect(c.id, `${c.id}: ${st.role}`).toMatch(/depression/);
  });

  it('a price whose amount the source writes "/additional" lists its unit and treatment as readings', () => {
    const addOns = seedData.prices.filter((p) => /\/additional\b/.test(p.amount_text ?? ''));
    expect(addOns.length).toBe(2);
    for (const p of addOns) expect(p.inferred_fields, p.id).toEqual(expect.arrayContaining(['unit', 'treatment']));
  });
});

describe('migration 0038 upgrades a database seeded before it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0038-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = freshSeeded();
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0038_audit21_readings'));
  loadSeedBefore(db, seedBefore('0038'));
  // Edited before the upgrade: one price's note, and one citation of a condition (its statements then stay too).
  db.$client
    .prepare("update prices set note = 'An editor’s note.' where id = 'atma-cena-psychedelic-additional-session-price'")
    .run();
  db.$client
    .prepare(
      "update citations set section = 'An editor’s section' where collection = 'conditions' and record_id = 'mood-disorders' and position = 0",
    )
    .run();
  const corrected = Object.keys(BEFORE_0038);
  const before = versionsOf(db, corrected);
  const eventsBefore = changeEvents(db);
  migrateDb(db);
  const published = publishMigrations(db, '2030-01-01T00:00:00.000Z');
  const citationsOf = (d: typeof db, key: string) => {
    const [collection, id] = key.split('/');
    return d.$client
      .prepare(
        'select source_id, excerpt, section from citations where collection = ? and record_id = ? order by position',
      )
      .all(collection, id);
  };

  it('starts from a seed that differs where 0038 corrects it (the test is not vacuous)', () => {
    expect(corrected.length).toBe(7);
    expect(unchangedBySeed(fresh, BEFORE_0038)).toEqual([]);
  });

  it('gives every column it corrects the seed’s value, and leaves an editor’s alone', () => {
    let columns = 0;
    for (const [key, was] of Object.entries(BEFORE_0038)) {
      const row = rowOf(db, key);
      const want = rowOf(fresh, key);
      for (const column of Object.keys(was)) {
        columns++;
        if (key === 'prices/atma-cena-psychedelic-additional-session-price' && column === 'note')
          expect(row.note).toBe('An editor’s note.');
        else if (key === 'conditions/mood-disorders') {
          // Its citations were edited: neither its statements nor its citations' excerpts are touched.
          if (column === 'citations')
            expect((citationsOf(db, key) as { excerpt: string }[]).map((c) => c.excerpt)).toEqual(
              (was.citations as { excerpt: string }[]).map((c) => c.excerpt),
            );
          // Left as 0038 found them, but for the member 0041 gives every statement.
          else
            expect(jsonValue(row[column]), `${key}.${column}`).toEqual(
              (was[column] as object[]).map((s) => ({ ...s, named_as: [] })),
            );
        } else if (column === 'citations') expect(citationsOf(db, key), key).toEqual(citationsOf(fresh, key));
        else expect(jsonValue(row[column]), `${key}.${column}`).toEqual(jsonValue(want[column]));
      }
    }
    expect(columns).toBe(12);
  });

  it('publishes each corrected record as a new version with a change event', () => {
    const after = versionsOf(db, corrected);
    for (const key of corrected) expect(after[key], key).toBe((before[key] as number) + 1);
    // 0041 runs too (the database is migrated to the latest): each record either corrects is published once.
    const republished = new Set(republishedFrom('0038'));
    expect(published).toBe(republished.size);
    expect(changeEvents(db) - eventsBefore).toBe(republished.size);
  });

  it('serves the corrections on an upgraded database', async () => {
    const app = await buildApp({ config: testConfig(), db });
    try {
      const anxiety = (await app.inject({ url: '/v1/conditions/anxiety' })).body;
      expect(anxiety).not.toContain('depression scores');
      const addOn = (await app.inject({ url: '/v1/prices/atma-cena-psycholytic-additional-session-price.jsonld' }))
        .body;
      expect(addOn).not.toContain('per additional session');
    } finally {
      await app.close();
    }
  });

  it('leaves the seed nothing to correct but the records edited in SQL', () => {
    expect(loadSeed(db).updated).toBe(2);
  });
});

describe('migration 0038 clears the references earlier builds took and writes now refuse (review 27 R27-6)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'katalog-0038s-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = openDb(':memory:');
  migrateDb(db, migrationsBefore(dir, '0038_audit21_readings'));
  loadSeedBefore(db, seedBefore('0038'));
  const run = (sql: string) => db.$client.prepare(sql).run();
  run("update organizations set parent_organization_id = id, website_organization_id = id where id = 'atma-cena'");
  run(
    "update organizations set partner_organization_ids = json_insert(partner_organization_ids, '$[#]', id) where id = 'roots-to-thrive'",
  );
  run("update organizations set website = null where id = 'port-credit-therapy-centre'");
  const faq = seedData.faqs[0]!.id;
  run(
    `update faqs set related = json_insert(related, '$[#]', json_object('collection', 'faqs', 'id', id)) where id = '${faq}'`,
  );
  run("update programs set access = json_set(access, '$.website', null) where id = 'roots-to-thrive-group'");
  migrateDb(db);
  publishMigrations(db, '2030-01-01T00:00:00.000Z');

  it('leaves no record a write would refuse, and keeps what the rest said', async () => {
    const org = rowOf(db, 'organizations/atma-cena');
    expect(org).toMatchObject({ parent_organization_id: null, website_organization_id: null });
    const partners = JSON.parse(String(rowOf(db, 'organizations/roots-to-thrive').partner_organization_ids));
    expect(partners).not.toContain('roots-to-thrive');
    expect(partners).toEqual(seedData.organizations.find((o) => o.id === 'roots-to-thrive')?.partner_organization_ids);
    expect(rowOf(db, 'organizations/port-credit-therapy-centre').website_organization_id).toBeNull();
    const related = JSON.parse(String(rowOf(db, `faqs/${faq}`).related)) as { collection: string; id: string }[];
    expect(related).toEqual(seedData.faqs[0]?.related);
    expect(JSON.parse(String(rowOf(db, 'programs/roots-to-thrive-group').access)).website_organization_id).toBeNull();
    // Each can be written again (a change, so that its references are checked: a no-op writes nothing).
    const app = await buildApp({ config: testConfig({ WRITE_RATE_LIMIT_MAX: '1000' }), db });
    try {
      const { createKey } = await import('../src/auth/keys.js');
      const key = createKey(db, 'r27-6', 'write').key;
      for (const [path, payload] of [
        ['/v1/organizations/atma-cena', '{"city":"Toronto (edited)"}'],
        ['/v1/organizations/roots-to-thrive', '{"city":"Nanaimo (edited)"}'],
        ['/v1/organizations/port-credit-therapy-centre', '{"city":"Mississauga (edited)"}'],
        [`/v1/faqs/${faq}`, '{"position":77}'],
        ['/v1/programs/roots-to-thrive-group', '{"city":"Nanaimo (edited)"}'],
      ] as const) {
        const res = await app.inject({
          method: 'PATCH',
          url: path,
          headers: { authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' },
          payload,
        });
        expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
      }
    } finally {
      await app.close();
    }
  });
});

describe('whose a hedge is, read from the passages (review 27 R27-10)', () => {
  const cite = (excerpt: string) => [{ source_id: 's', excerpt, section: 'x' }];
  it.each([
    ['typically $100-$250', '$100-$250', 'typically', 'own'],
    ['$100-$250, typically', '$100-$250', 'typically', 'own'],
    [
      'approximately $1,000-$3,000 for group, compared to $3,500-$10,000+',
      '$3,500-$10,000+',
      'approximately',
      'other_figure',
    ],
    ['sessions cost $100-$200, compared to approximately $900', '$100-$200', 'approximately', 'other_figure'],
    ['most protocols involve 4-6 sessions', '$100-$200', 'most protocols', 'other_passage'],
    ['sessions cost $100-$200', '$100-$200', 'roughly', 'none'],
  ] as const)('%j: %s is %s', async (excerpt, amount, hedge, origin) => {
    const { hedgeOrigin } = await import('../src/pricing/pairing.js');
    const citations =
      excerpt.includes(amount) || origin !== 'other_passage'
        ? cite(excerpt)
        : [...cite(excerpt), ...cite(`It costs ${amount}.`)];
    expect(hedgeOrigin({ amount_text: amount, citations }, hedge)).toBe(origin);
  });
});

describe('a heading over an amount is a declared table header row, not any passage without a figure (review 28b R28b-2)', () => {
  const section = TABLE_HEADINGS.gktCost.section;
  const amount = {
    source_id: TABLE_HEADINGS.gktCost.source_id,
    excerpt: 'Roots to Thrive (group)~CAD $5,850 + GST',
    section,
  };
  it('the cost table\'s "Approximate cost" column is the source\'s own qualifier of its amounts', async () => {
    const { hedgeOrigin } = await import('../src/pricing/pairing.js');
    const citations = [amount, { ...TABLE_HEADINGS.gktCost }];
    expect(hedgeOrigin({ amount_text: '~CAD $5,850 + GST', citations }, 'Approximate cost')).toBe('own');
  });
  it('a digit-free sentence an editor cites in the same section is another passage: Katalog reads its hedge on', async () => {
    const { hedgeOrigin } = await import('../src/pricing/pairing.js');
    const sentence = { ...amount, excerpt: 'costs usually depend on the clinic' };
    expect(hedgeOrigin({ amount_text: '~CAD $5,850 + GST', citations: [amount, sentence] }, 'usually')).toBe(
      'other_passage',
    );
    // The header row's words under another source or section are not the header row either.
    for (const other of [
      { ...TABLE_HEADINGS.gktCost, section: 'Frequently asked questions' },
      { ...TABLE_HEADINGS.gktCost, source_id: 'kair-group-therapy-unpacked' },
    ])
      expect(
        hedgeOrigin(
          { amount_text: '~CAD $5,850 + GST', citations: [{ ...amount, ...other, excerpt: amount.excerpt }, other] },
          'Approximate cost',
        ),
      ).toBe('other_passage');
  });
});
