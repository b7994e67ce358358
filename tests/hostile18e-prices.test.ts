/**
 * Hostile 18e: the price-text reader (src/resources/prices/amount-text.ts) after the wider clause reading of 74b9756.
 * A number is a count only with a count noun after it (H18e-1); a qualifier ending the clause after words the reader
 * does not know is the editor's to read (H18e-2); a currency after the figure is read across unit words only (H18e-3); a
 * tax said not to be charged asks for no note (H18e-4); a figure's note is its own taxes' (H18e-5); the H18d leftovers
 * (H18e-10); a refusal lists each figure once (H18e-11). Each false record is refused with the field named, each
 * truthful one is taken, by the write schema itself; the last block sends two over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { sessionPhasesResource } from '../src/resources/session-phases/session-phases.resource.js';
import { startApp, type TestApp } from './helpers.js';
import { plainPrice, refused, stated } from './price-bodies.js';

/** The CAD group/individual pair, with the members of its stated, approximate currency. */
const cad = { currency: 'CAD', ...stated, hedges: ['~'], approximate: true };

describe('a number is a count only with a count noun after it, and not joined by a hyphen (H18e-1)', () => {
  it.each([
    ['Estimated one-time cost: $1,530', 'hedges'],
    ['Typically one payment of $1,530', 'hedges'],
    ['$1,530 (estimated one-time cost)', 'hedges'],
    ['Estimated 2024 fee: $1,530', 'hedges'],
    ['Estimated 12-week program cost: $1,530', 'hedges'],
    ['Typically a 12-week program costs $1,530', 'hedges'],
    ['Maximum one-time charge: $1,530', 'amount_min'],
    ['Capped at one payment of $1,530', 'amount_min'],
    ['Minimum one-time fee: $1,530', 'open_ended'],
    ['Starting at one low price of $1,530', 'open_ended'],
    ['A minimum one-off payment of $1,530', 'open_ended'],
    ['$1,530 or more one-time', 'open_ended'],
  ])("%s: the words are the price's, so an exact record is refused on %s", (text, field) => {
    expect(refused({ amount_text: text })).toContain(field);
  });
  it('the truthful records are taken', () => {
    const hedged = (text: string) => ({ amount_text: text, hedges: [text.split(' ')[0] as string], approximate: true });
    expect(refused(hedged('Estimated one-time cost: $1,530'))).toEqual([]);
    expect(refused(hedged('Estimated 2024 fee: $1,530'))).toEqual([]);
    // A ceiling gives no typed figure.
    expect(refused({ amount_text: 'Maximum one-time charge: $1,530', amount_min: null })).toEqual([]);
    expect(refused({ amount_text: 'Minimum one-time fee: $1,530', open_ended: true, open_ended_from: 1530 })).toEqual(
      [],
    );
  });
  it.each([
    ['Roughly 12 weeks at $1,530', 1530],
    ['Up to 8-person groups at $250 each', 250],
    ['Typically 6 sessions at $250 each', 250],
    ['$250 per 2-hour session', 250],
  ])("%s: the count's words stay the count's", (text, figure) => {
    expect(refused({ amount_text: text, amount_min: figure })).toEqual([]);
  });
});

describe("a qualifier that ends the clause after a count or length is the editor's to read (H18e-2)", () => {
  it.each([
    '$250 per session lasting two hours on average',
    '$1,530 for a program that runs twelve weeks on average',
    '$250 per session that lasts three hours approximately',
    '$1,530 per program of twelve weekly sessions lasting two hours each on average',
    '$250 per session lasting two hours minimum',
  ])('%s: exact or qualified, both are taken', (text) => {
    const figure = readFirst(text);
    expect(refused({ amount_text: text, amount_min: figure })).toEqual([]);
  });
  it('after words it knows, the qualifier is still the price\'s: "$1,530 for the 12-week program approx."', () => {
    expect(refused({ amount_text: '$1,530 for the 12-week program approx.' })).toContain('hedges');
    expect(refused({ amount_text: '$1,530 per session approx.' })).toContain('hedges');
  });
});

