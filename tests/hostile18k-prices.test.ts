/**
 * Hostile 18k: regressions of the 18j price-text rules. The end of a range shares its start's money sign, and a smaller
 * figure, a count or another item's price after a dash is no range's end (H18k-2); "some programs" and "depending" are
 * a price's hedge only when said of the price (H18k-7); short units ("hrs", "30 min", "wks"), more count nouns, "x 6",
 * "for 6" and a ratio are no price (H18k-9); two prices of two units are no range (#563).
 */
import { describe, expect, it } from 'vitest';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { plainPrice, refused, stated } from './price-bodies.js';

describe('a range ends in money, larger than its start, of the same unit (H18k-2)', () => {
  it.each([
    '$100-250 individual sessions',
    '$100-250 group sessions',
    '$150–200 two-hour sessions',
    '$100 to 250 weekly sessions',
  ])('%s: the range is taken, its end as a count or either figure alone refused', (text) => {
    const [lo, hi] = text.startsWith('$150') ? [150, 200] : [100, 250];
    expect(refused({ amount_text: text, amount_min: lo, amount_max: hi })).toEqual([]);
    expect(refused({ amount_text: text, amount_min: lo })).toEqual(['amount_max']);
    expect(refused({ amount_text: text, amount_min: hi })).toEqual(['amount_min']);
  });
  it('"Typically $100-250 weekly sessions" with its hedge is taken as the range', () => {
    const body = { amount_text: 'Typically $100-250 weekly sessions', amount_min: 100, amount_max: 250 };
    expect(refused({ ...body, hedges: ['Typically'], approximate: true })).toEqual([]);
  });
  it.each([
    ['$1,530 – 12 weeks', 1530, 12],
    ['$1,530 – 6 sessions', 1530, 6],
    ['$1,530 - 12-week program', 1530, 12],
    ['$250 per session – 6 sessions minimum', 250, 6],
  ])('%s: a count after the dash is no range end: the exact price is taken, the count refused', (text, n, count) => {
    expect(refused({ amount_text: text, amount_min: n })).toEqual([]);
    expect(refused({ amount_text: text, amount_min: count, amount_max: n })).toContain('amount_min');
  });
  it('"CAD $5,850 + GST – 12 weeks" is the exact price 5,850 plus GST', () => {
    const body = { ...stated, currency: 'CAD', amount_text: 'CAD $5,850 + GST – 12 weeks', tax_note: '+ GST' };
    expect(refused({ ...body, amount_min: 5850 })).toEqual([]);
    expect(refused({ ...body, amount_min: 12, amount_max: 5850 })).toEqual(['amount_min']);
  });
  it('"$250 per session - $1,400 for the package" is two items: 250 is an exact price', () => {
    expect(refused({ amount_text: '$250 per session - $1,400 for the package', amount_min: 250 })).toEqual([]);
  });
  it('"$100/session to $250/session" is a range of one unit: 100 alone is refused', () => {
    expect(refused({ amount_text: '$100/session to $250/session', amount_min: 100 })).toEqual(['amount_max']);
    expect(refused({ amount_text: '$100/session to $250/session', amount_min: 100, amount_max: 250 })).toEqual([]);
  });
});

describe('"some programs", "depending" are a hedge only when said of the price (H18k-7)', () => {
  it.each([
    ['Unlike some programs, $1,530 includes integration', 1530],
    ['$250 per session, with integration in some programs', 250],
    ['$1,530 (integration extra at some clinics)', 1530],
    ['$250 per session — depending on location, integration is extra', 250],
    ['Standard fee $250, some programs offer sliding scale fees', 250],
  ])('%s: the exact price with no hedge is taken', (text, n) => {
    expect(refused({ amount_text: text, amount_min: n })).toEqual([]);
  });
  it.each([
    ['Some programs charge $250 per session', 'Some programs'],
    ['in some programs, $250 per session', 'some programs'],
    ['$250 per session at some clinics', 'some clinics'],
    ['$250, depending on the clinic', 'depending'],
    ['$250 per session — depending on location', 'depending'],
  ])('%s: said of the price, hedges [] is refused, [%j] taken', (text, hedge) => {
    const body = { amount_text: text, amount_min: 250 };
    expect(refused(body)).toEqual(['hedges']);
    expect(refused({ ...body, hedges: [hedge], approximate: true })).toEqual([]);
  });
});

