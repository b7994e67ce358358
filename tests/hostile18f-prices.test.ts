/**
 * Hostile 18f: the price-text reader (src/resources/prices/amount-text.ts) after the H18e answers. A qualifier ending
 * the clause is the price's whatever nouns name its unit, unless a count or length stands before it (H18f-1); a
 * currency written anywhere forbids another (H18f-2); a number before any plural noun that is no price noun is a count
 * (H18f-3); qualifiers before a count and after a comma (H18f-10); a tax said not to be charged (H18f-11); a tax stated
 * once for every figure (H18f-12). Each false record is refused with the field named, each truthful one is taken, by the
 * write schema itself.
 */
import { describe, expect, it } from 'vitest';
import { refused, stated } from './price-bodies.js';

/** The CAD group/individual pair, with the members of its stated, approximate currency. */
const cad = { currency: 'CAD', ...stated, hedges: ['~'], approximate: true };
/** The first figure a text writes, as a number. */
const readFirst = (text: string) => Number((/\d[\d,]*/.exec(text)?.[0] ?? '').replaceAll(',', ''));

describe("a qualifier ending the clause is the price's whatever nouns name the unit (H18f-1)", () => {
  it.each([
    ['$250 per integration session approx.', 'approx.'],
    ['$600 per infusion approx.', 'approx.'],
    ['$250 per ketamine session on average', 'on average'],
    ['$250 per dosing session, approximately', 'approximately'],
    ['$250 per visit, estimated', 'estimated'],
    ['$250 per session in Colorado, approximately', 'approximately'],
    ['$250 per group ketamine session, roughly', 'roughly'],
    ['$1,530 per treatment course, estimated', 'estimated'],
  ])('%s: exact is refused on hedges, "%s" taken', (text, hedge) => {
    const amount_min = readFirst(text);
    expect(refused({ amount_text: text, amount_min })).toContain('hedges');
    expect(refused({ amount_text: text, amount_min, hedges: [hedge], approximate: true })).toEqual([]);
  });
  it('so is a bound: "$250 per integration session max", "$600 per infusion minimum"', () => {
    expect(refused({ amount_text: '$250 per integration session max', amount_min: 250 })).toContain('amount_min');
    expect(refused({ amount_text: '$600 per infusion minimum', amount_min: 600 })).toContain('open_ended');
  });
  it.each([
    '$250 per session lasting two hours on average',
    '$250 per session lasting two hours minimum',
    '$250 per integration session lasting 2 hours approx.',
    '$1,530 for a program that runs twelve weeks on average',
  ])("%s: after a length the qualifier may be the length's, exact is taken (H18e-2)", (text) => {
    expect(refused({ amount_text: text, amount_min: readFirst(text) })).toEqual([]);
  });
});

describe('a number before a plural noun that is no price noun is a count (H18f-3)', () => {
  it.each([
    '$250 per session (maximum 8 adults)',
    'Maximum 8 adults per group: $250 per session',
    'Up to 12 firefighters per cohort: $1,530',
    'Up to 8 couples: $250 per session',
    'Usually 12 weekly community-of-practice sessions: $1,530',
  ])("%s: the count's words, the exact price is taken", (text) => {
    const amount_min = /\$([\d,]+)/.exec(text)?.[1]?.replaceAll(',', '');
    expect(refused({ amount_text: text, amount_min: Number(amount_min) })).toEqual([]);
  });
  it.each([
    ['Up to 3 payments of $510', 510, 'amount_min'],
    ['Estimated 2024 fee: $1,530', 1530, 'hedges'],
    ['Roughly 12 weekly payments of $250', 250, 'hedges'],
    ['Up to 2 installments of $765', 765, 'amount_min'],
  ])("%s: a price noun keeps the words the price's (H18e-1)", (text, amount_min, field) => {
    expect(refused({ amount_text: text, amount_min })).toContain(field);
  });
});

describe('a currency written anywhere forbids a different one (H18f-2)', () => {
  it.each([
    ['1,530 for the program (EUR)', 'EUR', {}],
    ['$1,530 for the program in CAD', 'CAD', {}],
    ['$1,530 plus GST CAD', 'CAD', { tax_note: 'plus GST' }],
    ['$1,530 per session max USD', 'USD', { amount_min: null }],
    ['$1,530 or less USD', 'USD', { amount_min: null }],
    ['$1,530 for the full program USD', 'USD', {}],
    ['$1,530 for the 12-week program (CAD)', 'CAD', {}],
    ['$1,530 for 12 weeks (CAD)', 'CAD', {}],
    ['$1,530 for 3 sessions CAD', 'CAD', {}],
    ['$1,530 for three sessions, CAD', 'CAD', {}],
    ['$1,530 per program, in Canadian dollars', 'CAD', {}],
    ['$1,530 for the program, in CAD', 'CAD', {}],
    ['$1,530 incl. GST, CAD', 'CAD', { tax_note: 'incl. GST' }],
    ['$1,530 per program approx. CAD', 'CAD', { hedges: ['approx.'], approximate: true }],
    ['$1,530 per program. Prices in USD.', 'USD', {}],
    ['$1,530 per program, USD only', 'USD', {}],
    ['$1,530 per program, all in USD', 'USD', {}],
    ['$1,530 per program, USD funds', 'USD', {}],
    ['$1,530 per program; in US dollars', 'USD', {}],
    ['$1,530 per session, billed monthly in USD', 'USD', {}],
  ])('%s names %s: stated it is taken, another inferred currency refused', (text, code, over) => {
    const body = { amount_text: text, ...over };
    expect(refused({ ...body, currency: code, ...stated })).toEqual([]);
    expect(refused({ ...body, currency: code === 'USD' ? 'CAD' : 'USD' })).toContain('currency');
  });
  it('a code before a noun it modifies names no currency (H18e-3)', () => {
    expect(refused({ amount_text: '$1,530 per session for CHF patients' })).toEqual([]);
    expect(refused({ amount_text: '$1,530 per program (includes AED training)' })).toEqual([]);
    expect(
      refused({ amount_text: '$250 CAD per session (or USD equivalent)', amount_min: 250, currency: 'CAD', ...stated }),
    ).toEqual([]);
  });
  it("a figure's own currency wins over another figure's", () => {
    const text = '$1,530 (about 1,100 EUR)';
    expect(refused({ amount_text: text })).toEqual([]);
    expect(
      refused({ amount_text: 'CAD $1,530 per program; USD for the individual track', currency: 'CAD', ...stated }),
    ).toEqual([]);
  });
  it('a code that cannot be a bare "$" names no currency of it: "$1,530 per week for PHP"', () => {
    expect(refused({ amount_text: '$1,530 per week for PHP' })).toEqual([]);
    expect(refused({ amount_text: '$1,530 per week. PHP program.' })).toEqual([]);
  });
  it('a currency said of another figure or item leaves this one its own', () => {
    const text = '$1,530 for the group program; the individual one is billed in USD';
    expect(refused({ amount_text: text, currency: 'CAD' })).toEqual([]);
  });
});

