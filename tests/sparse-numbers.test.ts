/**
 * A sparse record never gives a number without what it means (audit 19 A19-1: `fields=value` gave 13 for "<13%",
 * `fields=dose_min` a dose without mg/kg, `fields=amount_min` 5850 without CAD, "~" or "+ GST", `group_size_*` a
 * cohort as a group). Generically, for every collection and every number of its read schema: `fields=<number>` returns,
 * on the list and on the item, the fields named after it (the other bound of `x_min`/`x_max`, `x_unit`,
 * `x_qualifier`, `x_basis`, `x_text`...) with the values the full record has; then the audit's instances that the
 * names alone do not find (a price's currency and hedges, a finding's denominator).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resources } from '../src/resources/index.js';
import { bare } from '../src/resources/markers.js';
import { startApp, type TestApp } from './helpers.js';

type Rec = { id: string } & Record<string, unknown>;

/** `dose_min` -> `dose`, `duration_max_minutes` -> `duration_minutes`, `value` -> `value`. */
const stem = (name: string) => name.replace(/_(min|max)(?=_|$)/, '');
const isNumber = (s: z.ZodType) => bare(s) instanceof z.ZodNumber;
const NOT_READINGS = ['version', 'position'];

/** The fields named after a number: its other bound and `<stem>_*` (never a marker, which sparse-markers.test.ts checks). */
function namedAfter(shape: Record<string, z.ZodType>, number: string): string[] {
  return Object.keys(shape).filter(
    (f) =>
      f !== number &&
      !/(^|_)inferred(_|$)|_implied$/.test(f) &&
      (stem(f) === stem(number) || f.startsWith(`${stem(number)}_`)),
  );
}

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

const all = async (path: string, query = '') =>
  (await t.http.get(`/v1/${path}?limit=100${query}`).expect(200)).body.data as Rec[];

