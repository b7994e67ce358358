/**
 * Hostile 18: a price's typed fields are what its amount_text writes, read once by one reader (src/resources/prices/
 * amount-text.ts): currencies in every way they are written (H18-1), scale words (H18-2), qualifiers and open-ended words
 * (H18-3), a "+" before a tax (H18-4), the tax note (H18-5), hedges as whole words (H18-11), minus signs and discounts
 * (H18-12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { readAmount } from '../src/resources/prices/amount-text.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { startApp, type TestApp } from './helpers.js';

/** A plain price: "$1,530" in USD, no hedge, no tax, with one citation that writes none of the words tested. */
const base = {
  ...(seedData.prices.find((p) => p.id === 'kair-group-session-100-250') as (typeof seedData.prices)[number]),
  id: 'h18-price',
  amount_text: '$1,530',
  amount_min: 1530,
  amount_max: null,
  open_ended: false,
  open_ended_from: null,
  approximate: false,
  hedges: [] as string[],
  currency: 'USD',
  currency_implied: false,
  inferred_fields: [] as string[],
  tax_note: null as string | null,
  citations: [{ source_id: 'kair-group-therapy-unpacked', excerpt: 'Cost & accessibility snapshot', section: 'x' }],
};
/** The fields a body with `over` is refused on (none: taken). */
const refused = (over: Record<string, unknown>) => {
  const r = pricesResource.input.safeParse({ ...base, ...over });
  return r.success ? [] : [...new Set(r.error.issues.map((i) => String(i.path[0])))];
};

describe('the currency an amount_text names, however it is written, is the currency (H18-1)', () => {
  it.each([
    ['$1,530 (CAD)', 'CAD'],
    ['CAD: $1,530', 'CAD'],
    ['$1,530 in CAD', 'CAD'],
    ['$1,530 cad', 'CAD'],
    ['CDN$1,530', 'CAD'],
    ['Cdn $1,530', 'CAD'],
    ['CAN$1,530', 'CAD'],
    ['C$1,530', 'CAD'],
    ['US $1,530', 'USD'],
    ['U.S. $1,530', 'USD'],
    ['1,530 €', 'EUR'],
    ['€  1,530', 'EUR'],
    ['A$1,530', 'AUD'],
    ['NZ$1,530', 'NZD'],
    ['R$1,530', 'BRL'],
    ['₹1,530', 'INR'],
    ['1,530 Canadian dollars', 'CAD'],
    ['$1,530 Canadian', 'CAD'],
    ['1,530 euros', 'EUR'],
  ])('%s is %s: another currency is a 422 naming currency', (text, code) => {
    expect(readAmount(text).currencies.map((c) => c.code)).toContain(code);
    const other = code === 'USD' ? 'CAD' : 'USD';
    expect(refused({ amount_text: text, currency: other })).toContain('currency');
    expect(refused({ amount_text: text, currency: code })).toEqual([]);
  });
  it('two currencies are refused; a capitalised phrase is not one; a bare "$", "¥" or "kr" names none', () => {
    expect(refused({ amount_text: '$1,530 USD/CAD' })).toContain('amount_text');
    for (const text of ['$1,530 ALL IN', 'ALL IN $1,530', '$1,530 TRY IT', '$1,530', '¥1,530', '1,530 kr'])
      expect(readAmount(text).currencies, text).toEqual([]);
    expect(refused({ amount_text: '$1,530 ALL IN' })).toEqual([]);
  });
});

describe('a figure is read exactly or refused (H18-2, H18-12)', () => {
  it.each(['$1k', '$1 k', '$2 million', '$1.5 thousand', '$1.5 M', '$3bn', '-$1,530', 'Fee: −1,530', '$1,530 off'])(
    '%s is a 422 naming amount_text',
    (text) => {
      expect(refused({ amount_text: text })).toContain('amount_text');
    },
  );
  it("a range's dash, a word's hyphen and units are not signs or scales", () => {
    for (const text of [
      '$1,000-$3,000',
      'CAD $2,325–$6,930',
      'COVID-19 rate $1,530',
      '$1,530 per month',
      '$1,530 / 5 mg',
    ])
      expect(readAmount(text).unread, text).toEqual([]);
  });
});

describe('the flags and hedges are what the text writes (H18-3, H18-4, H18-11)', () => {
  it.each(['≈$1,530', '∼$1,530', 'approx. $1,530', 'about $1,530', '$1,530 (approximately)', 'up to $1,530'])(
    '%s: its qualifier must be in hedges',
    (text) => {
      expect(refused({ amount_text: text })).toContain('hedges');
      const h = readAmount(text).hedges;
      expect(refused({ amount_text: text, hedges: h, approximate: true })).toEqual([]);
    },
  );
  it.each(['$1,530 +', '$1,530 and up', '$1,530 or more', 'from $1,530', '≥$1,530', '$1,530+'])(
    '%s is open-ended',
    (text) => {
      expect(refused({ amount_text: text })).toContain('open_ended');
      expect(refused({ amount_text: text, open_ended: true, open_ended_from: 1530 })).toEqual([]);
    },
  );
  it('a "+" before a tax, a fee or another amount is not open-ended', () => {
    for (const text of [
      '$1,530+GST',
      '$1,530 + GST',
      '$1,530+ fees',
      '$1,530 + $740/additional',
      'from $1,530 to $2,000',
    ])
      expect(readAmount(text).openEnded, text).toBeNull();
    expect(refused({ amount_text: '$1,530+GST', tax_note: '+GST' })).toEqual([]);
  });
  it('a hedge is whole words of the text or an excerpt: not "e", "$" inside a word, or part of a figure', () => {
    expect(refused({ hedges: ['e'], approximate: true })).toContain('hedges');
    expect(refused({ hedges: ['53'], approximate: true })).toContain('hedges');
    expect(refused({ hedges: ['snapshot'], approximate: true })).toEqual([]);
  });
});

describe('the tax note is what the text or an excerpt writes (H18-5)', () => {
  it('"+ GST" beside "incl. GST" or "+ tax" is a 422 naming tax_note; a tax the text names needs the note', () => {
    expect(refused({ amount_text: '$1,530 incl. GST', tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + tax', tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + GST', tax_note: '+ tax' })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + GST', tax_note: null })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + GST', tax_note: '+ GST' })).toEqual([]);
  });
  it('every seeded price is read as it is stored', () => {
    for (const p of seedData.prices) expect(pricesResource.input.safeParse(p).success, p.id).toBe(true);
  });
});

describe('over HTTP: a refused text stores nothing, and JSON-LD never types a refused reading', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18', 'write').key;
  });
  afterAll(() => t.close());
  it('"1,530 €" as CAD and "$2 million" as 2 are 422s; the record keeps what it had', async () => {
    const url = '/v1/prices/kair-group-session-100-250';
    const before = (await t.http.get(url).expect(200)).body.data;
    const patch = (body: object) =>
      t.http
        .patch(url)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send(body);
    for (const body of [
      { amount_text: '1,530 €', amount_min: 1530, amount_max: null, currency: 'CAD', currency_implied: false },
      { amount_text: '$2 million', amount_min: 2, amount_max: null },
    ]) {
      const res = await patch(body);
      expect(res.status, res.text).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });
});