describe('qualifiers before a count and after a comma (H18f-10)', () => {
  it.each([
    ['Estimated total for 12 weeks: $1,530', 'Estimated'],
    ['Estimated per-person fee for 8 people: $1,530', 'Estimated'],
    ['Estimated 1st-year cost: $1,530', 'Estimated'],
    ['$1,530 per program (approximate)', 'approximate'],
    ['$1,530 per program, approximate', 'approximate'],
    ['$1,530 per program (rough estimate)', 'rough estimate'],
    ['$1,530 per program, more or less', 'more or less'],
    ['$1,530 per program, roughly speaking', 'roughly speaking'],
    ['$1,530 per program, ballpark', 'ballpark'],
  ])('%s: exact is refused on hedges, "%s" taken', (text, hedge) => {
    expect(refused({ amount_text: text })).toContain('hedges');
    expect(refused({ amount_text: text, hedges: [hedge], approximate: true })).toEqual([]);
  });
  it.each(['Max. bundle: $1,530', 'Max. 3-session bundle: $1,530'])('%s is a ceiling', (text) => {
    expect(refused({ amount_text: text })).toContain('amount_min');
    expect(refused({ amount_text: text, amount_min: null })).toEqual([]);
  });
});

describe('a tax said not to be charged asks for no note (H18f-11)', () => {
  it.each([
    '$1,530 (no GST or PST)',
    '$1,530 without GST/HST',
    '$1,530 (not subject to GST or HST)',
    '$1,530 (exempt from GST and PST)',
    '$1,530 (HST/GST exempt)',
    '$1,530 (GST/HST-exempt)',
    '$1,530, GST and PST exempt',
    '$1,530 (GST not applicable)',
    '$1,530 (GST does not apply)',
    '$1,530, zero-rated for GST',
    '$1,530 (taxes not applicable)',
    '$1,530; GST on the deposit only',
  ])('%s: a null note is taken', (text) => {
    expect(refused({ amount_text: text, tax_note: null })).toEqual([]);
  });
  it('a tax said not to be charged is not the note: "+ GST" is refused', () => {
    expect(refused({ amount_text: '$1,530 (no GST or PST)', tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 (GST/HST-exempt)', tax_note: '+ HST' })).toContain('tax_note');
  });
  it('"+ GST" is still required where the tax is charged', () => {
    expect(refused({ amount_text: '$1,530 + GST (no PST)', tax_note: null })).toContain('tax_note');
  });
});

describe('a tax stated once for every figure (H18f-12)', () => {
  it.each([
    ['All prices + GST: group ~CAD $5,850, individual ~CAD $7,500', '+ GST'],
    ['+ GST: group ~CAD $5,850 / individual ~CAD $7,500', '+ GST'],
    ['GST extra: group ~CAD $5,850; individual ~CAD $7,500', 'GST extra'],
  ])('%s: the lead\'s tax is 7,500\'s too ("%s" taken, null refused)', (text, note) => {
    expect(refused({ amount_text: text, amount_min: 7500, ...cad, tax_note: note })).toEqual([]);
    expect(refused({ amount_text: text, amount_min: 7500, ...cad, tax_note: null })).toContain('tax_note');
    expect(refused({ amount_text: text, amount_min: 5850, ...cad, tax_note: note })).toEqual([]);
  });
  it('"Group ~CAD $5,850 or individual ~CAD $7,500 (+ GST)": "+ GST" may be given to 5,850', () => {
    const text = 'Group ~CAD $5,850 or individual ~CAD $7,500 (+ GST)';
    expect(refused({ amount_text: text, amount_min: 5850, ...cad, tax_note: '+ GST' })).toEqual([]);
    expect(refused({ amount_text: text, amount_min: 7500, ...cad, tax_note: '+ GST' })).toEqual([]);
  });
  it('"Group ~CAD $5,850 + GST / individual ~CAD $7,500 + tax": 7,500 with "+ GST" is still refused (H18e-5)', () => {
    const text = 'Group ~CAD $5,850 + GST / individual ~CAD $7,500 + tax';
    expect(refused({ amount_text: text, amount_min: 7500, ...cad, tax_note: '+ GST' })).toContain('tax_note');
  });
});
