/**
 * Hostile 18j: holes of the price-text reader. A count, a length or a percent is no price (H18j-1); "plus GST" is a
 * tax, as "+ GST" is, no bound (H18j-2); a modal, "varies", "depending" or "some clinics" beside the amount is a
 * hedge it needs (H18j-3); a figure of a range is no exact price (H18j-4); a label's words are known, so no bound is
 * read beside them (H18j-10); a number with a currency after it is an amount, not a label's (H18j-11); "$250+ + GST" is
 * open-ended and "+ provincial tax" a tax (H18j-14).
 */
import { describe, expect, it } from 'vitest';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { plainPrice, refused, stated } from './price-bodies.js';

const cad = { currency: 'CAD' };

describe('"plus GST" is a tax, no bound (H18j-2)', () => {
  it.each([
    ['$1,530 plus GST', 'plus GST'],
    ['$1,530 plus HST', 'plus HST'],
    ['$1,530 (plus GST)', 'plus GST'],
    ['$1,530 plus QST', 'plus QST'],
    ['$250 per session plus GST', 'plus GST'],
  ])('%s: the exact price is taken, open_ended true is refused', (text, note) => {
    const amount_min = text.startsWith('$250') ? 250 : 1530;
    const body = { ...cad, amount_text: text, amount_min, tax_note: note };
    expect(refused(body)).toEqual([]);
    expect(refused({ ...body, open_ended: true, open_ended_from: amount_min })).toEqual(['open_ended']);
  });
  it('with a stated currency too ("CAD 1,530 plus GST", "€1,530 plus VAT")', () => {
    expect(refused({ ...cad, ...stated, amount_text: 'CAD 1,530 plus GST', tax_note: 'plus GST' })).toEqual([]);
    expect(refused({ currency: 'EUR', ...stated, amount_text: '€1,530 plus VAT', tax_note: 'plus VAT' })).toEqual([]);
  });
  it('a currency code after "plus" still names the currency, no tax', () => {
    expect(refused({ ...cad, amount_text: '$1,530 plus USD' })).toContain('currency');
  });
});

describe('a count, a length or a percent is no price (H18j-1)', () => {
  it.each([
    ['$1,530 for 6 sessions', 6, 'a count ("6 sessions")'],
    ['6 sessions: $1,530', 6, 'a count ("6 sessions")'],
    ['$250 x 6 sessions', 6, 'a count ("6 sessions")'],
    ['$1,530 for 6 group sessions + GST', 6, 'a count ("6 group sessions")'],
    ['$1,530 per 6-session program', 6, 'a count ("6-session")'],
    ['$1,530 for 8 weeks', 8, 'a count ("8 weeks")'],
    ['$1,530 for a 12-week program', 12, 'a count ("12-week")'],
    ['$250 per session for groups of 8', 8, 'a count ("groups of 8")'],
    ['$250 per session, 20% off for veterans', 20, 'a percent ("20%")'],
    ['$250 (10% discount for students)', 10, 'a percent ("10%")'],
    ['$250, 15% sliding-scale reduction', 15, 'a percent ("15%")'],
  ])('%s: amount_min %d is refused, naming it %s', (text, n, as) => {
    const r = pricesResource.input.safeParse({
      ...plainPrice,
      amount_text: text,
      amount_min: n,
      tax_note: text.includes('GST') ? '+ GST' : null,
    });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path[0] === 'amount_min');
    expect(issue?.message).toContain(`gives ${n} as ${as}`);
  });
  it("the Canadian article's own wording: 12 weeks and 3 sessions are no lower bound of CAD $5,850", () => {
    const over = { ...cad, ...stated, amount_max: 5850, tax_note: '+ GST' };
    const hedged = { approximate: true, hedges: ['approximately'] };
    const text = 'approximately CAD $5,850 + GST for the 12-week program';
    expect(refused({ ...over, ...hedged, amount_text: text, amount_min: 12 })).toEqual(['amount_min']);
    expect(refused({ ...over, ...hedged, amount_text: text, amount_min: 5850, amount_max: null })).toEqual([]);
    const row = 'Roots to Thrive Group (12 weeks, 3 sessions)CAD $5,850 + GST';
    expect(refused({ ...over, amount_text: row, amount_min: 3 })).toEqual(['amount_min']);
    expect(refused({ ...over, amount_text: row, amount_min: 5850, amount_max: null })).toEqual([]);
  });
  it.each([
    ['$1,530 for 6 sessions', 1530],
    ['$250 per session, 20% off for veterans', 250],
    ['$6 per session for 6 sessions', 6],
  ])('%s: the price %d is taken', (text, n) => {
    expect(refused({ amount_text: text, amount_min: n })).toEqual([]);
  });
  it.each([
    ['250 CAD', 'CAD'],
    ['1530 euros', 'EUR'],
    ['1,530 Canadian dollars', 'CAD'],
  ])('a currency word after a bare figure is no count: %s', (text, currency) => {
    const n = Number(text.split(' ')[0]?.replace(',', ''));
    expect(refused({ ...stated, currency, amount_text: text, amount_min: n })).toEqual([]);
  });
  it('"1,530 Kč" is no count either: only the currency is the editor\'s', () => {
    expect(refused({ amount_text: '1,530 Kč', amount_min: 1530 })).not.toContain('amount_min');
  });
});

