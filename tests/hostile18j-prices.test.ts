/**
 * Hostile 18j: holes of the price-text reader. "plus GST" is a tax, as "+ GST" is, no bound (H18j-2).
 */
import { describe, expect, it } from 'vitest';
import { refused, stated } from './price-bodies.js';

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
