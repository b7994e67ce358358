/**
 * Typed numbers outside prices are figures their own text writes (hostile 18 H18-18): a guide item's and a practical
 * rule's values in its text, with a unit; a dose in an excerpt with its unit (mg/kg is not mg); a phase's length in its
 * texts, in minutes or hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { itemUnitWritten } from '../src/resources/guides/item-unit.js';
import { resources } from '../src/resources/index.js';
import { writtenFigures } from '../src/resources/written-figures.js';
import { startApp, type TestApp } from './helpers.js';

type Doc = Record<string, unknown>;
const refusedOf = (collection: string, id: string, change: (r: Doc) => void) => {
  const resource = resources.find((r) => r.tableName === collection);
  const record = structuredClone(
    ((seedData as unknown as Record<string, Doc[]>)[collection] ?? []).find((r) => r.id === id),
  );
  if (!resource || !record) throw new Error(`${collection}/${id}`);
  change(record);
  const r = resource.input.safeParse(record);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};
/** The first guide item with a value, and its guide. */
const guide = seedData.guides.find((g) =>
  g.items.some((i) => i.value_min !== null),
) as (typeof seedData.guides)[number];
const at = guide.items.findIndex((i) => i.value_min !== null);
const phase = seedData.session_phases.find((p) =>
  p.practical_rules.some((r) => r.value_min !== null),
) as (typeof seedData.session_phases)[number];
const ruleAt = phase.practical_rules.findIndex((r) => r.value_min !== null);

