import type { Rule } from './rules.js';

/**
 * Typed numbers are figures their own text writes (hostile 18 H18-18), as a price's amounts are figures of its
 * `amount_text` (prices/amount-text.ts): a guide item's 58,500 beside "CAD $5,850", a tenfold dose beside "0.5mg/kg to
 * 1.5mg/kg", or a phase length no text gives, would be served as typed values (`fields=value_min`) with nothing to
 * check them against.
 */

const WORDS: Record<string, number> = Object.fromEntries(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((w, i) => [w, i]),
);
const FIGURE = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\d.,])\d+(?:\.\d+)?/g;
const WORD =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;

/** The figures a text writes: digits (a comma before each group of three, decimals after a point) or a word to twenty. */
export function writtenFigures(text: string): number[] {
  return [
    ...[...text.matchAll(FIGURE)].map((m) => Number(m[0].replaceAll(',', ''))),
    ...[...text.matchAll(WORD)].map((m) => WORDS[m[0].toLowerCase()] as number),
  ];
}

/** `numbers` are figures `text` writes; given, they need `unit`. */
export const writtenIn = (numbers: readonly string[], text: string, unit: string): Rule => ({
  text: `${numbers.join(', ')}: figures ${text} writes, with ${unit}`,
  check: (d, report) => {
    const t = d[text];
    if (typeof t !== 'string') return;
    const figures = writtenFigures(t);
    for (const f of numbers) {
      const v = d[f];
      if (typeof v === 'number' && !figures.includes(v))
        report([f], `must be a figure ${text} writes (${figures.join(', ') || 'it writes none'})`);
    }
    if (d[unit] === null && numbers.some((f) => typeof d[f] === 'number'))
      report([unit], `must be given with ${numbers.join(' or ')}: a number means nothing without its unit`);
  },
});

const excerptsOf = (d: Record<string, unknown>) =>
  (Array.isArray(d.citations) ? (d.citations as { excerpt?: unknown }[]) : [])
    .map((c) => c?.excerpt)
    .filter((e): e is string => typeof e === 'string');

/**
 * A dose's figures are written with its unit in an excerpt ("0.5mg/kg to 1.5mg/kg", "100mg to 400mg", "0.5 to 1.5 mg/kg"):
 * mg/kg is not mg, so "100mg" is no dose in mg/kg and "0.5mg/kg" none in mg.
 */
export const dosesWritten = (numbers: readonly string[], unit: string): Rule => ({
  text: `${numbers.join(', ')}: figures an excerpt writes with ${unit}`,
  check: (d, report) => {
    const u = d[unit];
    if (typeof u !== 'string') return;
    const n = String.raw`\d[\d,]*(?:\.\d+)?`;
    const re = new RegExp(
      `(?<![\\d.])(${n})(?:\\s*(?:to|-|–|—)\\s*(${n}))?\\s?${u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}/])`,
      'giu',
    );
    const figures = excerptsOf(d).flatMap((e) =>
      [...e.matchAll(re)].flatMap((m) =>
        [m[1], m[2]].filter((x) => x !== undefined).map((x) => Number(x.replaceAll(',', ''))),
      ),
    );
    for (const f of numbers) {
      const v = d[f];
      if (typeof v === 'number' && !figures.includes(v))
        report([f], `must be a figure a cited excerpt writes with ${u} (${figures.join(', ') || 'none does'})`);
    }
  },
});

/** A length in minutes is a figure the record's texts or excerpts write, in minutes or in hours ("2-3 hours": 120, 180). */
export const minutesWritten = (numbers: readonly string[], texts: readonly string[]): Rule => ({
  text: `${numbers.join(', ')}: figures written in minutes or hours`,
  check: (d, report) => {
    const written = [...texts.map((t) => d[t]).filter((t): t is string => typeof t === 'string'), ...excerptsOf(d)];
    const figures = written.flatMap(writtenFigures);
    for (const f of numbers) {
      const v = d[f];
      if (typeof v === 'number' && !figures.some((x) => x === v || x * 60 === v))
        report([f], 'must be a figure the texts or excerpts write, in minutes or in hours (×60)');
    }
  },
});
