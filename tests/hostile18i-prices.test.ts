/**
 * Hostile 18i: the H18h answers overshot. A tax "on" the price's own program, in any words, is the price's (H18i-1); a
 * "+" set apart from the figure may add an item or a tax ("$7,500 + accommodation", "+ applicable taxes"), so the
 * price is not forced open-ended (H18i-2, H18i-3), where one glued to it before a word still is ("$250+ weekly").
 */
import { describe, expect, it } from 'vitest';
import { refused } from './price-bodies.js';

const cad = { currency: 'CAD' };

describe('a tax on the price’s own program is the price’s (H18i-1)', () => {
  it.each([
    '$1,530 + GST on the group program',
    '$1,530; GST on the 12-week program',
    '$1,530; GST on the KAP sessions',
    '$1,530; GST on services',
  ])('%s: null is refused on tax_note', (text) => {
    expect(refused({ ...cad, amount_text: text })).toContain('tax_note');
  });
  it('a tax on another item still forces none', () => {
    expect(refused({ ...cad, amount_text: '$7,500; GST on the cancellation fee', amount_min: 7500 })).toEqual([]);
  });
});

describe('a "+" set apart may add an item: not forced open-ended (H18i-2, H18i-3)', () => {
  it.each(['$7,500 + accommodation', '$7,500 + travel', '$7,500 + medication'])(
    '%s: the exact price is taken, and so is the open-ended reading',
    (text) => {
      expect(refused({ ...cad, amount_text: text, amount_min: 7500 })).toEqual([]);
      expect(refused({ ...cad, amount_text: text, amount_min: 7500, open_ended: true })).not.toContain('open_ended');
    },
  );
  it.each(['$7,500 + applicable taxes', '$7,500 + provincial tax'])('%s: open_ended is not forced', (text) => {
    expect(refused({ ...cad, amount_text: text, amount_min: 7500 })).not.toContain('open_ended');
  });
  it('glued to the figure before a word it is still open-ended ("$250+ weekly")', () => {
    expect(refused({ ...cad, amount_text: '$250+ weekly', amount_min: 250 })).toContain('open_ended');
  });
});
