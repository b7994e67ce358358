/**
 * Hostile 18h: the price-text reader (src/resources/prices/amount-text.ts) after the H18g answers. A tax said of another
 * item forces no note on the price (H18h-7); "+ 5% GST" is a tax, no bound (H18h-3); a figure said exempt, untaxed or
 * with its GST waived is offered no shared tax (H18h-1, H18h-10); a "+" glued to a figure is open-ended before any word
 * but a tax or "fees" (H18h-2); a number after "#" or "No." is no amount (H18h-12); trailing qualifiers (H18h-4). Each
 * false record is refused with the field named, each truthful one is taken, by the write schema itself.
 */
import { describe, expect, it } from 'vitest';
import { refused } from './price-bodies.js';

/** GST names Canada: the currency is CAD, inferred. */
const cad = { currency: 'CAD' };

describe('a tax said of another item forces no note on the price (H18h-7)', () => {
  it.each([
    '$7,500; GST on the cancellation fee',
    '$7,500; GST on the late fee',
    '$7,500; GST on the retreat accommodation',
    '$7,500; GST on the non-refundable deposit',
    '$7,500; GST on materials only',
    '$7,500; GST on lodging only',
    '$7,500; GST on meals only',
    '$7,500; GST on supplies only',
    '$7,500; GST applies only to the deposit',
    '$7,500; GST only on the deposit',
    '$7,500; GST on supplies',
    '$7,500; GST on retail items',
    '$7,500; GST on art supplies',
  ])('%s: null is taken, and so is the note of it', (text) => {
    expect(refused({ ...cad, amount_text: text, amount_min: 7500 })).toEqual([]);
    const note = text.slice(text.indexOf('GST'));
    expect(refused({ ...cad, amount_text: text, amount_min: 7500, tax_note: note })).toEqual([]);
  });
  it.each([
    '$1,530; GST on the full amount',
    '$1,530; GST on the entire program',
    '$1,530; GST on the whole fee',
    '$1,530; GST on the complete program',
    '$1,530; GST on the total price',
    '$1,530 + GST',
  ])('%s: null is refused on tax_note', (text) => {
    expect(refused({ ...cad, amount_text: text })).toContain('tax_note');
  });
});

describe('a percentage before a tax is its rate, no bound (H18h-3)', () => {
  it.each([
    ['$7,500 + 5% GST', '+ 5% GST'],
    ['$7,500 + 13% HST', '+ 13% HST'],
    ['$7,500 + 5 % GST', '+ 5 % GST'],
  ])('%s: open_ended false taken with its note, null note refused', (text, note) => {
    expect(refused({ ...cad, amount_text: text, amount_min: 7500, tax_note: note })).toEqual([]);
    expect(refused({ ...cad, amount_text: text, amount_min: 7500, tax_note: null })).toContain('tax_note');
  });
});

describe('a figure said exempt is offered no shared tax (H18h-1, H18h-10)', () => {
  it.each([
    '$5,850 (exempt) or $7,500 + GST',
    '$5,850 (non-taxable) or $7,500 + GST',
    '$5,850 (untaxed) or $7,500 + GST',
    '$5,850 (tax exempt) or $7,500 + GST',
    '$5,850 (GST waived) or $7,500 + GST',
  ])('%s: "+ GST" for 5,850 is refused on tax_note, null taken', (text) => {
    expect(refused({ ...cad, amount_text: text, amount_min: 5850, tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ ...cad, amount_text: text, amount_min: 5850, tax_note: null })).toEqual([]);
  });
  it('"$1,530 (GST reg. 123456)": null taken', () => {
    expect(refused({ ...cad, amount_text: '$1,530 (GST reg. 123456)' })).toEqual([]);
  });
});

describe('a "+" glued to a figure is open-ended before any word but a tax or fees (H18h-2)', () => {
  it.each([
    ['$250+ weekly', 250],
    ['$250+ for each session', 250],
    ['$250+ session fee', 250],
    ['$250+ in Colorado', 250],
    ['$1,530+ total', 1530],
  ])('%s: open_ended false is refused, true taken', (text, amount_min) => {
    expect(refused({ amount_text: text, amount_min })).toContain('open_ended');
    expect(refused({ amount_text: text, amount_min, open_ended: true, open_ended_from: amount_min })).toEqual([]);
  });
  it('"$1,530+ fees" and "$1,530 + GST" stay no forced bound', () => {
    expect(refused({ amount_text: '$1,530+ fees', open_ended: true, open_ended_from: 1530 })).toEqual([]);
    expect(refused({ ...cad, amount_text: '$1,530+ GST', tax_note: '+ GST' })).toEqual([]);
  });
});

describe('a number after "#" or "No." is no amount (H18h-12)', () => {
  it.each([
    ['GST #12345: $1,530', 12345],
    ['GST # 987654: $1,530 per session', 987654],
    ['HST #4567: $1,530', 4567],
    ['$1,530 (GST #12345)', 12345],
    ['Licence No. 4567: $1,530', 4567],
  ])('%s: amount_min %d is refused, 1,530 taken', (text, wrong) => {
    expect(refused({ ...cad, amount_text: text, amount_min: wrong })).toContain('amount_min');
    expect(refused({ ...cad, amount_text: text, amount_min: 1530 })).toEqual([]);
  });
});

describe('trailing qualifiers (H18h-4)', () => {
  it.each([
    ['$250 per session, normally', 'normally'],
    ['$250 per session, commonly', 'commonly'],
    ['$250 per session, mostly', 'mostly'],
    ['$250 per session, in most cases', 'in most cases'],
    ['$250 per session, as a rule', 'as a rule'],
    ['$250 per session, sometimes', 'sometimes'],
    ['Approximately (2026) $1,530', 'Approximately'],
    ['$250 per psilocybin-free KAP session ~', '~'],
  ])('%s: exact is refused on hedges, "%s" taken', (text, hedge) => {
    const amount_min = Number((/\$([\d,]+)/.exec(text)?.[1] ?? '').replaceAll(',', ''));
    expect(refused({ amount_text: text, amount_min })).toContain('hedges');
    expect(refused({ amount_text: text, amount_min, hedges: [hedge], approximate: true })).toEqual([]);
  });
  it('", typically covered by HSA" stays exact', () => {
    expect(refused({ amount_text: '$250 per session, typically covered by HSA', amount_min: 250 })).toEqual([]);
  });
});
