/**
 * Hostile 18e (the parts that are not a price's amount_text): a quoted field is checked for its role in its excerpt,
 * not only for being there. Whom a source reports is a speaker, not a reporting verb's object (H18e-6); a condition's
 * `named_as` is whole words that name it (H18e-9); a hedge qualifies (H18e-12); participants per facilitator are a
 * ratio's figure and a group's are not (H18e-7); a "24-hour rule" is no phase length (H18e-8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';
import { type Doc, KAIR, phaseLengthOf, refusedOf } from './seeded-writes.js';

const cite = (r: Doc, excerpt: string) => {
  (r.citations as Doc[]).push({ source_id: KAIR, excerpt, section: 'What the research says' });
};

describe('whom a source reports is the speaker, not what a reporting verb reports (H18e-6)', () => {
  const via = (excerpt: string, who: string) =>
    refusedOf('contraindications', 'severe-social-anxiety', (r) => {
      cite(r, excerpt);
      (r.scope as Doc).via = who;
    });
  it.each([
    ['Our research found one Colorado clinic offering group sessions', 'one Colorado clinic'],
    ['he reported a brighter mood, fewer suicidal thoughts', 'a brighter mood'],
    ['with maintenance sessions recommended every 1-3 months thereafter', 'every'],
    ['This suggests that adding the group component', 'that adding the group component'],
  ])('%j does not make "%s" a speaker', (excerpt, who) => {
    expect(via(excerpt, who)).toEqual(['scope.via']);
  });
  it.each([
    ['"We perform thorough intake to ensure group fit," emphasized one clinician in our research', 'one clinician'],
    ['As one practitioner noted: "Participants often report insights"', 'one practitioner'],
    ['According to one program, integration is crucial', 'one program'],
    ['one psychiatrist wisely noted', 'one psychiatrist'],
  ])('%j makes "%s" a speaker', (excerpt, who) => {
    expect(via(excerpt, who)).toEqual([]);
  });
});

describe('a hedge qualifies what is said (H18e-12)', () => {
  const hedge = (h: string) =>
    refusedOf('contraindications', 'severe-social-anxiety', (r) => {
      (r.scope as Doc).hedge = h;
    });
  it('a word of an excerpt that qualifies nothing is a 422 naming scope.hedge', () => {
    expect(hedge('individual')).toEqual(['scope.hedge']);
    expect(hedge('ketamine therapy')).toEqual(['scope.hedge']);
  });
  it('the seeded qualifier, and a shorter qualifying piece of it, are taken', () => {
    expect(hedge('might find individual ketamine therapy more suitable than the group format')).toEqual([]);
    expect(hedge('might')).toEqual([]);
  });
});

describe("a condition's named_as is whole words that name it (H18e-9)", () => {
  const named = (words: string) =>
    refusedOf('conditions', 'mania', (r) => {
      ((r.role_statements as Doc[])[0] as Doc).named_as = [words];
    });
  it.each(['Active psychosis', 'severe substance use', 'ia, sev', 'borderline personality disorder'])(
    '"%s" is a 422 naming the statement’s named_as',
    (words) => {
      expect(named(words)).toEqual(['role_statements.0.named_as.0']);
    },
  );
  it('its own words are taken', () => {
    expect(named('active mania')).toEqual([]);
  });
  it('a list qualifier names the class its conditions are given as', () => {
    expect(
      refusedOf('conditions', 'ocd', (r) => {
        ((r.role_statements as Doc[])[0] as Doc).named_as = ["conditions that haven't responded well"];
      }),
    ).toEqual([]);
  });
});

describe('participants per facilitator are a ratio’s figure; a group’s are not (H18e-7)', () => {
  type Rule = { rule: string; value_min: number | null; value_max: number | null; unit: string | null };
  const withUnit = (pick: RegExp, unit: string, change: Partial<Rule> = {}) =>
    refusedOf('session_phases', 'dosing-experience', (r) => {
      const rule = (r.practical_rules as Rule[]).find((x) => pick.test(x.rule)) as Rule;
      Object.assign(rule, { unit, ...change });
    });
  it('a group of 4-8 participants is no ratio, and the 1:3 to 1:4 ratio is no group', () => {
    expect(withUnit(/Small groups of 4-8/, 'participants_per_facilitator')).toEqual([
      'practical_rules.4.value_min',
      'practical_rules.4.value_max',
    ]);
    expect(withUnit(/facilitator-to-participant/, 'participants')).toEqual([
      'practical_rules.7.value_min',
      'practical_rules.7.value_max',
    ]);
  });
  it('as seeded they are taken, and so is a ratio written "N participants per facilitator"', () => {
    expect(withUnit(/Small groups of 4-8/, 'participants')).toEqual([]);
    expect(withUnit(/facilitator-to-participant/, 'participants_per_facilitator')).toEqual([]);
    expect(
      withUnit(/Small groups of 4-8/, 'participants_per_facilitator', {
        rule: 'KAIR article: Small groups receive ketamine together, with 4 participants per facilitator.',
        value_min: 4,
        value_max: 4,
      }),
    ).toEqual([]);
  });
});

describe('a time written as an adjective of something else is no phase length (H18e-8)', () => {
  const length = (minutes: number, description?: string) =>
    phaseLengthOf('post-session-integration', minutes, minutes, description);
  it('the "24-hour no-driving rule" is no 1,440-minute integration phase', () => {
    expect(length(1440)).toEqual(['duration_min_minutes', 'duration_max_minutes']);
  });
  it('"a 90-minute integration circle" is a length of the phase', () => {
    expect(length(90, 'Katalog test: the group meets for a 90-minute integration circle after the session.')).toEqual(
      [],
    );
  });
});

describe('through the API: a refused speaker is a 422, and nothing is stored', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp();
    key = createKey(t.db, 'h18e', 'write').key;
  });
  afterAll(() => t.close());
  it('a PATCH giving "every" as the speaker is a 422 naming scope.via, and the record is unchanged', async () => {
    const path = '/v1/contraindications/severe-social-anxiety';
    const before = (await t.http.get(path).expect(200)).body.data;
    const res = await t.http
      .patch(path)
      .set('Authorization', `Bearer ${key}`)
      .set('If-Match', '*')
      .set('Content-Type', 'application/merge-patch+json')
      .send({
        citations: [
          ...before.citations,
          { source_id: KAIR, excerpt: 'maintenance sessions recommended every 1-3 months', section: 'Cost' },
        ],
        scope: { via: 'every' },
      })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { name: string }) => e.name)).toContain('scope.via');
    expect((await t.http.get(path).expect(200)).body.data).toEqual(before);
  });
});