describe('typed numbers are figures of their own text (H18-18)', () => {
  it('reads digits with separators and decimals, and number words', () => {
    expect(writtenFigures('CAD $5,850 + GST, 0.5mg/kg, three sessions, 20–40 participants')).toEqual([
      5850, 0.5, 20, 40, 3,
    ]);
  });
  it('every seeded record keeps the rules', () => {
    for (const r of resources)
      for (const record of (seedData as unknown as Record<string, Doc[]>)[r.tableName] ?? [])
        expect(r.input.safeParse(record).success, `${r.tableName}/${record.id}`).toBe(true);
  });
  it('a guide item of ten times its figure, or a value with no unit, is a 422 naming it', () => {
    const item = guide.items[at] as { value_min: number };
    expect(
      refusedOf('guides', guide.id, (g) => {
        ((g.items as Doc[])[at] as Doc).value_min = item.value_min * 10;
      }),
    ).toContain(`items.${at}.value_min`);
    expect(
      refusedOf('guides', guide.id, (g) => {
        ((g.items as Doc[])[at] as Doc).unit = null;
      }),
    ).toContain(`items.${at}.unit`);
  });
  it('a guide item’s unit is one its text writes (hostile 21 H21-13)', () => {
    const sessions = guide.items.findIndex((i) => /\bsessions\b/.test(i.unit ?? ''));
    expect(sessions).toBeGreaterThanOrEqual(0);
    expect(
      refusedOf('guides', guide.id, (g) => {
        ((g.items as Doc[])[sessions] as Doc).unit = 'mg/kg';
      }),
    ).toEqual([`items.${sessions}.unit`]);
    // Its singular, or its sign, is the unit written.
    expect(
      refusedOf('guides', guide.id, (g) => {
        ((g.items as Doc[])[sessions] as Doc).unit = 'sessions (initial protocol)';
      }),
    ).toEqual([]);
  });
  it('a unit written onto its number, or as its sign, is written; a dollar after CAD is no USD (review 39 R39-7, R39-8)', () => {
    const rule = itemUnitWritten('text', 'unit', ['value_min', 'value_max']);
    const refused = (text: string, unit: string) => {
      const out: string[] = [];
      rule.check({ text, unit }, (path) => out.push(path.join('.')));
      return out;
    };
    expect(refused('doses range from 0.5mg/kg to 1.5mg/kg', 'mg/kg')).toEqual([]);
    expect(refused('group therapy costs 40-60% less', '% less')).toEqual([]);
    // Whole: "40-60% less" is no bare percent (review 40 R40-5).
    expect(refused('group therapy costs 40-60% less', '%')).toEqual(['unit']);
    expect(refused('approximately CAD $5,850 + GST', 'USD')).toEqual(['unit']);
    // Every word of the unit, not its first only, nor a unit inside a longer one (review 39b R39b-7).
    expect(refused('group therapy costs 40-60% less', 'percent more than individual')).toEqual(['unit']);
    expect(refused('doses range from 0.5mg/kg to 1.5mg/kg', 'mg')).toEqual(['unit']);
    expect(refused('approximately $5,850 CAD', 'USD')).toEqual(['unit']);
    expect(refused('approximately CAD $5,850 + GST', 'CAD + GST')).toEqual([]);
  });
  it('a unit is read whole, at the range the item gives, with its comparison and its own brackets (review 40)', () => {
    const text = (id: string, at: number) =>
      String(((seedData.guides as unknown as Doc[]).find((g) => g.id === id)?.items as Doc[] | undefined)?.[at]?.text);
    const item = (id: string, at: number, change: Doc) =>
      refusedOf('guides', id, (g) => {
        Object.assign((g.items as Doc[])[at] as Doc, change);
      });
    const costs7 = text('guide-costs', 7);
    for (const [id, at, change] of [
      // R40-1: a count of its own, or a noun past a bracket or comma, is not what a price is per.
      ['guide-costs', 7, { text: costs7.replace('CAD $5,850', '$5,850 CAD'), unit: 'CAD + GST per session' }],
      ['guide-costs', 7, { text: costs7.replace('), approximately', ') at'), unit: 'CAD + GST per session' }],
      // R40-2: a bracket the text writes only elsewhere, or in part.
      ['guide-course-of-treatment', 6, { unit: 'ketamine sessions (IM)' }],
      ['guide-course-of-treatment', 4, { unit: "USD (Katalog's reading) (group)" }],
      ['guide-course-of-treatment', 3, { unit: "USD (Katalog's reading, per session)" }],
      // R40-3: "no more than" is at most; "run over 2-3 months" is no comparison; a comparison written is the unit's.
      [
        'guide-side-effects-and-risks',
        7,
        { text: 'Nausea in no more than 13% of sessions.', unit: 'percent of sessions (more than)' },
      ],
      ['guide-course-of-treatment', 1, { unit: 'months (more than)' }],
      // "<13%" is a most, not a least (review 42 R42-16).
      ['guide-side-effects-and-risks', 7, { value_min: 13, value_max: null }],
      // "not above 13%" is at most 13 % (review 42 R42-15).
      [
        'guide-side-effects-and-risks',
        7,
        { text: 'Nausea in not above 13% of sessions.', unit: 'percent of sessions (more than)' },
      ],
      ['guide-side-effects-and-risks', 7, { unit: 'percent of sessions' }],
      // R40-4: a range is the one the text writes from value_min to value_max.
      ['guide-course-of-treatment', 7, { value_min: 3, value_max: 6, unit: 'sessions' }],
      // R40-5, R40-6: no word of the text's unit left out; "every 1-3 months" is an interval.
      ['guide-costs', 1, { unit: "USD (Katalog's reading)" }],
      ['guide-costs', 4, { unit: "USD (Katalog's reading)" }],
      ['guide-costs', 7, { unit: 'CAD (approximate)' }],
      ['guide-costs', 0, { unit: 'percent less than' }],
      ['guide-course-of-treatment', 2, { unit: 'months' }],
      ['guide-course-of-treatment', 2, { unit: 'months per maintenance session' }],
      ['guide-group-dynamics', 0, { unit: 'participants' }],
    ] as const)
      expect(item(id, at, change), `${id} ${at} ${JSON.stringify(change)}`).toEqual([`items.${at}.unit`]);
    // True wordings an editor writes (R40-10, R40-11).
    for (const [id, at, change] of [
      [
        'guide-course-of-treatment',
        0,
        { text: 'KAIR article: most initial protocols involve between 4 and 6 sessions.' },
      ],
      [
        'guide-costs',
        3,
        { text: 'KAIR article: ketamine group therapy costs $100-$250 a session (USD is Katalog’s reading).' },
      ],
      [
        'guide-costs',
        3,
        { text: 'KAIR article: ketamine group therapy costs $100-$250/session (USD is Katalog’s reading).' },
      ],
      ['guide-costs', 8, { text: text('guide-costs', 8).replace('+ tax', 'plus tax') }],
      ['guide-group-dynamics', 0, { text: 'KAIR article: each group has 4-8 participants.' }],
      ['guide-group-dynamics', 1, { text: 'Roots to Thrive (Canadian article): 20–40 participants in each cohort.' }],
      ['guide-course-of-treatment', 2, { text: 'KAIR article: a maintenance session every 1-3 months.' }],
      // "not over 13%" is at most 13 % (review 43 R43-9).
      [
        'guide-side-effects-and-risks',
        7,
        { text: 'Nausea in not over 13% of sessions.', unit: 'percent of sessions (less than)' },
      ],
    ] as const)
      expect(item(id, at, change), `${id} ${at} ${JSON.stringify(change)}`).toEqual([]);
  });
  it('a unit is read where the text writes it, in its order, and its currency is the one named beside the figure (review 39c R39c-4, R39c-5)', () => {
    const itemOf = (id: string, at: number) =>
      ((seedData.guides as unknown as Doc[]).find((g) => g.id === id)?.items as Doc[] | undefined)?.[at] as Doc;
    const refusedItem = (id: string, at: number, change: Doc) =>
      refusedOf('guides', id, (g) => {
        Object.assign((g.items as Doc[])[at] as Doc, change);
      });
    // Reversed: the text's subject, or the other side of a ratio, as what the figure counts per.
    for (const [id, at, unit] of [
      ['guide-costs', 0, 'percent less than group'],
      ['guide-group-dynamics', 3, 'facilitators per participant (approx.)'],
      ['guide-group-dynamics', 2, 'people per cohort'],
      ['guide-side-effects-and-risks', 7, 'percent of sessions (more than)'],
      ['guide-costs', 3, "USD (Katalog's reading) per group"],
      ['guide-course-of-treatment', 2, 'months between initial sessions'],
      ['guide-course-of-treatment', 6, 'sessions'],
      ['guide-course-of-treatment', 0, 'sessions (approx.)'],
      ['guide-costs', 7, 'CAD + tax (approximate)'],
      ['guide-costs', 1, 'USD per session'],
    ] as const)
      expect(refusedItem(id, at, { unit }), `${id} ${at} ${unit}`).toEqual([`items.${at}.unit`]);
    // The seeded readings, each as its text writes it.
    for (const [id, at] of [
      ['guide-costs', 0],
      ['guide-group-dynamics', 0],
      ['guide-group-dynamics', 2],
      ['guide-group-dynamics', 3],
      ['guide-side-effects-and-risks', 7],
      ['guide-costs', 3],
      ['guide-costs', 4],
      ['guide-course-of-treatment', 2],
    ] as const)
      expect(refusedItem(id, at, {}), `${id} ${at} ${String(itemOf(id, at).unit)}`).toEqual([]);
    // A Canadian amount in any of its spellings is CAD, never USD.
    const costs = itemOf('guide-costs', 7);
    for (const amount of ['CDN$5,850', '$5,850 (CAD)', '$5,850 Canadian', 'CA$5,850', 'C$5,850']) {
      const text = String(costs.text).replace('CAD $5,850', amount);
      expect(refusedItem('guide-costs', 7, { text, unit: 'USD + GST (approximate)' }), amount).toEqual([
        'items.7.unit',
      ]);
      expect(refusedItem('guide-costs', 7, { text, unit: 'CAD + GST (approximate)' }), amount).toEqual([]);
    }
  });
  it('a practical rule likewise', () => {
    const rule = phase.practical_rules[ruleAt] as { value_min: number };
    expect(
      refusedOf('session_phases', phase.id, (p) => {
        ((p.practical_rules as Doc[])[ruleAt] as Doc).value_min = rule.value_min * 10 + 7;
      }),
    ).toContain(`practical_rules.${ruleAt}.value_min`);
  });
  it('a dose is written with its unit in an excerpt: 5–15 mg/kg and 100 mg/kg are 422s, 0.5–1.5 mg/kg is not', () => {
    expect(
      refusedOf('dosing_routes', 'intramuscular', (d) => {
        d.dose_min = 5;
        d.dose_max = 15;
      }),
    ).toEqual(['dose_min', 'dose_max']);
    // 100 and 400 are written in mg, not in mg/kg.
    expect(
      refusedOf('dosing_routes', 'intramuscular', (d) => {
        d.dose_min = 100;
        d.dose_max = 400;
      }),
    ).toEqual(['dose_min', 'dose_max']);
    expect(
      refusedOf('dosing_routes', 'sublingual', (d) => {
        d.dose_min = 0.5;
        d.dose_max = 1.5;
      }),
    ).toEqual(['dose_min', 'dose_max']);
    expect(refusedOf('dosing_routes', 'intramuscular', () => {})).toEqual([]);
  });
  it('a range written is the dose’s two ends, in order (hostile 21 H21-3)', () => {
    for (const [id, change, field] of [
      ['intramuscular', { dose_min: 1.5 }, 'dose_min'],
      ['intramuscular', { dose_max: 0.5 }, 'dose_max'],
      ['intramuscular', { dose_max: null }, 'dose_max'],
      ['intramuscular', { dose_min: null }, 'dose_min'],
      ['intramuscular', { dose_min: 1.5, dose_max: null }, 'dose_min'],
      ['sublingual', { dose_min: 400 }, 'dose_min'],
      ['sublingual', { dose_max: 100 }, 'dose_max'],
    ] as const)
      expect(
        refusedOf('dosing_routes', id, (d) => Object.assign(d, change)),
        JSON.stringify(change),
      ).toEqual([field]);
    // A dose an excerpt writes alone is a dose alone; the two ends in either form are the range.
    const single = (excerpt: string) => (d: Doc) => {
      d.citations = [{ source_id: 'kair-group-therapy-unpacked', excerpt, section: 'Dosing' }];
      d.dose_scope = { ...(d.dose_scope as Doc), hedge: null };
    };
    expect(
      refusedOf('dosing_routes', 'intramuscular', (d) => {
        single('a dose of 0.5mg/kg for intramuscular administration')(d);
        d.dose_max = null;
      }),
    ).toEqual([]);
    expect(
      refusedOf('dosing_routes', 'intramuscular', (d) => {
        single('a dose of 0.5 to 1.5 mg/kg for intramuscular administration')(d);
      }),
    ).toEqual([]);
  });
  it('the counts and figures of findings, studies and programs are figures their excerpts write (hostile 21 H21-1)', () => {
    for (const [collection, id, change, field] of [
      ['findings', 'healthcare-providers-depression-79-percent-improved', { value: 80 }, 'value'],
      ['findings', 'healthcare-providers-depression-79-percent-improved', { denominator: 1000 }, 'denominator'],
      ['studies', 'eating-disorders-group-ketamine-case-series', { participants: 7 }, 'participants'],
      ['studies', 'eating-disorders-group-ketamine-case-series', { participants: 0 }, 'participants'],
      ['programs', 'roots-to-thrive-group', { group_size_max: 400 }, 'group_size_max'],
      ['programs', 'roots-to-thrive-group', { duration_weeks: 2 }, 'duration_weeks'],
      // A figure the excerpts write with another unit, or of another count (review 39 R39-5).
      ['studies', 'eating-disorders-group-ketamine-case-series', { participants: 4 }, 'participants'],
      ['studies', 'firefighters-group-kat-12-week', { follow_up_months: 12 }, 'follow_up_months'],
      ['studies', 'esketamine-group-therapy-case-report', { medicine_sessions: 44 }, 'medicine_sessions'],
      // A figure of another unit written onto it, the second term of a ratio (review 39b R39b-2).
      ['studies', 'esketamine-group-therapy-case-report', { medicine_sessions: 30 }, 'medicine_sessions'],
      ['programs', 'roots-to-thrive-group', { group_size_min: 4 }, 'group_size_min'],
    ] as const)
      expect(
        refusedOf(collection, id, (r) => Object.assign(r, change)),
        JSON.stringify(change),
      ).toEqual([field]);
    // A figure the record lists as Katalog's reading is said to be one; a case of one person is one participant.
    expect(
      refusedOf('studies', 'eating-disorders-group-ketamine-case-series', (r) => {
        r.participants = 7;
        r.inferred_fields = [...((r.inferred_fields as string[] | null) ?? []), 'participants'];
      }),
    ).toEqual([]);
    expect(seedData.studies.find((s) => s.id === 'esketamine-group-therapy-case-report')?.participants).toBe(1);
  });
  it("a phase's length is written in its texts, in minutes or hours", () => {
    const id = phase.id;
    expect(
      refusedOf('session_phases', id, (p) => {
        p.duration_min_minutes = 450;
        p.duration_max_minutes = 900;
      }),
    ).toEqual(['duration_min_minutes', 'duration_max_minutes']);
    expect(
      refusedOf('session_phases', id, (p) => {
        p.description = `${p.description} It lasts 2-3 hours.`;
        p.duration_min_minutes = 120;
        p.duration_max_minutes = 180;
      }),
    ).toEqual([]);
  });
});

