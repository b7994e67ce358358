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

describe('package sizes, doses, years, ages, addresses, phone numbers and clock times are no prices (H18l-5)', () => {
  it.each([
    ['$750 per session, or $4,000 for a package of 6', 6, 750, 750],
    ['2 for $400 (bring a friend)', 2, 400, 400],
    ['Package (5): $1,100', 5, 1100, 1100],
    ['5-pack $1,100', 5, 1100, 1100],
    ['6 x $250 sessions', 6, 250, 250],
    ['Session 1: $300; sessions 2-6: $250', 2, 6, 300],
    ['$250 per session (0.5–1 mg/kg)', 0.5, 1, 250],
    ['$250 per session (40 mg)', 40, 250, 250],
    ['$250 per session (2024 rates)', 250, 2024, 250, 'amount_max'],
    ['2024 rate: $250 per session', 2024, 250, 250],
    ['$250 per session as of January 2025', 250, 2025, 250, 'amount_max'],
    ['$250 per session (ages 18-65)', 18, 65, 250],
    ['$250 per session, Suite 200', 200, 250, 250],
    ['$250 per session; call 555-1234', 555, 1234, 250],
    ['$250 per session, 9am to 5pm', 9, 250, 250],
  ] as [string, number, number, number, string?][])(
    '%s: %d-%d is refused, %d alone taken',
    (text, lo, hi, price, field) => {
      expect(refused({ amount_text: text, amount_min: lo, amount_max: hi })).toContain(field ?? 'amount_min');
      expect(refused({ amount_text: text, amount_min: price })).toEqual([]);
    },
  );
  it('"$250 per session, 18+ only": 18 as an open-ended floor is refused, 250 taken', () => {
    const text = '$250 per session, 18+ only';
    expect(refused({ amount_text: text, amount_min: 18, open_ended: true, open_ended_from: 18 })).toContain(
      'amount_min',
    );
    expect(refused({ amount_text: text, amount_min: 250 })).toEqual([]);
  });
  it.each([
    ['1530 for 6 weeks', 1530],
    ['Sessions from $2024', 2024],
    ['$100-$250 per session', 100],
  ])('%s: a price still read as a price', (text, n) => {
    expect(refused({ amount_text: text, amount_min: n, ...(text.includes('-$') ? { amount_max: 250 } : {}) })).toEqual(
      text.startsWith('Sessions') ? ['open_ended'] : [],
    );
  });
});

describe('"some clinics" before "offer it for" or after "Offered at" is the price\'s hedge (H18l-5)', () => {
  it.each([
    ['Some clinics offer it for $250', 'Some clinics'],
    ['Offered at some clinics for $250', 'some clinics'],
    ['Some programs offer sessions at $250', 'Some programs'],
  ])('%s: hedges [] is refused, [%j] taken', (text, hedge) => {
    const body = { amount_text: text, amount_min: 250 };
    expect(refused(body)).toEqual(['hedges']);
    expect(refused({ ...body, hedges: [hedge], approximate: true })).toEqual([]);
  });
  it('"Some programs offer a sliding scale; $250 standard": the exact price, no hedge', () => {
    expect(refused({ amount_text: 'Some programs offer a sliding scale; $250 standard', amount_min: 250 })).toEqual([]);
  });
});

describe("a deposit is part of the total, no range's lower bound (H18l-5)", () => {
  it.each([
    ['$7,500 ($2,500 deposit)', 2500, 7500],
    ['$2,500 deposit, $7,500 total', 2500, 7500],
    ['Deposit: $500; total $1,530', 500, 1530],
  ])('%s: %d-%d is refused on amount_min, the total alone taken', (text, lo, hi) => {
    // amount_min for the deposit; amount_max too, since no range is written (two prices written apart).
    expect(refused({ amount_text: text, amount_min: lo, amount_max: hi })).toContain('amount_min');
    expect(refused({ amount_text: text, amount_min: hi })).toEqual([]);
  });
  it('"$500-$1,530 deposit" written as a range stays a range', () => {
    expect(refused({ amount_text: '$500-$1,530 deposit', amount_min: 500, amount_max: 1530 })).toEqual([]);
  });
});

describe('"+" before another price adds an item, no open end (H18l-5)', () => {
  it('"$150 per ketamine dose + $100 therapy fee" open-ended from 150 is refused, exact 150 taken', () => {
    const text = '$150 per ketamine dose + $100 therapy fee';
    expect(refused({ amount_text: text, amount_min: 150, open_ended: true, open_ended_from: 150 })).toEqual([
      'open_ended',
    ]);
    expect(refused({ amount_text: text, amount_min: 150 })).toEqual([]);
  });
  it('"$1,530+" stays open-ended', () => {
    expect(refused({ amount_text: '$1,530+', amount_min: 1530, open_ended: true, open_ended_from: 1530 })).toEqual([]);
  });
});

describe('a word that joins the figures is no unit; units differ only when both are written (review 33 R33-1)', () => {
  it.each(['$400 each to $600 each', '$400 each to $600', '$400 per session to $600'])(
    '%s: the range is taken',
    (text) => {
      expect(refused({ amount_text: text, amount_min: 400, amount_max: 600 })).toEqual([]);
    },
  );
  it('"$400 each to $600 each" is a range: exactly $400 is refused', () => {
    expect(refused({ amount_text: '$400 each to $600 each', amount_min: 400, amount_max: null })).toContain(
      'amount_max',
    );
  });
  it('two units written apart are still two prices', () => {
    const text = '$250 per session to $1,530 per program';
    expect(refused({ amount_text: text, amount_min: 250, amount_max: 1530 })).toContain('amount_max');
    expect(refused({ amount_text: text, amount_min: 250, amount_max: null })).toEqual([]);
  });
});

describe('two prices written apart are no range, whatever their units (H18l-5)', () => {
  it.each([
    ['$4,000 for 6 sessions ($667 per session)', 667, 4000],
    ['$500 per session; 3-session package $1,350', 500, 1350],
    ['$250 per session, $1,400 for the package', 250, 1400],
  ])('%j refuses %i-%i', (text, lo, hi) => {
    expect(refused({ amount_text: text, amount_min: lo, amount_max: hi })).toContain('amount_max');
  });
  it.each([
    ['$100-$250', 100, 250],
    ['from $900 to $1,200', 900, 1200],
    ['between $400 and $600 per session', 400, 600],
    ['$1,530 or $1,585', 1530, 1585],
  ])('%j takes %i-%i', (text, lo, hi) => {
    expect(refused({ amount_text: text, amount_min: lo, amount_max: hi })).toEqual([]);
  });
});

describe('"Prices vary" before a price, and "for most sessions" after it, are its hedges (H18l-5)', () => {
  it.each([
    ['Prices vary; $250 for most sessions', 'vary'],
    ['Prices vary. $250 per session.', 'vary'],
    ['$250 for most sessions', 'most'],
  ])('%j with no hedge is refused; with %j taken', (text, hedge) => {
    expect(refused({ amount_text: text, amount_min: 250 })).toContain('hedges');
    expect(refused({ amount_text: text, amount_min: 250, hedges: [hedge], approximate: true })).toEqual([]);
  });
  it('"most of it up front" is no hedge of the price', () => {
    expect(refused({ amount_text: '$250 for the whole program, most of it up front', amount_min: 250 })).toEqual([]);
  });
});
