/**
 * Hostile 18l: a count noun with a price noun after it is the price's unit (H18l-7); figures that are no prices:
 * package sizes, doses, years, ages, a suite or phone number (H18l-5).
 */
import { describe, expect, it } from 'vitest';
import { refused } from './price-bodies.js';

describe('a count noun followed by a price noun is the unit of the price (H18l-7)', () => {
  it.each([
    ['250 group session fee', 250],
    ['250 session fee', 250],
    ['1530 program rate', 1530],
  ])('%s: %d is the price', (text, n) => {
    expect(refused({ amount_text: text, amount_min: n })).toEqual([]);
  });
  it('"250 group sessions" with no price noun after stays a count', () => {
    expect(refused({ amount_text: '250 group sessions', amount_min: 250 })).toEqual(['amount_min']);
  });
});
