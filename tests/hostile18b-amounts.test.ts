/**
 * Hostile 18b: the price-text reader (src/resources/prices/amount-text.ts) reads words where they stand, requires a flag
 * only from words it knows and refuses one only where it knows every word beside the figure. Currencies in more of the
 * ways they are written (H18b-1), bounds (H18b-2), qualifiers and ceilings (H18b-3), the tax note in the text's own words
 * (H18b-4), truthful texts taken as written (H18b-5), a heading's hedge as a whole column (H18b-8), scales and minus
 * signs (H18b-9).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_HEADINGS } from '../seed/articles.js';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { readAmount } from '../src/resources/prices/amount-text.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { startApp, type TestApp } from './helpers.js';
import { plainPrice, refused, stated } from './price-bodies.js';

describe('a currency written after the figure, in brackets, in words or with its own sign is read (H18b-1)', () => {
  it.each([
    ['$1,530 CDN', 'CAD'],
    ['Cdn. $1,530', 'CAD'],
    ['$1,530 Cdn.', 'CAD'],
    ['$1,530 (Canadian)', 'CAD'],
    ['$1,530 in Canadian funds', 'CAD'],
    ['1,530 dollars canadiens', 'CAD'],
    ['1530 $ CA', 'CAD'],
    ['$CA 1,530', 'CAD'],
    ['C.A.D. 1,530', 'CAD'],
    ['1,530 Cad', 'CAD'],
    ['$1,530 US', 'USD'],
    ['R1,530', 'ZAR'],
    ['zł1,530', 'PLN'],
    ['1,530 zł', 'PLN'],
    ['SFr. 1,530', 'CHF'],
    ['1,530 rupees', 'INR'],
  ])('%s is %s, stated: another currency or an "inferred" one is a 422', (text, code) => {
    expect(refused({ amount_text: text, currency: code, ...stated })).toEqual([]);
    expect(refused({ amount_text: text, currency: code === 'USD' ? 'CAD' : 'USD', ...stated })).toContain('currency');
    expect(refused({ amount_text: text, currency: code })).toContain('currency_implied');
  });
  it.each([
    ['¥1,530', 'JPY', 'EUR'],
    ['1,530 kr', 'SEK', 'USD'],
    ['Rs 1,530', 'INR', 'USD'],
    ['Rs. 1,530', 'PKR', 'EUR'],
    ['Fr. 1,530', 'CHF', 'EUR'],
  ])('%s names one of several currencies: %s stated or inferred, not %s', (text, code, other) => {
    expect(refused({ amount_text: text, currency: code, ...stated })).toEqual([]);
    expect(refused({ amount_text: text, currency: code })).toEqual([]);
    expect(refused({ amount_text: text, currency: other, ...stated })).toContain('currency');
  });
  it('a word beside the figure that may be a currency it does not know leaves the marker to the editor', () => {
    expect(refused({ amount_text: '1,530 Kč', currency: 'CZK', ...stated })).toEqual([]);
    expect(refused({ amount_text: '1,530 Kč', currency: 'CZK' })).toEqual([]);
  });
  it('a bare "$" still names none, and the refusal says what it saw; another figure\'s currency is not this one\'s', () => {
    const r = pricesResource.input.safeParse({ ...plainPrice, currency: 'CAD', ...stated });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('names no currency beside its amount (\\"$\\" names none)');
    expect(refused({ amount_text: '¥1,530', currency: 'USD', ...stated })).toContain('currency');
    // The US dollars are another figure's: the price is CAD, stated.
    expect(
      refused({
        amount_text: 'CAD $1,530 (about US$1,100)',
        currency: 'CAD',
        ...stated,
      }),
    ).toEqual([]);
  });
});

describe("a bound beside the figure is read in either place; one the reader does not know is the editor's (H18b-2)", () => {
  it.each([
    'over $1,530',
    '$1,530 plus',
    'more than $1,530',
    'minimum $1,530',
    'min. $1,530',
    'starts at $1,530',
    'beginning at $1,530',
    '$1,530 and more',
    '$1,530 and over',
    '$1,530 & up',
    '$1,530 or higher',
    '$1,530 or greater',
    '$1,530 upwards',
    '>$1,530',
    '> $1,530',
    'no less than $1,530',
    '$10,000+ (approx.)',
  ])('%s is open-ended: false is a 422, true is taken', (text) => {
    const figure = readAmount(text).figures[0]?.value as number;
    const open = { amount_text: text, amount_min: figure, open_ended: true, open_ended_from: figure };
    expect(refused({ ...open, open_ended: false, open_ended_from: null })).toContain('open_ended');
    expect(refused(open).filter((f) => f !== 'hedges' && f !== 'approximate')).toEqual([]);
  });
  it('"no less than" is a floor, not the qualifier "less than"', () => {
    expect(readAmount('no less than $1,530').hedges).toEqual([]);
  });
  it('beside words it does not know ("and beyond") either flag is taken; beside known words "true" is a 422', () => {
    for (const open_ended of [true, false])
      expect(
        refused({
          amount_text: '$1,530 and beyond',
          open_ended,
          open_ended_from: open_ended ? 1530 : null,
        }),
      ).toEqual([]);
    for (const text of ['$1,530', '$1,530 per session', 'CAD $1,530', '$1,530 + GST'])
      expect(
        refused({
          amount_text: text,
          open_ended: true,
          open_ended_from: 1530,
          tax_note: text.includes('GST') ? '+ GST' : null,
        }),
        text,
      ).toContain('open_ended');
  });
  it('the amount filters read "over $1,530" as open-ended, not as at most 1,530', () => {
    expect(refused({ amount_text: 'over $1,530' })).toContain('open_ended');
  });
});

describe('qualifiers and ceilings beside the figure (H18b-3)', () => {
  it.each([
    'nearly $1,530',
    'approximate $1,530',
    '$1,530 or so',
    'close to $1,530',
    'average $1,530',
    'on average $1,530',
    'c. $1,530',
    'est $1,530',
    'apx. $1,530',
    '$1,530 (estimate)',
    '$1,530 give or take',
    'in the range of $1,530',
    'generally $1,530',
    'ballpark $1,530',
    '$1,530?',
  ])('%s: its qualifier must be in hedges', (text) => {
    expect(refused({ amount_text: text })).toContain('hedges');
    const h = readAmount(text).hedges;
    expect(h).toHaveLength(1);
    expect(refused({ amount_text: text, hedges: h, approximate: true })).toEqual([]);
  });
  it.each([
    'up to $1,530',
    '$1,530 max',
    'max $1,530',
    'maximum $1,530',
    '<$1,530',
    '< $1,530',
    '$1,530 or less',
    'below $1,530',
    'no more than $1,530',
    'not exceeding $1,530',
    'under $1,530',
    'as much as $1,530',
  ])('%s is a ceiling: amount_min 1,530 is a 422; no typed figure is taken', (text) => {
    expect(refused({ amount_text: text })).toContain('amount_min');
    expect(refused({ amount_text: text, amount_min: null })).toEqual([]);
  });
});

describe("the tax note is the text's own words when the text names a tax, and names one (H18b-4)", () => {
  const roots = seedData.prices.find((p) => p.id === 'roots-to-thrive-group-price');
  const citations = roots?.citations as typeof plainPrice.citations;
  it('"incl. GST" or "+ tax" with the note "+ GST" of an excerpt is a 422, and so is a note of "+"', () => {
    expect(citations.some((c) => c.excerpt.includes('+ GST'))).toBe(true);
    for (const text of ['$5,850 incl. GST', '$5,850 + tax'])
      expect(refused({ amount_text: text, amount_min: 5850, tax_note: '+ GST', citations }), text).toContain(
        'tax_note',
      );
    expect(refused({ amount_text: '$5,850 + GST', amount_min: 5850, tax_note: '+' })).toContain('tax_note');
    expect(refused({ amount_text: '$5,850 + GST', amount_min: 5850, tax_note: '+ GST' })).toEqual([]);
    expect(refused({ amount_text: '$5,850 incl. GST', amount_min: 5850, tax_note: 'incl. GST' })).toEqual([]);
  });
  it('"G.S.T.", "TPS" and "TVQ" are taxes: the note is required', () => {
    for (const text of ['$5,850 + G.S.T.', '$5,850 + TPS/TVQ'])
      expect(refused({ amount_text: text, amount_min: 5850 }), text).toContain('tax_note');
  });
  it('a text that names no tax may take its note from an excerpt', () => {
    expect(
      refused({
        amount_text: 'CAD $5,850',
        amount_min: 5850,
        currency: 'CAD',
        ...stated,
        tax_note: '+ GST',
        citations,
      }),
    ).toEqual([]);
  });
});

describe('truthful texts are taken as written (H18b-5)', () => {
  it.each([
    ['Group program - $1,530', {}],
    ['$1,530, credit cards accepted', {}],
    ['$90 off-peak session', { amount_min: 90 }],
    ['$1,530 ($100 discount for early registration)', {}],
    ['$1,530 from ATMA CENA', {}],
    ['$1,530 + (GST extra)', { tax_note: 'GST extra' }],
    ['$1,530 (ask about our sliding scale)', {}],
    ['$1,530, usually covered by extended health', {}],
    ['$1,530, under the group plan', {}],
    ['$1,530 for 3 sessions, often 4', {}],
  ])('%s is taken as a plain price', (text, over) => {
    expect(refused({ amount_text: text, ...over })).toEqual([]);
  });
  it('a deduction is no price, and a figure less another is not worked out', () => {
    expect(refused({ amount_text: '$1,530 ($100 discount for early registration)', amount_min: 100 })).toContain(
      'amount_min',
    );
    expect(refused({ amount_text: '$1,530 less $100' })).toContain('amount_text');
  });
});

describe('a hedge from a table heading is one of its columns (H18b-8)', () => {
  const heading = { ...TABLE_HEADINGS.gktCost };
  it('"Approximate cost" is taken; "e", "way" and "Approximate" are pieces of the row', () => {
    const h = (hedges: string[]) => refused({ hedges, approximate: true, citations: [heading] });
    expect(h(['Approximate cost'])).toEqual([]);
    for (const piece of ['e', 'way', 't', 'Approximate']) expect(h([piece]), piece).toContain('hedges');
  });
});

describe('scales, dashes and sums are refused (H18b-9)', () => {
  it.each([
    '$5 hundred',
    '$2mm',
    '$2MM',
    '$2 trillion',
    '$2 mln',
    '$2 Mio',
    '$1.5 lakh',
    'x –$1,530',
    '$1,530 less $100',
  ])('%s is a 422 naming amount_text', (text) => {
    expect(refused({ amount_text: text })).toContain('amount_text');
  });
  it('a range keeps its dashes', () => {
    for (const text of ['$1,000 - $3,000', '$1,000–$3,000', 'from $1,530 to $2,000'])
      expect(readAmount(text).unread, text).toEqual([]);
  });
});

describe('every seeded price reads as stored, and a refused text over HTTP stores nothing', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18b', 'write').key;
  });
  afterAll(() => t.close());
  it('a 422 that quotes a lone surrogate quotes it as U+FFFD: the body is well-formed (hostile 18c H18c-13)', async () => {
    const res = await t.http
      .patch('/v1/contraindications/active-substance-use-disorder')
      .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send('{"scope":{"hedge":"\\ud800"}}');
    expect(res.status, res.text).toBe(422);
    expect(res.text).not.toMatch(/\\ud[89ab][0-9a-f]{2}/i);
    expect(res.text).not.toMatch(/[\uD800-\uDFFF]/);
  });
  it('every seeded price', () => {
    for (const p of seedData.prices) expect(pricesResource.input.safeParse(p).success, p.id).toBe(true);
  });
  it('"$5,850 incl. GST" with "+ GST" is a 422 problem; "over $1,530" as open-ended is stored and filtered as such', async () => {
    const url = '/v1/prices/kair-group-session-100-250';
    const before = (await t.http.get(url).expect(200)).body.data;
    const patch = (body: object) =>
      t.http
        .patch(url)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send(body);
    const bad = await patch({ amount_text: '$5,850 incl. GST', amount_min: 5850, amount_max: null, tax_note: '+ GST' });
    expect(bad.status, bad.text).toBe(422);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
    const ok = await patch({
      amount_text: 'over $1,530',
      amount_min: 1530,
      amount_max: null,
      open_ended: true,
      open_ended_from: 1530,
      approximate: false,
      hedges: [],
    });
    expect(ok.status, ok.text).toBe(200);
    const listed = await t.http
      .get(`/v1/prices?currency=${before.currency}&unit=${before.unit}&amount_max_lte=1530&fields=id&limit=100`)
      .expect(200);
    expect(listed.body.data.length).toBeGreaterThan(0);
    expect(listed.body.data.map((p: { id: string }) => p.id)).not.toContain('kair-group-session-100-250');
  });
});

describe('a code that is also a word is no currency in a phrase (review 29 R29-11)', () => {
  it.each(['$250 ALL in', '$100-$250 ALL-INCLUSIVE', '$2,500 (3 CUP of tea)'])('%s names no currency', (text) => {
    const figure = readAmount(text).figures.find((f) => f.value >= 100);
    // A range is stored as one (hostile 18j H18j-4): "$100-$250" is no exact $100.
    const max = figure?.rangeStart ? readAmount(text).figures.find((f) => f.value > figure.value)?.value : null;
    expect(refused({ amount_text: text, amount_min: figure?.value, amount_max: max })).toEqual([]);
  });
  it('"$250 CUP" and "$1,530 CAD ALL IN" still do', () => {
    expect(refused({ amount_text: '$250 CUP', amount_min: 250 })).toContain('currency');
    expect(refused({ amount_text: '$1,530 CAD ALL IN', currency: 'CAD', ...stated })).toEqual([]);
  });
});

describe("words anywhere in the figure's clause, and only beside it (hostile 18c)", () => {
  it.each([
    'Minimum fee of $1,530',
    'Fees start at $1,530',
    'Minimum: $1,530',
    '$1,530 per session or more',
    '$1,530 per program and up',
  ])('%s is open-ended (H18c-1)', (text) => {
    expect(refused({ amount_text: text })).toContain('open_ended');
    expect(refused({ amount_text: text, open_ended: true, open_ended_from: 1530 })).toEqual([]);
  });
  it.each(['from $900 through $1,200', 'From $900 (group) to $1,200 (individual)', 'between $900 and $1,200'])(
    '%s is a range (H18c-1)',
    (text) => {
      expect(refused({ amount_text: text, amount_min: 900, amount_max: 1200 })).toEqual([]);
    },
  );
  it.each([
    ['typically cost between $400-$900', 400],
    ['often cost just $400-$900', 400],
    ['Estimated cost: $1,530', 1530],
    ['$1,530 per program (approx.)', 1530],
    ['$1,530 [approx.]', 1530],
    ['$1,530 — approx.', 1530],
    ['±$1,530', 1530],
  ])('%s: its qualifier must be in hedges (H18c-2)', (text, min) => {
    const over = { amount_text: text, amount_min: min, amount_max: min === 400 ? 900 : null };
    expect(refused(over)).toContain('hedges');
    expect(refused({ ...over, hedges: readAmount(text).hedges, approximate: true })).toEqual([]);
  });
  it.each(['Max: $900', '$900 per program max'])('%s is a ceiling (H18c-2)', (text) => {
    expect(refused({ amount_text: text, amount_min: 900 })).toContain('amount_min');
  });
  it('a figure a word is about is not the price: "$1,530 for up to 8 people", "$1,530 and up to 8 people"', () => {
    expect(refused({ amount_text: '$1,530 for up to 8 people' })).toEqual([]);
    expect(refused({ amount_text: '$1,530 and up to 8 people' })).toEqual([]);
  });
  it('a letter before "$" and a code away from the figure name no currency (H18c-5)', () => {
    for (const text of ['Plan A $1,530', 'Tier C $1,530', 'Track S $1,530', '$1,530, not covered for CHF patients'])
      expect(refused({ amount_text: text }), text).toEqual([]);
    expect(
      refused({ amount_text: '$1,530 for the group program; the individual one is billed in USD', currency: 'CAD' }),
    ).toEqual([]);
  });
  it('a bare "$" is a dollar or a peso, and an unknown capitalised word names no currency (H18c-6)', () => {
    expect(refused({ currency: 'EUR' })).toContain('currency');
    expect(refused({ amount_text: '$1,530 BC residents', currency: 'EUR', ...stated })).toContain('currency_implied');
  });
  it("a tax is the figure's own (H18c-7)", () => {
    const text = 'Group: ~CAD $5,850 + GST; Individual: ~CAD $7,500 + tax';
    const over = { amount_text: text, amount_min: 7500, currency: 'CAD', ...stated, hedges: ['~'], approximate: true };
    expect(refused({ ...over, tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ ...over, tax_note: '+ tax' })).toEqual([]);
    expect(
      refused({
        amount_text: 'CAD $5,850 + GST; $740 per extra session',
        amount_min: 740,
        currency: 'CAD',
        tax_note: null,
      }),
    ).toEqual([]);
    const roots = seedData.prices.find((p) => p.id === 'roots-to-thrive-group-price');
    expect(
      refused({ amount_text: '$7,500', amount_min: 7500, tax_note: '+ GST', citations: roots?.citations }),
    ).toContain('tax_note');
  });
  it('"credit card" and "discount price" are no deductions (H18c-10)', () => {
    expect(refused({ amount_text: '$1,530 credit card accepted' })).toEqual([]);
    expect(refused({ amount_text: '$1,530 discount price for members' })).toEqual([]);
  });
});

describe('tax words outside the list and "tax" in another sense (hostile 18c H18c-12)', () => {
  it.each(['$1,530 + IVA', '$1,530 + MwSt.', '$1,530 + TVA'])('%s names a tax: the note is required', (text) => {
    expect(refused({ amount_text: text })).toContain('tax_note');
  });
  it.each(['$1,530 (tax receipt issued)', '$1,530 (tax deductible)'])('%s names none', (text) => {
    expect(refused({ amount_text: text })).toEqual([]);
  });
});

describe('whom a source reports is named as a speaker in its excerpt (hostile 18c H18c-8)', () => {
  const contraindication = seedData.contraindications.find((c) =>
    c.citations.some((x) => x.excerpt.startsWith('As one program noted')),
  ) as (typeof seedData.contraindications)[number];
  const withVia = (via: string) => {
    const r = resources
      .find((x) => x.tableName === 'contraindications')
      ?.input.safeParse({
        ...contraindication,
        scope: { ...contraindication.scope, via },
      });
    return r?.success ? [] : (r?.error.issues.map((i) => i.path.join('.')) ?? []);
  };
  it('"one program" ("As one program noted") is taken; "ketamine", "people" and "THERAPY" are not speakers', () => {
    expect(withVia('one program')).toEqual([]);
    for (const via of ['ketamine', 'people', 'Some people', 'THERAPY'])
      expect(withVia(via), via).toContain('scope.via');
  });
});

describe("the clause read without taking a count's words or losing a currency or tax (hostile 18d)", () => {
  it.each([
    ['$1,530 per program USD', 'USD'],
    ['1,530 per program (EUR)', 'EUR'],
    ['All prices in CAD. Group: $1,530', 'CAD'],
  ])('%s is %s, stated (H18d-1)', (text, code) => {
    expect(refused({ amount_text: text, currency: code, ...stated })).toEqual([]);
    expect(refused({ amount_text: text, currency: code === 'USD' ? 'CAD' : 'USD', ...stated })).toContain('currency');
  });
  it.each([
    ['$900 per person (minimum four participants)', 900],
    ['$900 (minimum 4 participants)', 900],
    ['Up to eight participants at $250 each', 250],
    ['$1,530 (typically six sessions)', 1530],
    ['$250 per group session, up to 8 participants', 250],
  ])("%s: the words are the count's, the price is plain (H18d-2)", (text, figure) => {
    expect(refused({ amount_text: text, amount_min: figure })).toEqual([]);
  });
  it.each(['$1,530 for the 12-week program + GST', '$1,530 per program, plus GST'])(
    "%s: the tax is the price's (H18d-3)",
    (text) => {
      expect(refused({ amount_text: text, tax_note: null })).toContain('tax_note');
      expect(refused({ amount_text: text, tax_note: text.includes('plus') ? 'plus GST' : '+ GST' })).toEqual([]);
    },
  );
  it.each(['$1,530 per session approx.', '$1,530 per program approximately'])('%s is qualified (H18d-5)', (text) => {
    expect(refused({ amount_text: text })).toContain('hedges');
  });
  it.each(['$1,530 and higher', '$1,530, and up', '$1,530 per session, or more'])(
    '%s is open-ended (H18d-5)',
    (text) => {
      expect(refused({ amount_text: text })).toContain('open_ended');
    },
  );
  it('"As ketamine works" names no speaker; "one psychiatrist wisely noted" does (H18d-4)', () => {
    const c = seedData.contraindications.find((x) =>
      x.citations.some((e) => e.excerpt.startsWith('As one program noted')),
    );
    const r = resources.find((x) => x.tableName === 'contraindications');
    const ok = (via: string, excerpt: string) =>
      r?.input.safeParse({
        ...c,
        scope: { ...c?.scope, via },
        citations: [...(c?.citations ?? []), { source_id: c?.citations[0]?.source_id, excerpt, section: 'x' }],
      }).success;
    expect(ok('ketamine', 'As ketamine works on NMDA receptors, effects vary.')).toBe(false);
    expect(ok('one psychiatrist', 'As one psychiatrist wisely noted: "Look for a shift."')).toBe(true);
  });
});
