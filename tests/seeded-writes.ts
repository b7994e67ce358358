/**
 * Writing a changed copy of a seeded record through its collection's write schema, as every write checks it: the
 * statement-rule tests of hostile 18e to 18h share these (tests/hostile18*-statements.test.ts).
 */
import { seedData } from '../seed/data/index.js';
import { resources } from '../src/resources/index.js';

export type Doc = Record<string, unknown>;
export const KAIR = 'kair-group-therapy-unpacked';

/** The paths a changed copy of a seeded record is refused on (none: taken). */
export const refusedOf = (collection: string, id: string, change: (r: Doc) => void): string[] => {
  const resource = resources.find((r) => r.tableName === collection);
  const record = structuredClone((seedData as unknown as Record<string, Doc[]>)[collection]?.find((r) => r.id === id));
  if (!resource || !record) throw new Error(`${collection}/${id}`);
  change(record);
  const r = resource.input.safeParse(record);
  // The fields it is refused on, each once (two rules may refuse one field).
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
};

/** The severe-social-anxiety contraindication (its scope reports "one program") with one more KAIR excerpt and a scope field set. */
export const scopedOf = (excerpt: string, field: 'hedge' | 'via', value: string): string[] =>
  refusedOf('contraindications', 'severe-social-anxiety', (r) => {
    (r.citations as Doc[]).push({ source_id: KAIR, excerpt, section: 'What the research says' });
    (r.scope as Doc)[field] = value;
  });

type Rule = { rule: string; value_min: number | null; value_max: number | null; unit: string | null };
/** The dosing phase with its fifth practical rule ("Small groups of 4-8 participants") rewritten. */
export const practicalRuleOf = (text: string, unit: string, min: number, max: number): string[] =>
  refusedOf('session_phases', 'dosing-experience', (r) => {
    const x = (r.practical_rules as Rule[]).find((p) => /Small groups of 4-8/.test(p.rule)) as Rule;
    Object.assign(x, { rule: text, unit, value_min: min, value_max: max });
  });

/** A session phase with its length set and, if given, its description rewritten. */
export const phaseLengthOf = (id: string, min: number, max: number, description?: string): string[] =>
  refusedOf('session_phases', id, (r) => {
    if (description) r.description = description;
    r.duration_min_minutes = min;
    r.duration_max_minutes = max;
  });

/**
 * Sets `path` (dot-separated: "scope.hedge", "practical_rules.4.rule"; "+" appends to an array: "citations.+") of a
 * record to `value`. The regression fixture of write verdicts (tests/fixtures/write-verdicts.json) writes its changes so.
 */
export const setPath = (record: Doc, path: string, value: unknown): void => {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let at: unknown = record;
  for (const k of keys) {
    at = (at as Record<string, unknown>)?.[k];
    if (at === null || typeof at !== 'object') throw new Error(`${path}: ${k} is not an object or array`);
  }
  if (last === '+') {
    if (!Array.isArray(at)) throw new Error(`${path}: not an array`);
    at.push(value);
  } else (at as Record<string, unknown>)[last] = value;
};
