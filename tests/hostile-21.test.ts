/**
 * Hostile 21: what a write key could store that the record's own texts contradict (the rules for counts and doses are
 * in tests/written-figures.test.ts: H21-1, H21-3).
 * - H21-4: a contraindication's category against its hedge ("should definitely avoid …" taken as `requires_evaluation`,
 *   and the fit check then said the KAIR article says it requires careful evaluation).
 * - H21-6: a fit-table row whose mark was lost in extraction set `inferred: false`: the fit check stated Katalog's
 *   inference as the article's table.
 * - H21-7: a statement that applies to the group format said, by its scope, of the individual one.
 * - H21-5: a price's unit against its amount as written ("+ $740/additional" taken as `per_program`), and the sessions
 *   a price includes against its excerpts.
 * - H21-8: a web address no excerpt writes (any https address was taken for an organization, a program or a source).
 * - H21-12: a possessive in a query was its word and the prefix `s*` (`q=Canada's` marked "Some", "sessions").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { ftsQuery } from '../src/search/search.js';
import { startApp, type TestApp } from './helpers.js';
import { type Doc, refusedOf } from './seeded-writes.js';

describe('a contraindication says the category its words say (H21-4)', () => {
  it('refuses a category the hedge words as another one', () => {
    for (const category of ['requires_evaluation', 'group_specific', 'group_requirement'])
      expect(
        refusedOf('contraindications', 'active-substance-use-disorder', (r) => Object.assign(r, { category })),
      ).toEqual(['category']);
    expect(
      refusedOf('contraindications', 'group-setting-requirements-not-met', (r) =>
        Object.assign(r, { category: 'absolute' }),
      ),
    ).toEqual(['category']);
  });
  it('refuses a category no hedge or excerpt words, and takes one they do', () => {
    expect(
      refusedOf('contraindications', 'active-substance-use-disorder', (r) => {
        (r.scope as Doc).hedge = null;
        r.citations = [{ ...(r.citations as Doc[])[0], excerpt: 'Ketamine is not for everyone.' }];
      }),
    ).toEqual(['category']);
    expect(
      refusedOf('contraindications', 'active-substance-use-disorder', (r) => {
        (r.scope as Doc).hedge = null;
      }),
    ).toEqual([]);
  });
});

describe('a category is the one its speaker’s sentences say, not a phrase of anything (review 39b R39b-5)', () => {
  const KAIR = 'kair-group-therapy-unpacked';
  const cite = (excerpt: string) => ({ source_id: KAIR, excerpt, section: 'Is it right for you?' });
  it('refuses a category where its speaker’s excerpt says another, or a phrase not said of ketamine therapy', () => {
    expect(
      refusedOf('contraindications', 'history-of-dissociative-disorders', (r) => {
        Object.assign(r, { category: 'absolute' });
        (r.scope as Doc).hedge = 'should definitely avoid ketamine therapy altogether';
        (r.citations as Doc[]).push(cite('Some people should definitely avoid ketamine therapy altogether.'));
      }),
    ).toEqual(['category']);
    expect(
      refusedOf('contraindications', 'severe-anxiety-triggered-by-altered-states', (r) => {
        Object.assign(r, { category: 'group_specific' });
        (r.scope as Doc).hedge = null;
      }),
    ).toEqual(['category']);
    expect(
      refusedOf('contraindications', 'severe-anxiety-triggered-by-altered-states', (r) => {
        Object.assign(r, { category: 'absolute' });
        (r.scope as Doc).hedge = null;
        (r.citations as Doc[]).push(cite('Participants should avoid caffeine before a session.'));
      }),
    ).toEqual(['category']);
    expect(
      refusedOf('contraindications', 'uncontrolled-high-blood-pressure', (r) => {
        (r.scope as Doc).hedge = null;
        r.citations = [cite('No one with uncontrolled high blood pressure should avoid ketamine therapy.')];
      }),
    ).toEqual(['category']);
  });
  it('takes no category only another source the record cites says (review 42 R42-3)', () => {
    expect(
      refusedOf('contraindications', 'borderline-personality-disorder-with-marked-instability', (r) =>
        Object.assign(r, { category: 'requires_evaluation' }),
      ),
    ).toEqual(['category']);
  });
  it('reads another source the record cites for its note as that source’s, not the speaker’s', () => {
    // The Canadian article's group exclusion cites the KAIR article's "require careful evaluation" for its note.
    expect(refusedOf('contraindications', 'borderline-personality-disorder-with-marked-instability', () => {})).toEqual(
      [],
    );
  });
});

describe('a price’s unit and sessions are what its texts say (H21-5)', () => {
  it('refuses a unit the amount or excerpts do not say, and a session count no excerpt writes', () => {
    const additional = 'atma-cena-psycholytic-additional-session-price';
    for (const unit of ['per_program', 'per_retreat'])
      expect(refusedOf('prices', additional, (r) => Object.assign(r, { unit }))).toEqual(['unit']);
    for (const unit of ['per_additional_session', 'per_retreat', 'first_year'])
      expect(refusedOf('prices', 'roots-to-thrive-group-price', (r) => Object.assign(r, { unit }))).toEqual(['unit']);
    expect(
      refusedOf('prices', 'roots-to-thrive-group-price', (r) => Object.assign(r, { sessions_included: 4 })),
    ).toEqual(['sessions_included']);
    expect(refusedOf('prices', additional, () => {})).toEqual([]);
  });
});

describe('a web address is one a cited excerpt writes (H21-8)', () => {
  it('refuses another address, and takes the one written in another case or without its www.', () => {
    const elsewhere = 'https://rootstothrive.example/';
    expect(refusedOf('organizations', 'roots-to-thrive', (r) => Object.assign(r, { website: elsewhere }))).toEqual([
      'website',
    ]);
    expect(
      refusedOf('programs', 'roots-to-thrive-group', (r) => Object.assign(r.access as Doc, { website: elsewhere })),
    ).toEqual(['access.website']);
    expect(refusedOf('sources', 'roots-to-thrive-website', (r) => Object.assign(r, { url: elsewhere }))).toEqual([
      'url',
    ]);
    expect(
      refusedOf('organizations', 'roots-to-thrive', (r) =>
        Object.assign(r, { website: 'https://www.RootsToThrive.com' }),
      ),
    ).toEqual([]);
    // Nor a shorter host or path an excerpt's address holds (review 39b R39b-9).
    for (const website of ['https://thrive.com/', 'https://rootstothrive.co', 'https://rootstothrive.c'])
      expect(
        refusedOf('organizations', 'roots-to-thrive', (r) => Object.assign(r, { website })),
        website,
      ).toEqual(['website']);
  });
});

describe('a category is read in phrases, and an excerpt saying to avoid it makes it absolute (review 39 R39-6)', () => {
  it('refuses a lesser category where an excerpt says to avoid it, and "to avoid anxiety" as saying so', () => {
    expect(
      refusedOf('contraindications', 'uncontrolled-high-blood-pressure', (r) => {
        r.category = 'group_specific';
        (r.scope as Doc).hedge = null;
      }),
    ).toEqual(['category']);
    expect(
      refusedOf('contraindications', 'severe-anxiety-triggered-by-altered-states', (r) => {
        r.category = 'absolute';
        (r.scope as Doc).hedge = null;
        r.citations = [
          ...(r.citations as Doc[]),
          { ...(r.citations as Doc[])[0], excerpt: 'lightly to avoid anxiety' },
        ];
      }),
    ).toEqual(['category']);
  });
});

describe('a statement applying to a format is said of that format (H21-7)', () => {
  it('refuses a scope of the other format, or of ketamine therapy in general', () => {
    expect(
      refusedOf('contraindications', 'group-setting-requirements-not-met', (r) => {
        (r.scope as Doc).format = 'individual';
      }),
    ).toEqual(['scope.format']);
    expect(
      refusedOf('contraindications', 'group-setting-requirements-not-met', (r) => {
        Object.assign(r.scope as Doc, { level: 'ketamine_therapy', format: null });
      }),
    ).toEqual(['scope.level']);
  });
});

describe('a fit-table cell is the article’s only as an excerpt writes it (H21-6)', () => {
  it('refuses inferred: false on a row whose mark no excerpt writes', () => {
    expect(
      refusedOf('format_fit', 'treatment-resistant-depression-intact-social-functioning', (r) => {
        r.inferred = false;
      }),
    ).toEqual(['inferred']);
    // Nor on a row one of whose cells survives without its column, nor with its cells swapped (review 39 R39-4).
    expect(
      refusedOf('format_fit', 'active-psychotic-symptoms', (r) => {
        r.inferred = false;
      }),
    ).toEqual(['inferred']);
    expect(
      refusedOf('format_fit', 'active-substance-use-disorder', (r) => {
        [r.group_format, r.individual_format] = [r.individual_format, r.group_format];
      }),
    ).toEqual(['inferred']);
    // An empty cell is a lost one (review 39b R39b-4).
    expect(
      refusedOf('format_fit', 'active-psychotic-symptoms', (r) =>
        Object.assign(r, { group_format: '', inferred: false }),
      ),
    ).toEqual(['inferred']);
    // The row whose cells an excerpt writes is the article's as it stands.
    expect(refusedOf('format_fit', 'active-substance-use-disorder', () => {})).toEqual([]);
  });
});

describe('a statement said of the individual format is one its source says of it (H21-7, beyond contraindications)', () => {
  it('refuses a group statement moved to the individual format where no excerpt names that format', () => {
    expect(
      refusedOf('dosing_routes', 'intramuscular', (r) => {
        (r.dose_scope as Doc).format = 'individual';
      }),
    ).toEqual(['dose_scope.format']);
    expect(
      refusedOf('session_phases', 'pre-session-preparation', (r) => {
        ((r.practical_rules as Doc[])[0]?.scope as Doc).format = 'individual';
      }),
    ).toEqual(['practical_rules.0.scope.format']);
    expect(
      refusedOf('conditions', 'trauma', (r) => {
        ((r.role_statements as Doc[])[0]?.scope as Doc).format = 'individual';
      }),
    ).toEqual(['role_statements.0.scope.format']);
    // A nested statement reads its own words, not the record's other sentences comparing the formats (review 42
    // R42-1): the group price of guide-costs, the benefits' group item.
    expect(
      refusedOf('guides', 'guide-costs', (r) => {
        ((r.items as Doc[])[3]?.scope as Doc).format = 'individual';
      }),
    ).toEqual(['items.3.scope.format']);
    expect(
      refusedOf('guides', 'guide-benefits', (r) => {
        ((r.items as Doc[])[0]?.scope as Doc).format = 'individual';
      }),
    ).toEqual(['items.0.scope.format']);
    // The Canadian article's "individual KAT", and "1-on-1", name the format (review 43 R43-7).
    for (const text of [
      'KAIR article: individual KAT sessions usually range from $100-$250 (USD is Katalog’s reading).',
      'KAIR article: 1-on-1 ketamine sessions usually range from $100-$250 (USD is Katalog’s reading).',
    ])
      expect(
        refusedOf('guides', 'guide-costs', (r) => {
          const item = (r.items as Doc[])[3] as Doc;
          Object.assign(item, { text });
          (item.scope as Doc).format = 'individual';
        }),
        text,
      ).toEqual([]);
    // "adjusted for your individual factors" names no format; Katalog's reading, marked, is taken.
    expect(
      refusedOf('dosing_routes', 'intramuscular', (r) => {
        Object.assign(r.dose_scope as Doc, { format: 'individual', inferred: true });
      }),
    ).not.toContain('dose_scope.format');
  });
});

describe('a finding’s qualifier and direction are the ones its texts word (H21-5)', () => {
  it('refuses a direction no word gives and a qualifier the excerpt does not write beside the value', () => {
    const improved = 'healthcare-providers-depression-79-percent-improved';
    for (const direction of ['unchanged', 'decreased', 'increased'])
      expect(refusedOf('findings', improved, (r) => Object.assign(r, { direction }))).toEqual(['direction']);
    for (const value_qualifier of ['less_than', 'approximately', 'at_least'])
      expect(refusedOf('findings', improved, (r) => Object.assign(r, { value_qualifier }))).toEqual([
        'value_qualifier',
      ]);
    expect(
      refusedOf('findings', 'tsang-2023-nausea-under-13-percent-of-sessions', (r) =>
        Object.assign(r, { value_qualifier: 'exact' }),
      ),
    ).toEqual(['value_qualifier']);
    expect(
      refusedOf('findings', 'dames-2025-program-participants-750-plus', (r) =>
        Object.assign(r, { value_qualifier: 'exact' }),
      ),
    ).toEqual(['value_qualifier']);
    // "79%" is no count of participants (review 40 R40-8).
    expect(refusedOf('findings', improved, (r) => Object.assign(r, { value_unit: 'participants' }))).toEqual(['value']);
    expect(refusedOf('findings', improved, () => {})).toEqual([]);
  });
  it('reads a denied comparison as its opposite, a direction from the finding’s own summary, and no denied word (review 41)', () => {
    const nausea = 'tsang-2023-nausea-under-13-percent-of-sessions';
    const excerpt = (text: string, value_qualifier: string) =>
      refusedOf('findings', nausea, (r) => {
        (r.citations as Doc[])[0] = { ...(r.citations as Doc[])[0], excerpt: text };
        Object.assign(r, { value_qualifier });
      });
    expect(excerpt('nausea in no more than 13% of sessions', 'less_than')).toEqual([]);
    expect(excerpt('nausea in no more than 13% of sessions', 'at_least')).toEqual(['value_qualifier']);
    expect(excerpt('nausea in 13% or fewer of sessions', 'less_than')).toEqual([]);
    expect(excerpt('nausea in an estimated 13% of sessions', 'approximately')).toEqual([]);
    // "not over", "not under" likewise (review 42 R42-12).
    expect(excerpt('nausea in not over 13% of sessions', 'less_than')).toEqual([]);
    expect(excerpt('nausea in not under 13% of sessions', 'at_least')).toEqual([]);
    // "did not exceed", "no higher than" (review 43 R43-9).
    expect(excerpt('nausea did not exceed 13% of sessions', 'less_than')).toEqual([]);
    expect(excerpt('nausea in no higher than 13% of sessions', 'less_than')).toEqual([]);
    // "fewer than 13%" is a comparison, not a decrease; another result of the same excerpt is not this finding's.
    expect(refusedOf('findings', nausea, (r) => Object.assign(r, { direction: 'decreased' }))).toEqual(['direction']);
    expect(
      refusedOf('findings', 'esketamine-case-better-functioning', (r) => Object.assign(r, { direction: 'decreased' })),
    ).toEqual(['direction']);
    const summary = (text: string) =>
      refusedOf('findings', 'firefighters-gad7-anxiety-decreased', (r) => Object.assign(r, { summary: text }));
    expect(summary('Anxiety scores measured by the GAD-7 did not decrease.')).toEqual(['direction']);
    expect(summary('Anxiety scores measured by the GAD-7 went down significantly.')).toEqual([]);
  });
});

describe('over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('a possessive is its word: it marks no word beginning with s (H21-12)', async () => {
    expect(ftsQuery("Canada's")).toBe(ftsQuery('Canada'));
    expect(ftsQuery('ketamine’s effects')).toBe(ftsQuery('ketamine effects'));
    const hits = (await t.http.get(`/v1/search?q=${encodeURIComponent("Canada's")}&limit=100`).expect(200)).body
      .data as {
      snippet: string;
    }[];
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits)
      for (const [, m] of h.snippet.matchAll(/<mark>([^<]*)<\/mark>/g)) expect(m).toMatch(/^canada/i);
  });

  it('a downgraded category is a 422 naming it, and the fit check still says what the article says', async () => {
    const key = createKey(t.db, 'h21', 'write').key;
    const url = '/v1/contraindications/active-substance-use-disorder';
    const before = await t.http.get(url).expect(200);
    const check = async () =>
      (await t.http.get('/v1/format-fit/check?situation=active-substance-use-disorder').expect(200)).body;
    const said = await check();
    const res = await t.http
      .patch(url)
      .set('authorization', `Bearer ${key}`)
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify({ category: 'requires_evaluation' }));
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { name: string }) => e.name)).toEqual(['category']);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before.body.data);
    expect(await check()).toEqual(said);
  });
});
