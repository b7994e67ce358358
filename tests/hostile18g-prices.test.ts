/**
 * Hostile 18g: the price-text reader (src/resources/prices/amount-text.ts) after the H18f answers. A figure whose own
 * clause says it has no tax is offered no shared tax (H18g-1); a "+" glued to a figure makes it open-ended whatever
 * follows (H18g-2); a tax "on the full amount" is the price's (H18g-6); "GST registered" names no tax charged (H18g-8); a
 * note gives every tax of its figure (H18g-10). Each false record is refused with the field named, each truthful one is
 * taken, by the write schema itself.
 */
import { describe, expect, it } from 'vitest';
import { refused } from './price-bodies.js';

/** GST names Canada: the currency is CAD, inferred. */
const cad = { currency: 'CAD' };

describe('a figure said to have no tax is offered no shared tax (H18g-1)', () => {
  it.each([
    '$5,850 (GST-free) or $7,500 + GST',
    '$5,850 (no GST) / $7,500 + GST',
    '$5,850 (GST exempt) or $7,500 (+ GST)',
    '$5,850 tax-free or $7,500 + GST',
    '$5,850 (GST-free) and $7,500 + GST',
  ])('%s: "+ GST" for 5,850 is refused on tax_note, null taken', (text) => {
    const note = text.includes('(+ GST)') ? '(+ GST)' : '+ GST';
    expect(refused({ ...cad, amount_text: text, amount_min: 5850, tax_note: note })).toContain('tax_note');
    expect(refused({ ...cad, amount_text: text, amount_min: 5850, tax_note: null })).toEqual([]);
  });
  it('a figure with no word of tax still may take the shared one: "$5,850 or $7,500 + GST"', () => {
    expect(refused({ ...cad, amount_text: '$5,850 or $7,500 + GST', amount_min: 5850, tax_note: '+ GST' })).toEqual([]);
  });
});

describe('a "+" glued to a figure makes it open-ended whatever follows (H18g-2)', () => {
  it.each([
    ['$250+ per session', 250],
    ['$250+ per ketamine session', 250],
    ['$250+/session', 250],
    ['$1,530+ per program', 1530],
  ])('%s: open_ended false is refused, true taken', (text, amount_min) => {
    expect(refused({ amount_text: text, amount_min })).toContain('open_ended');
    expect(refused({ amount_text: text, amount_min, open_ended: true, open_ended_from: amount_min })).toEqual([]);
  });
  it('"$1,530+ fees" is not read as open-ended; "$3,500-$10,000+" is', () => {
    expect(refused({ amount_text: '$1,530+ fees', open_ended: true, open_ended_from: 1530 })).toEqual([]);
    expect(refused({ amount_text: '$3,500-$10,000+', amount_min: 3500, amount_max: 10000 })).toContain('open_ended');
  });
  it.each([
    ['$1,530 + GST', '+ GST'],
    ['$1,530 +GST', '+GST'],
    ['$1,530+GST', '+GST'],
    ['$1,530+ GST', '+ GST'],
  ])('%s: a tax, not a bound', (text, note) => {
    expect(refused({ ...cad, amount_text: text, tax_note: note })).toEqual([]);
  });
});

describe('a tax "on the full amount" is the price\'s (H18g-6)', () => {
  it.each([
    '$1,530; GST on the full amount',
    '$1,530; GST on the full program',
    '$1,530; GST on the entire fee',
    '$1,530; GST on the whole program',
  ])('%s: null is refused on tax_note', (text) => {
    expect(refused({ ...cad, amount_text: text })).toContain('tax_note');
  });
  it.each(['$1,530; GST on the deposit only', '$1,530; GST on the deposit', '$1,530; GST on the retreat lodging only'])(
    '%s: a tax of another thing, null is taken',
    (text) => {
      expect(refused({ ...cad, amount_text: text })).toEqual([]);
    },
  );
  it.each([
    ['$250 per session, typically', 'typically'],
    ['$250 per session, usually', 'usually'],
    ['$250 per session, often', 'often'],
    ['$1,530 per program, generally', 'generally'],
  ])('%s: exact is refused on hedges, "%s" taken', (text, hedge) => {
    const amount_min = Number((/\d[\d,]*/.exec(text)?.[0] ?? '').replaceAll(',', ''));
    expect(refused({ amount_text: text, amount_min })).toContain('hedges');
    expect(refused({ amount_text: text, amount_min, hedges: [hedge], approximate: true })).toEqual([]);
  });
});

describe('"GST registered" names no tax charged (H18g-8)', () => {
  it.each([
    'GST registered clinic: $1,530',
    'GST number on request: $1,530',
    '$1,530 per program (GST registered clinic)',
  ])('%s: null is taken', (text) => {
    expect(refused({ ...cad, amount_text: text })).toEqual([]);
  });
  it('a note of the registration names no tax: "GST registered clinic" is refused on tax_note', () => {
    const text = '$1,530 per program (GST registered clinic)';
    expect(refused({ ...cad, amount_text: text, tax_note: 'GST registered clinic' })).toContain('tax_note');
  });
  it('"GST/HST registration 123: $1,530 + GST" still needs its note', () => {
    const text = 'GST/HST registration 123: $1,530 + GST';
    expect(refused({ ...cad, amount_text: text, amount_min: 1530 })).toContain('tax_note');
  });
  it('a registered figure may still share the tax: "$5,850 (GST registered) or $7,500 + GST"', () => {
    const text = '$5,850 (GST registered) or $7,500 + GST';
    expect(refused({ ...cad, amount_text: text, amount_min: 5850, tax_note: '+ GST' })).toEqual([]);
  });
});

describe('a tax note gives every tax of its figure (H18g-10)', () => {
  it('"$7,500 + GST + PST": "+ GST" is refused, "+ GST + PST" taken', () => {
    const text = '$7,500 + GST + PST';
    expect(refused({ ...cad, amount_text: text, amount_min: 7500, tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ ...cad, amount_text: text, amount_min: 7500, tax_note: '+ GST + PST' })).toEqual([]);
  });
  it('"GST extra: $7,500 + PST": "GST extra" is refused', () => {
    const text = 'GST extra: $7,500 + PST';
    expect(refused({ ...cad, amount_text: text, amount_min: 7500, tax_note: 'GST extra' })).toContain('tax_note');
  });
});