describe('over HTTP', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'written-figures', 'write').key;
  });
  afterAll(() => t.close());
  it('a tenfold dose is a 422 problem and the route keeps its dose', async () => {
    const url = '/v1/dosing-routes/intramuscular';
    const before = (await t.http.get(url).expect(200)).body.data;
    const res = await t.http
      .patch(url)
      .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send({ dose_min: 5, dose_max: 15 });
    expect(res.status, res.text).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { name: string }) => e.name)).toEqual(['dose_min', 'dose_max']);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });
});

describe('a figure is read with its route and unit (hostile 18c H18c-3, H18c-4)', () => {
  it('the intramuscular route does not take the sublingual dose its excerpt also gives, nor the reverse', () => {
    expect(
      refusedOf('dosing_routes', 'intramuscular', (d) => {
        d.dose_unit = 'mg';
        d.dose_min = 100;
        d.dose_max = 400;
      }),
    ).toEqual(['dose_min', 'dose_max']);
    expect(
      refusedOf('dosing_routes', 'sublingual', (d) => {
        d.dose_unit = 'mg/kg';
        d.dose_min = 0.5;
        d.dose_max = 1.5;
      }),
    ).toEqual(['dose_min', 'dose_max']);
  });
  it('"45-90 minutes" is 45 to 90 minutes, not hours', () => {
    const id = phase.id;
    const length = (min: number, max: number) =>
      refusedOf('session_phases', id, (p) => {
        // Said of the phase: the active phase's 45-90 minutes is not the phase's (audit 18 A18-2, hostile 18j H18j-7).
        p.description = `${p.description} Each dosing session lasts 45-90 minutes.`;
        p.duration_min_minutes = min;
        p.duration_max_minutes = max;
      });
    expect(length(2700, 5400)).toEqual(['duration_min_minutes', 'duration_max_minutes']);
    expect(length(45, 90)).toEqual([]);
  });
  it("a practical rule's value is written with its unit", () => {
    const rule = phase.practical_rules[ruleAt] as { unit: string };
    const other = rule.unit === 'weeks' ? 'months' : 'weeks';
    expect(
      refusedOf('session_phases', phase.id, (p) => {
        ((p.practical_rules as Doc[])[ruleAt] as Doc).unit = other;
      }),
    ).toContain(`practical_rules.${ruleAt}.value_min`);
  });
});

