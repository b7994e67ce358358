/**
 * The write rules' regression fixture: the bodies a hostile round sent, each a change to a seeded record with the
 * tester's call of whether the changed record is true to its own texts and excerpts. A true record is taken, a false one
 * refused. The rules are closed word lists (docs/curation.md), and each round of fixes to them had broken wordings the
 * build before took: this runs every earlier round's bodies on every change. `open` holds the bodies the rules still
 * get wrong, each with the finding that says so: they are checked to be still wrong, so that a fix moves them into
 * `cases` (and an unnoticed change of verdict fails). To add a round: append its bodies (`from` names the round).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusedOf, setPath } from './seeded-writes.js';

type Case = {
  from: string;
  collection: string;
  id: string;
  /** A named change applied first (`bases`). */
  on?: string;
  set: Record<string, unknown>;
  truth: boolean;
  why: string;
  /** For an open case: the finding it is part of. */
  finding?: string;
};
type Fixture = { bases: Record<string, Record<string, unknown>>; cases: Case[]; open?: Case[] };

const fixture = JSON.parse(readFileSync(new URL('./fixtures/write-verdicts.json', import.meta.url), 'utf8')) as Fixture;
const label = (c: Case) => `${c.from}: ${c.collection}/${c.id} ${JSON.stringify(c.set).slice(0, 200)}`;
const refused = (c: Case) =>
  refusedOf(c.collection, c.id, (r) => {
    const base = c.on === undefined ? {} : fixture.bases[c.on];
    if (!base) throw new Error(`${c.from}: no base "${c.on}"`);
    for (const [path, value] of Object.entries({ ...base, ...c.set })) setPath(r, path, structuredClone(value));
  });
const row = (c: Case) => [label(c), c] as const;

describe('the write rules keep every earlier round’s verdicts (tests/fixtures/write-verdicts.json)', () => {
  it('the fixture holds each change once', () => {
    const all = [...fixture.cases, ...(fixture.open ?? [])];
    expect(all.length).toBeGreaterThan(0);
    const keys = all.map((c) => `${c.collection}/${c.id}/${c.on}/${JSON.stringify(c.set)}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
  it.each(fixture.cases.filter((c) => c.truth).map(row))('true, taken: %s', (_, c) => {
    expect(refused(c), c.why).toEqual([]);
  });
  it.each(fixture.cases.filter((c) => !c.truth).map(row))('false, refused: %s', (_, c) => {
    expect(refused(c).length, c.why).toBeGreaterThan(0);
  });
  it.each((fixture.open ?? []).map(row))('open finding, still wrong (fixed? move it to cases): %s', (_, c) => {
    expect(c.finding, 'an open body names its finding').toMatch(/\S/);
    expect(refused(c).length === 0, `${c.finding}: ${c.why}`).toBe(!c.truth);
  });
});
