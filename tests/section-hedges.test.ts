/**
 * The KAIR article's session walk-through opens with "While each program has its unique elements, most follow a
 * thoughtful structure …": what it says under its sections (preparation, the dosing experience, integration) is what
 * most programs follow. Every statement taken from there keeps "most follow", in every collection, not only in
 * /v1/session-phases (audit 12 A12-4): a guide item or a program's access step that restates a walk-through sentence,
 * and a dose range read from "The dosing experience".
 */
import { describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';

const KAIR = 'kair-group-therapy-unpacked';
const WALK_THROUGH = new Set([
  'Inside a Ketamine Group Therapy Session',
  'Pre-session preparation',
  'The dosing experience',
  'Post-session integration',
]);
const HEDGE = 'most follow';
const ABOUT_RESEARCH = /\bresearch\b/i;
type Cited = { source_id: string; excerpt: string; section: string };
type Scope = { stated_by: string[]; hedge: string | null };

const words = (s: string) => s.toLowerCase().match(/[a-z0-9']+/g) ?? [];
/** Whether a text restates an excerpt: they share a run of 7 words. */
function restates(text: string, excerpt: string): boolean {
  const e = words(excerpt);
  const t = ` ${words(text).join(' ')} `;
  for (let i = 0; i + 7 <= e.length; i++) if (t.includes(` ${e.slice(i, i + 7).join(' ')} `)) return true;
  return false;
}
const hedged = (hedge: string | null) =>
  (hedge ?? '')
    .split(';')
    .map((h) => h.trim())
    .includes(HEDGE);
const walkThrough = Object.values(seedData)
  .flat()
  .flatMap((r) => ((r as { citations?: Cited[] }).citations ?? []) as Cited[])
  .filter((c) => c.source_id === KAIR && WALK_THROUGH.has(c.section) && !/4-8 participants/.test(c.excerpt));

describe('a statement from the KAIR session walk-through keeps its "most follow"', () => {
  it('finds walk-through excerpts (the check is not vacuous)', () => {
    expect(walkThrough.length).toBeGreaterThan(10);
  });

  it('every guide item and program access step that restates one, and every dose range read from one', () => {
    const missing: string[] = [];
    for (const g of seedData.guides)
      for (const [i, item] of g.items.entries()) {
        const scope = item.scope as Scope & { via?: string | null };
        // Not what programs follow: words the walk-through quotes from a speaker (`via`), or what it says research shows.
        if (scope.via || ABOUT_RESEARCH.test(item.text)) continue;
        if (
          scope.stated_by.includes(KAIR) &&
          walkThrough.some((c) => restates(item.text, c.excerpt)) &&
          !hedged(scope.hedge)
        )
          missing.push(`guides/${g.id}.items[${i}]`);
      }
    for (const p of seedData.programs)
      for (const [i, step] of (p.access?.steps ?? []).entries())
        if (
          step.source_id === KAIR &&
          walkThrough.some((c) => restates(step.text, c.excerpt)) &&
          !hedged(step.hedge ?? null)
        )
          missing.push(`programs/${p.id}.access.steps[${i}]`);
    for (const d of seedData.dosing_routes) {
      const scope = d.dose_scope as Scope | null;
      const fromWalkThrough = d.citations.some((c) => c.source_id === KAIR && c.section === 'The dosing experience');
      if (scope?.stated_by.includes(KAIR) && fromWalkThrough && !hedged(scope.hedge))
        missing.push(`dosing_routes/${d.id}`);
    }
    expect(missing).toEqual([]);
  });

  it('every free text (a description, note, summary, structure) that restates one says so too', () => {
    // Review 15 R15-1: a text without a scope of its own carries the walk-through's qualifier in its words.
    const MOST_FOLLOW = /\bmost (?:programs )?follow\b/;
    const missing: string[] = [];
    const walk = (v: unknown, path: string, scoped: boolean): void => {
      if (typeof v === 'string') {
        if (
          !scoped &&
          !ABOUT_RESEARCH.test(v) &&
          walkThrough.some((c) => restates(v, c.excerpt)) &&
          !MOST_FOLLOW.test(v)
        )
          missing.push(path);
        return;
      }
      if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`, scoped);
      } else if (v && typeof v === 'object') {
        // A guide item, practical rule or access step has its own scope or hedge: checked above and in the seed verifier.
        const own = scoped || 'scope' in v || 'hedge' in v;
        for (const [k, x] of Object.entries(v)) if (k !== 'citations') walk(x, `${path}.${k}`, own);
      }
    };
    for (const [collection, records] of Object.entries(seedData))
      for (const r of records as { id: string }[]) walk(r, `${collection}/${r.id}`, false);
    expect(missing).toEqual([]);
  });

  it('every guide item and access step whose hedge is "most follow" says so in its own words', () => {
    // Audit 14 A14-2: a guide item or access step is shown on its own (a guide gathers items from many places), so
    // the qualifier is in its text, not only in its hedge field. A session phase's practical rules are shown under
    // the phase's description, which opens with it (checked here too).
    const MOST_FOLLOW = /\bmost (?:programs )?follow\b/;
    const missing: string[] = [];
    for (const g of seedData.guides)
      for (const [i, item] of g.items.entries())
        if (hedged((item.scope as Scope).hedge) && !MOST_FOLLOW.test(item.text))
          missing.push(`guides/${g.id}.items[${i}]`);
    for (const p of seedData.programs)
      for (const [i, step] of (p.access?.steps ?? []).entries())
        if (hedged(step.hedge ?? null) && !MOST_FOLLOW.test(step.text))
          missing.push(`programs/${p.id}.access.steps[${i}]`);
    for (const p of seedData.session_phases)
      if (p.practical_rules.some((r) => hedged((r.scope as Scope).hedge)) && !MOST_FOLLOW.test(p.description))
        missing.push(`session_phases/${p.id}.description`);
    expect(missing).toEqual([]);
  });

  it('would catch the audit’s instance', () => {
    expect(
      restates(
        'The KAIR article says the group establishes shared agreements about confidentiality, respect, and participation.',
        'The group will establish shared agreements about confidentiality, respect, and participation.',
      ),
    ).toBe(true);
  });
});