describe('what the H18j-1 answer still took as a price: short units, more count nouns, "x 6", "for 6", a ratio (H18k-9)', () => {
  it.each([
    ['$250 (3 hrs)', 3, 250, '"3 hrs"'],
    ['$250 (90 mins)', 90, 250, '"90 mins"'],
    ['$250 per 90-min session', 90, 250, '"90-min"'],
    ['$1,530 for 6 wks', 6, 1530, '"6 wks"'],
    ['$1,530 for 6 appointments', 6, 1530, '"6 appointments"'],
    ['$1,530 for 3 ceremonies', 3, 1530, '"3 ceremonies"'],
    ['$1,530 for 6 circles', 6, 1530, '"6 circles"'],
    ['$250 x 6', 6, 250, '"x 6"'],
    ['$250 per session, or $1,400 for 6', 6, 250, '"for 6"'],
    ['$250 per session, 1:4 ratio', 4, 250, '"1:4"'],
  ])('%s: amount_min %d (max %d) is refused naming %s, the price alone taken', (text, n, price, words) => {
    const r = pricesResource.input.safeParse({ ...plainPrice, amount_text: text, amount_min: n, amount_max: price });
    expect(r.error?.issues.find((i) => i.path[0] === 'amount_min')?.message).toContain(words);
    expect(refused({ amount_text: text, amount_min: price })).toEqual([]);
  });
  it('"$250 min" is still a floor, "Registration 250 CAD" still an amount', () => {
    expect(refused({ amount_text: '$250 min', amount_min: 250 })).toEqual(['open_ended']);
    expect(refused({ currency: 'CAD', ...stated, amount_text: 'Registration 250 CAD', amount_min: 250 })).toEqual([]);
  });
});

describe('two prices of two units joined by "to" or a dash are no range (18k #563)', () => {
  it('"$250 per session to $1,530 per program" as 250-1,530 is refused on amount_max; 250 alone is taken', () => {
    const text = '$250 per session to $1,530 per program';
    expect(refused({ amount_text: text, amount_min: 250, amount_max: 1530 })).toEqual(['amount_max']);
    expect(refused({ amount_text: text, amount_min: 250 })).toEqual([]);
  });
  it.each([
    '$100 per session to $250 per session',
    '$100/session to $250/session',
    '$100-$250 per session',
    'from $100 (group) to $250 (individual)',
  ])('%s stored as the range 100-250 is taken', (text) => {
    expect(refused({ amount_text: text, amount_min: 100, amount_max: 250 })).toEqual([]);
  });
});

describe('"some clinics" alone in its clause after the price is still its hedge (H18k-7)', () => {
  it.each(['$250 (some clinics)', '$250 per session, some clinics'])('%s: hedges [] is refused', (text) => {
    expect(refused({ amount_text: text, amount_min: 250 })).toEqual(['hedges']);
    expect(refused({ amount_text: text, amount_min: 250, hedges: ['some clinics'], approximate: true })).toEqual([]);
  });
});

describe('"30 min" is a length, no count nor bound of the price (H18k-9)', () => {
  it('"$99 for 30 min": 99 exact is taken, 30 refused as a count', () => {
    expect(refused({ amount_text: '$99 for 30 min', amount_min: 99 })).toEqual([]);
    expect(refused({ amount_text: '$99 for 30 min', amount_min: 30, amount_max: 99 })).toContain('amount_min');
  });
});