describe('a time before something is no length (hostile 18d H18d-6)', () => {
  it('"usually 3-4 hours before the session" is no 180-240 minute phase', () => {
    expect(
      refusedOf('session_phases', phase.id, (p) => {
        p.description = `${p.description} Fast usually 3-4 hours before the session.`;
        p.duration_min_minutes = 180;
        p.duration_max_minutes = 240;
      }),
    ).toEqual(['duration_min_minutes', 'duration_max_minutes']);
  });
});

describe('a count is no length, and a range or a change is no single figure (review 39c R39c-6, R39c-7)', () => {
  const withExcerpt = (id: string, at: number, excerpt: string, change: Doc) =>
    refusedOf('studies', id, (s) => {
      const citations = s.citations as Doc[];
      citations[at] = { ...(citations[at] as Doc), excerpt };
      Object.assign(s, change);
    });
  const caseReport = 'esketamine-group-therapy-case-report';
  it('a length or an age written with a space or a short unit is no count of sessions', () => {
    for (const excerpt of [
      'After participating in eight esketamine infusions combined with 30 minute group therapy sessions',
      'After participating in eight esketamine infusions combined with 30-min group therapy sessions',
    ])
      expect(withExcerpt(caseReport, 1, excerpt, { medicine_sessions: 30 }), excerpt).toEqual(['medicine_sessions']);
    expect(
      withExcerpt(caseReport, 0, 'There’s also the case of a 44 year old man in group sessions.', {
        medicine_sessions: 44,
      }),
    ).toEqual(['medicine_sessions']);
    // The seeded count, as written, still reads.
    expect(withExcerpt(caseReport, 1, 'eight esketamine infusions combined with group therapy sessions', {})).toEqual(
      [],
    );
  });
  it('a figure a change starts from, or an end of a range, is no single-valued figure', () => {
    expect(
      withExcerpt('firefighters-group-kat-12-week', 0, 'The program was cut from 12 to 6 weeks for firefighters.', {}),
    ).toEqual(['duration_weeks']);
    expect(
      withExcerpt('eating-disorders-group-ketamine-case-series', 0, 'The series grew from 3 to 5 participants.', {
        participants: 3,
      }),
    ).toEqual(['participants']);
    expect(
      withExcerpt('eating-disorders-group-ketamine-case-series', 0, 'The series had 4 to 6 participants.', {
        participants: 6,
      }),
    ).toEqual(['participants']);
    // Other spellings of a range, and a change with its unit (review 40 R40-7, R40-9).
    for (const excerpt of [
      'In a ketamine group therapy program of between 8 and 12 weeks',
      'In an 8 through 12 week ketamine group therapy program',
      'In an 8—12 week ketamine group therapy program',
      'In an 8- to 12-week ketamine group therapy program',
      'The program was shortened from 12 weeks to 6 weeks.',
    ])
      expect(withExcerpt('firefighters-group-kat-12-week', 0, excerpt, {}), excerpt).toEqual(['duration_weeks']);
    // The state a change ends in is the record's.
    expect(
      withExcerpt('eating-disorders-group-ketamine-case-series', 0, 'The series grew from 3 to 5 participants.', {}),
    ).toEqual([]);
    // A percentage, a dose or an age is no count (R40-8).
    expect(
      withExcerpt(
        'esketamine-group-therapy-case-report',
        1,
        'After eight 56 mg esketamine sessions with group therapy',
        {
          medicine_sessions: 56,
        },
      ),
    ).toEqual(['medicine_sessions']);
    expect(
      withExcerpt(
        'esketamine-group-therapy-case-report',
        0,
        'There’s also the case of a man aged 44 in weekly group sessions.',
        {
          medicine_sessions: 44,
        },
      ),
    ).toEqual(['medicine_sessions']);
    // A program's least and most read a range's two ends.
    const program = seedData.programs.find((p) => p.group_size_min !== null && p.group_size_max !== null);
    expect(program, 'a seeded program with a group size range').toBeDefined();
    expect(refusedOf('programs', program?.id as string, () => {})).toEqual([]);
  });
});