describe('a currency after the figure is read across unit words only (H18e-3)', () => {
  it.each([
    ['$250 per session with an AED available', 'AED'],
    ['$1,530 per session for CHF patients', 'CHF'],
    ['$1,530 per program (includes AED training)', 'AED'],
    ['$1,530 per week for PHP', 'PHP'],
    ['$1,530 per week (PHP)', 'PHP'],
  ])('%s names no currency: %s is refused, the inferred dollar taken', (text, code) => {
    const figure = readFirst(text);
    expect(refused({ amount_text: text, amount_min: figure, currency: code, ...stated })).toContain('currency');
    expect(refused({ amount_text: text, amount_min: figure })).toEqual([]);
  });
  it.each([
    '$250 CAD per session (or USD equivalent)',
    'CAD $250 per session or USD equivalent',
    '$250 CAD per session including USD conversion fees',
  ])('%s is a CAD price, stated: USD is refused', (text) => {
    expect(refused({ amount_text: text, amount_min: 250, currency: 'CAD', ...stated })).toEqual([]);
    expect(refused({ amount_text: text, amount_min: 250, currency: 'USD', ...stated })).toContain('currency');
  });
  it('a unit between still lets the code name the figure: "$1,530 per program USD", "1,530 per program (EUR)"', () => {
    expect(refused({ amount_text: '$1,530 per program USD', currency: 'USD', ...stated })).toEqual([]);
    expect(refused({ amount_text: '$1,530 per program USD', currency: 'CAD', ...stated })).toContain('currency');
    expect(refused({ amount_text: '1,530 per program (EUR)', currency: 'EUR', ...stated })).toEqual([]);
  });
});

describe('a tax said not to be charged asks for no note (H18e-4)', () => {
  it.each([
    '$1,530, GST-free',
    '$1,530 (no GST)',
    '$1,530 (GST exempt)',
    '$1,530, tax-free for residents',
    '$1,530, not subject to GST',
  ])('%s: a null note is taken, a "+ GST" note refused', (text) => {
    expect(refused({ amount_text: text, tax_note: null })).toEqual([]);
    expect(refused({ amount_text: text, tax_note: '+ GST' })).toContain('tax_note');
  });
  it('"GST exempt" may be quoted as the note; "tax" of "tax deductible" may not', () => {
    expect(refused({ amount_text: '$1,530 (GST exempt)', tax_note: 'GST exempt' })).toEqual([]);
    expect(refused({ amount_text: '$1,530 (tax deductible)', tax_note: 'tax' })).toContain('tax_note');
  });
});

describe("a figure's tax note is its own taxes, not the previous price's (H18e-5)", () => {
  const pair = 'Group ~CAD $5,850 + GST / individual ~CAD $7,500 + tax';
  it.each([
    [pair, '+ GST', '+ tax'],
    ['~CAD $5,850 + GST or ~CAD $7,500 + tax', '+ GST', '+ tax'],
  ])('%s: 7,500 with %s is refused, with %s taken', (text, wrong, right) => {
    expect(refused({ amount_text: text, amount_min: 7500, ...cad, tax_note: wrong })).toContain('tax_note');
    expect(refused({ amount_text: text, amount_min: 7500, ...cad, tax_note: right })).toEqual([]);
    expect(refused({ amount_text: text, amount_min: 5850, ...cad, tax_note: '+ GST' })).toEqual([]);
  });
  it('"Group $5,850 + GST / individual $7,500": 7,500 has no tax', () => {
    const text = 'Group $5,850 + GST / individual $7,500';
    expect(refused({ amount_text: text, amount_min: 7500, tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ amount_text: text, amount_min: 7500, tax_note: null })).toEqual([]);
    expect(refused({ amount_text: text, amount_min: 5850, tax_note: null })).toContain('tax_note');
  });
  it('a tax before the only price is its own: "GST included: $1,530"', () => {
    expect(refused({ amount_text: 'GST included: $1,530', tax_note: null })).toContain('tax_note');
    expect(refused({ amount_text: 'GST included: $1,530', tax_note: 'GST included' })).toEqual([]);
  });
});