describe('fields= gives a number with the fields it means nothing without', () => {
  const cases = resources.flatMap((r) => {
    const shape = r.entity.shape as Record<string, z.ZodType>;
    return Object.entries(shape)
      .filter(([name, s]) => isNumber(s) && !NOT_READINGS.includes(name))
      .map(([name]) => [r.path, name, namedAfter(shape, name)] as const)
      .filter(([, , named]) => named.length > 0);
  });

  it('the class has members in every collection with such numbers', () => {
    expect(new Set(cases.map(([p]) => p))).toEqual(
      new Set(['dosing-routes', 'programs', 'prices', 'studies', 'findings', 'session-phases']),
    );
  });

  it.each(cases)('%s?fields=%s carries %j as the full record has them', async (path, number, named) => {
    const full = new Map((await all(path)).map((r) => [r.id, r]));
    const sparse = await all(path, `&fields=${number}`);
    expect(sparse.length).toBe(full.size);
    for (const row of sparse) {
      const whole = full.get(row.id) as Rec;
      for (const f of [number, ...named]) expect(row[f], `${row.id}.${f}`).toEqual(whole[f]);
    }
    const first = sparse[0] as Rec;
    const item = (await t.http.get(`/v1/${path}/${first.id}?fields=${number}`).expect(200)).body.data as Rec;
    for (const f of [number, ...named]) expect(item[f], `${first.id}.${f}`).toEqual(first[f]);
  });

  it('a route’s use in group settings comes with the citations that say whose it is (audit 26 A26-1)', async () => {
    const full = new Map((await all('dosing-routes')).map((r) => [r.id, r]));
    const sparse = await all('dosing-routes', '&fields=used_in_group_settings');
    expect(sparse.length).toBeGreaterThan(0);
    for (const row of sparse) {
      expect(row.citations, String(row.id)).toEqual((full.get(row.id) as Rec).citations);
      expect(row.used_in_group_settings).toEqual((full.get(row.id) as Rec).used_in_group_settings);
    }
  });

  it('a finding’s summary comes with its study, and an organization’s address with whose site it is (audit 27 A27-2, A27-3)', async () => {
    const full = new Map((await all('findings')).map((r) => [r.id, r]));
    const sparse = await all('findings', '&fields=summary');
    expect(sparse.length).toBeGreaterThan(0);
    for (const row of sparse) expect(row.study_id, row.id).toEqual((full.get(row.id) as Rec).study_id);
    expect(sparse.some((row) => row.study_id)).toBe(true);
    const port = (await t.http.get('/v1/organizations/port-credit-therapy-centre?fields=website').expect(200)).body
      .data as Rec;
    expect(port.website_organization_id).toBe('atma-cena');
  });

  it('the audit’s instances', async () => {
    const nausea = (await all('findings', '&fields=value')).find(
      (f) => f.id === 'tsang-2023-nausea-under-13-percent-of-sessions',
    );
    expect(nausea).toMatchObject({ value: 13, value_unit: 'percent', value_qualifier: 'less_than' });
    const ofFive = (await all('findings', '&fields=value')).find(
      (f) => f.id === 'eating-disorders-depression-improved-4-of-5',
    );
    expect(ofFive).toMatchObject({ value: 4, value_unit: 'participants', denominator: 5 });
    const im = (await all('dosing-routes', '&fields=dose_min')).find((d) => d.id === 'intramuscular');
    expect(im).toMatchObject({ dose_min: 0.5, dose_max: 1.5, dose_unit: 'mg/kg', dose_scope: expect.any(Object) });
    const roots = (await all('prices', '&fields=amount_min')).find((p) => p.id === 'roots-to-thrive-group-price');
    expect(roots).toMatchObject({
      amount_min: 5850,
      currency: 'CAD',
      currency_implied: false,
      approximate: true,
      amount_text: expect.stringContaining('5,850'),
      tax_note: expect.stringContaining('GST'),
      unit: expect.any(String),
    });
    const customized = (await all('prices', '&fields=amount_min')).find(
      (p) => p.id === 'atma-cena-customized-kat-price',
    );
    expect(customized).toMatchObject({ amount_min: 2325, amount_max: 6930 });
    const open = (await all('prices', '&fields=amount_min')).find(
      (p) => p.id === 'kair-first-year-individual-3500-10000-plus',
    );
    expect(open).toMatchObject({ amount_min: 3500, open_ended: true, open_ended_from: 10000, currency_implied: true });
    const programs = await all('programs', '&fields=group_size_min,medicine_sessions');
    expect(programs.find((p) => p.id === 'roots-to-thrive-group')).toMatchObject({
      group_size_min: 20,
      group_size_max: 40,
      group_size_basis: expect.any(String),
    });
    expect(programs.find((p) => p.id === 'atma-cena-customized-kat')).toMatchObject({
      medicine_sessions: 2,
      medicine_sessions_max: 8,
    });
    // What a value is of, an amount as written with its currency and hedges, a role with who gives it (review 25).
    expect(nausea).toMatchObject({ measure: 'Nausea (share of sessions)', direction: expect.any(String) });
    const written = (await all('prices', '&fields=amount_text')).find(
      (p) => p.id === 'atma-cena-psycholytic-pathway-price',
    );
    expect(written).toMatchObject({ currency: 'CAD', hedges: expect.any(Array), unit: expect.any(String) });
    const roles = (await t.http.get('/v1/conditions/suicidality?fields=roles').expect(200)).body.data;
    const outcome = roles.role_statements.find((r: { role: string }) => r.role === 'study_outcome');
    expect(outcome.scope.inferred).toBe(true);
    // A hedge Katalog reads onto a figure from another one of its sentence is marked only by the note, which comes with
    // the amount and with the hedges (audit 20 A20-3: "Approximately" on $7,500 given alone, as the source's own).
    const full = new Map((await all('prices')).map((p) => [p.id, p]));
    for (const f of ['amount_min', 'amount_text', 'hedges', 'approximate'])
      for (const p of await all('prices', `&fields=${f}`)) {
        expect(p.note, `${p.id}.note with fields=${f}`).toEqual(full.get(p.id)?.note);
        expect(p.hedges, `${p.id}.hedges with fields=${f}`).toEqual(full.get(p.id)?.hedges);
      }
    const readOnto = (await all('prices', '&fields=hedges')).find((p) => p.id === 'roots-to-thrive-individual-price');
    expect(readOnto?.hedges).toContain('Approximately');
    expect(readOnto?.note).toMatch(/"Approximately" qualifies this figure too is Katalog's reading/);
    // A statement comes with whose it is (audit 23 A23-6): a finding's value with its study, a contraindication's
    // category with its scope, an amount with the program and label it is the price of.
    const fullOf = async (path: string) => new Map((await all(path)).map((r) => [r.id, r]));
    for (const [path, field, speaker] of [
      ['findings', 'value', ['study_id']],
      ['findings', 'direction', ['study_id']],
      ['contraindications', 'category', ['scope']],
      ['contraindications', 'applies_to', ['scope']],
      ['prices', 'amount_min', ['program_id', 'label']],
      ['prices', 'amount_text', ['program_id', 'label']],
      ['faqs', 'answer', ['answered_by']],
    ] as const) {
      const whole = await fullOf(path);
      for (const r of await all(path, `&fields=${field}`))
        for (const s of speaker) expect(r[s], `${path}/${r.id}?fields=${field}: ${s}`).toEqual(whole.get(r.id)?.[s]);
    }
    const sud = (await t.http.get('/v1/contraindications/active-substance-use-disorder?fields=category').expect(200))
      .body.data;
    expect(sud.scope.stated_by).toEqual(['kair-group-therapy-unpacked']);
    const bp = (await all('findings', '&fields=value')).find(
      (f) => f.id === 'tsang-2023-blood-pressure-elevation-12-percent',
    );
    expect(bp?.study_id).toEqual(expect.stringMatching(/tsang/));
    // A field that is no number stays alone, and `fields=id` stays the ids alone.
    for (const p of await all('programs', '&fields=name')) expect(Object.keys(p).sort()).toEqual(['id', 'name']);
    for (const p of await all('prices', '&fields=id')) expect(Object.keys(p)).toEqual(['id']);
  });
});