describe('a figure of a range is no exact price (H18j-4)', () => {
  it.each([
    ['$100-$250', 100, 'amount_max'],
    ['$100-$250 per session', 100, 'amount_max'],
    ['$100-$250 per session', 250, 'amount_min'],
    ['between $100 and $250', 100, 'amount_max'],
    ['from $900 to $1,200', 900, 'amount_max'],
  ])('%s with amount_min %d and no amount_max is refused on %s', (text, n, field) => {
    expect(refused({ amount_text: text, amount_min: n })).toEqual([field]);
  });
  it.each(['$100-$250', 'between $100 and $250'])('%s stored as the range is taken', (text) => {
    expect(refused({ amount_text: text, amount_min: 100, amount_max: 250 })).toEqual([]);
  });
  it('the seed\'s "$3,500-$10,000+", open-ended from its last figure, is taken', () => {
    const over = { amount_text: '$3,500-$10,000+', amount_min: 3500, open_ended: true, open_ended_from: 10000 };
    expect(refused(over)).toEqual([]);
  });
  it('a figure written once in a range and once alone may be the price it is alone', () => {
    expect(refused({ amount_text: '$100-$250; intake $100', amount_min: 100 })).toEqual([]);
  });
});

describe('"may", "can", "varies", "depending", "some clinics" beside the amount are hedges (H18j-3)', () => {
  it.each([
    ['may cost $250', 'may'],
    ['might cost $250', 'might'],
    ['could cost $250', 'could'],
    ['can cost $250', 'can'],
    ['$250, may vary', 'may vary'],
    ['$250 (may vary)', 'may vary'],
    ['$250 (varies)', 'varies'],
    ['$250, varies by clinic', 'varies'],
    ['$250 (prices vary)', 'vary'],
    ['$250, depending on the clinic', 'depending'],
    ['Some programs charge $250 per session', 'Some programs'],
    ['some clinics charge $250', 'some clinics'],
    ['in some programs, $250 per session', 'some programs'],
    ['$250 per session at some clinics', 'some clinics'],
  ])('%s: hedges [] is refused, [%j] taken', (text, hedge) => {
    const body = { amount_text: text, amount_min: 250 };
    expect(refused(body)).toEqual(['hedges']);
    expect(refused({ ...body, hedges: [hedge], approximate: true })).toEqual([]);
  });
  it('"can be $250 or more" needs "can" and the bound', () => {
    const body = { amount_text: 'can be $250 or more', amount_min: 250, open_ended: true, open_ended_from: 250 };
    expect(refused(body)).toEqual(['hedges']);
    expect(refused({ ...body, hedges: ['can'], approximate: true })).toEqual([]);
  });
  it.each([
    ['$1,530 (covered by some insurance plans)', 1530],
    ['may be covered by insurance; $250', 250],
    ['You can pay $250 in installments', 250],
    ['$250 per session (group size varies)', 250],
  ])('%s: a modal, "some" or "varies" said of no price asks for no hedge', (text, n) => {
    expect(refused({ amount_text: text, amount_min: n })).toEqual([]);
  });
});

describe("a label's words write no bound (H18j-10)", () => {
  it.each(['Licence No. 4567: $1,530', 'License No. 4567: $1,530', 'Licence #4567: $1,530'])(
    '%s: open_ended true is refused, the exact price taken',
    (text) => {
      expect(refused({ amount_text: text, open_ended: true, open_ended_from: 1530 })).toEqual(['open_ended']);
      expect(refused({ amount_text: text })).toEqual([]);
      expect(refused({ amount_text: text, amount_min: 4567 })).toEqual(['amount_min']);
    },
  );
});

describe('a number with a currency after it is an amount, whatever stands before it (H18j-11)', () => {
  it.each([
    ['Registration 250 CAD', 'CAD', null],
    ['Registration: 250 CAD', 'CAD', null],
    ['Registration 250 USD', 'USD', null],
    ['Registration 250 CAD + GST', 'CAD', '+ GST'],
  ])('%s: amount_min 250 is taken', (text, currency, tax_note) => {
    expect(refused({ ...stated, currency, amount_text: text, amount_min: 250, tax_note })).toEqual([]);
  });
  it('a registration number with no currency after it is still no amount', () => {
    expect(refused({ amount_text: 'GST registration 4567: $1,530', amount_min: 4567 })).toEqual(['amount_min']);
  });
});

describe('the "+" of a tax (H18j-14)', () => {
  it('"$250+ + GST": the glued "+" is a bound, the spaced one the tax', () => {
    const body = { ...cad, amount_text: '$250+ + GST', amount_min: 250, tax_note: '+ GST' };
    expect(refused(body)).toEqual(['open_ended']);
    expect(refused({ ...body, open_ended: true, open_ended_from: 250 })).toEqual([]);
  });
  it.each(['+ provincial tax', '+ applicable taxes'])('"$1,530 %s" is a tax: open_ended true is refused', (tax) => {
    const body = { ...cad, amount_text: `$1,530 ${tax}`, tax_note: tax };
    expect(refused(body)).toEqual([]);
    expect(refused({ ...body, open_ended: true, open_ended_from: 1530 })).toEqual(['open_ended']);
  });
});