describe('the H18d wordings still unread (H18e-10)', () => {
  it.each([
    ['$1,530 per program, USD', 'USD'],
    ['$1,530 per session, Canadian dollars', 'CAD'],
    ['USD pricing: $1,530', 'USD'],
    ['$1,530 per program; billed in USD', 'USD'],
  ])('%s names %s: stated it is taken, another inferred currency refused', (text, code) => {
    expect(refused({ amount_text: text, currency: code, ...stated })).toEqual([]);
    expect(refused({ amount_text: text, currency: code === 'USD' ? 'CAD' : 'USD' })).toContain('currency');
  });
  it.each([
    ['$1,530 per person (four or more participants)', 1530],
    ['$1,530 per person for groups of five or more', 1530],
    ['$250 per session for six or more sessions', 250],
    ['$1,530 per program for three hours or more per session', 1530],
    ['$1,530 per program (minimum age 18)', 1530],
    ['$1,530 for a minimum of 3 sessions', 1530],
    ['$250 per session with a maximum of 8 participants', 250],
    ['$250/session (approx. six sessions)', 250],
  ])("%s: the count's words, the price is plain", (text, figure) => {
    expect(refused({ amount_text: text, amount_min: figure })).toEqual([]);
  });
  it('"or more" after the price itself is still its bound', () => {
    expect(refused({ amount_text: '$1,530 per program or more' })).toContain('open_ended');
  });
  it.each([
    ['$1,530 per program, estimated', 'estimated'],
    ['$1,530, give or take', 'give or take'],
    ['$1,530, on average', 'on average'],
    ['$1,530 per program, on average', 'on average'],
    ['$1,530 (an estimate)', 'an estimate'],
  ])("%s: the last clause is the price's qualifier", (text, hedge) => {
    expect(refused({ amount_text: text })).toContain('hedges');
    expect(refused({ amount_text: text, hedges: [hedge], approximate: true })).toEqual([]);
  });
  it('"$1,530 per program; GST extra": the note is required and taken', () => {
    expect(refused({ amount_text: '$1,530 per program; GST extra', tax_note: null })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 per program; GST extra', tax_note: 'GST extra' })).toEqual([]);
  });
});

describe('a refusal lists each figure once (H18e-11)', () => {
  it('a text writing "$1" 66 times lists 1 once', () => {
    const r = pricesResource.input.safeParse({ ...plainPrice, amount_text: '$1 '.repeat(66) });
    const message = r.error?.issues.find((i) => i.path[0] === 'amount_min')?.message ?? '';
    expect(message).toContain('(1)');
  });
  it("the dosing phase's length message lists 45 and 90 once each", () => {
    const phase = seedData.session_phases.find((p) => p.id === 'dosing-experience') as object;
    // Written twice as the phase's length (its seeded 45-90 is the active phase's, no length of it: hostile 18j H18j-7).
    const description = 'Dosing sessions last 45-90 minutes. Each session lasts 45 to 90 minutes.';
    const r = sessionPhasesResource.input.safeParse({ ...phase, description, duration_min_minutes: 46 });
    const message = r.error?.issues.find((i) => i.path[0] === 'duration_min_minutes')?.message ?? '';
    expect(message).toMatch(/\(45, 90\)|\(90, 45\)/);
  });
});

describe('over HTTP: a false record is a 422 naming the field, the truthful one is stored', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18e', 'write').key;
  });
  afterAll(() => t.close());
  const url = '/v1/prices/kair-group-session-100-250';
  const patch = (body: object) =>
    t.http
      .patch(url)
      .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send(body);
  it('"Maximum one-time charge: $1,530" with amount_min 1,530 (H18e-1)', async () => {
    const before = (await t.http.get(url).expect(200)).body.data;
    const base = { amount_text: 'Maximum one-time charge: $1,530', amount_max: 1530, hedges: [], approximate: false };
    const bad = await patch({ ...base, amount_min: 1530 });
    expect(bad.status, bad.text).toBe(422);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors.map((e: { name: string }) => e.name)).toContain('amount_min');
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });
  it('"Group ~CAD $5,850 + GST / individual ~CAD $7,500 + tax": 7,500 with "+ GST" (H18e-5)', async () => {
    const base = {
      amount_text: 'Group ~CAD $5,850 + GST / individual ~CAD $7,500 + tax',
      amount_min: 7500,
      amount_max: null,
      ...cad,
    };
    const bad = await patch({ ...base, tax_note: '+ GST' });
    expect(bad.status, bad.text).toBe(422);
    expect(bad.body.errors.map((e: { name: string }) => e.name)).toContain('tax_note');
    const ok = await patch({ ...base, tax_note: '+ tax' });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.data.tax_note).toBe('+ tax');
  });
});

/** The first figure a text writes, as a number. */
function readFirst(text: string): number {
  return Number((/\d[\d,]*/.exec(text)?.[0] ?? '').replaceAll(',', ''));
}
