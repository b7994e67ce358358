/**
 * Free text never states as a source's words what a record marks as Katalog's reading (issue 11; audit 7, class 1:
 * M1, L21). `statedOnly` withholds a listed field from the record's own JSON-LD, but a text can still say it: the
 * record's own description or note, or the text of a related record that a derived view embeds with it (the
 * organization as the program's JSON-LD `provider`, `?include=` records). Per class, over every record of every
 * collection that marks a reading (`inferred_fields`, `inferred_place_parts`): every sentence that states the value
 * of a marked field (in words derived from the value, not listed per record) says in that sentence that it is
 * Katalog's reading. In a related record's text only sentences that name the record are its statements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

type Rec = { id: string } & Record<string, unknown>;
const recordsOf = (tableName: string) => (seedData as unknown as Record<string, Rec[]>)[tableName] ?? [];
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const COUNTRY: Record<string, RegExp> = {
  CA: /\bCanad(a|ian)\b/,
  US: /\b(United States|U\.S\.|USA|American)\b/,
};
const REGION: Record<string, RegExp> = {
  BC: /\bBC\b|British Columbia/,
  AB: /\bAB\b|Alberta/,
  ON: /\bON\b|Ontario/,
  CA: /California/,
  CO: /Colorado/,
};
const conditionName = (id: string) => seedData.conditions.find((c) => c.id === id)?.name ?? id;
/** A name as a phrase: whole words, not the first part of a compound ("trauma" is not "trauma-focused"). */
const phrase = (s: string) => new RegExp(`\\b${reEscape(s)}\\b(?![-‐])`, 'i');

/** The words that state a field's value, derived from the value; null where no wording can be derived. */
function wordsFor(field: string, value: unknown, record: Rec): RegExp[] {
  if (value === null || value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  switch (field) {
    case 'format':
    case 'dosing_setting':
      return values.flatMap((v) =>
        v === 'group'
          ? [/\bgroup (setting|format|dosing|cohort)\b|\bin (a )?groups?\b/i]
          : v === 'individual'
            ? [/\bindividual[- ](format|dosing|setting)\b|\b1:1\b|one-on-one/i]
            : [],
      );
    case 'country':
      return values.flatMap((v) => (COUNTRY[String(v)] ? [COUNTRY[String(v)] as RegExp] : []));
    case 'region':
      return values.flatMap((v) => (REGION[String(v)] ? [REGION[String(v)] as RegExp] : []));
    case 'city':
      return values.map((v) => phrase(String(v)));
    case 'conditions':
    case 'condition':
      return values.map((v) => phrase(conditionName(String(v))));
    case 'medicine_sessions':
    case 'sessions_included':
      return values.map((v) => new RegExp(`\\b${v}\\b[^.;]{0,30}\\b(ketamine|medicine) sessions?`, 'i'));
    case 'currency':
      return record.amount_min === null ? [] : values.map((v) => new RegExp(`\\b${v}\\b`));
    default:
      return [];
  }
}

/** The marks of a reading a sentence can carry. */
const MARKED =
  /Katalog|inferred_fields|inferred_place_parts|place_inferred|currency_implied|\b(is|are|was|were) (inferred|derived|assumed)\b/;
/** The articles' own names are not statements of place ("the Canadian article"). */
const ARTICLE = /\b(the )?(KAIR|Canadian) article('s)?\b/gi;
/** Fields that are verbatim, names or keys, not Katalog's sentences. */
const SKIP = new Set(['id', 'citations', 'excerpt', 'amount_text', 'hedges', 'hedge', 'url', 'website', 'name']);

function strings(v: unknown, skip = SKIP): string[] {
  if (typeof v === 'string') return /\s/.test(v) ? [v] : [];
  if (Array.isArray(v)) return v.flatMap((x) => strings(x, skip));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => (skip.has(k) ? [] : strings(x, skip)));
  return [];
}
const sentences = (text: string) =>
  text
    .replace(/\b(e\.g|i\.e|Dr|vs|approx|etc)\./g, '$1<dot>')
    .split(/(?<=[.!?])\s+(?=["'“A-Z(])/)
    .map((s) => s.replace(/<dot>/g, '.'));

/** The sentences of `texts` that state a marked value without marking it, naming the record where `naming` is given. */
function unmarked(record: Rec, texts: string[], naming?: RegExp): string[] {
  const marked = [
    ...((record.inferred_fields as string[] | undefined) ?? []),
    ...((record.inferred_place_parts as string[] | undefined) ?? []),
  ];
  const out: string[] = [];
  for (const field of new Set(marked))
    for (const words of wordsFor(field, record[field], record))
      for (const text of texts)
        for (const sentence of sentences(text)) {
          // A link to the record ("see /v1/conditions/suicidality") names where to read it, not what it is.
          const bare = sentence.replace(ARTICLE, '').replace(/\/v1\/\S+/g, '');
          if (naming && !naming.test(bare)) continue;
          if (words.test(bare) && !MARKED.test(sentence)) out.push(`${field}: ${sentence}`);
        }
  return out;
}

/** The words that name a record in another record's text: its name, or its name without its organization's. */
function namingOf(record: Rec): RegExp | undefined {
  const name = typeof record.name === 'string' ? record.name : typeof record.label === 'string' ? record.label : null;
  if (!name) return undefined;
  const org = seedData.organizations.find((o) => o.id === record.organization_id)?.name;
  const core = (org ? name.replace(org, '') : name).replace(/\([^)]*\)/g, '').trim();
  const singular = core.replace(/s$/, '');
  return new RegExp(`${reEscape(name)}|${reEscape(singular)}`, 'i');
}

const marking = resources.flatMap((r) =>
  recordsOf(r.tableName)
    .filter(
      (x) => ((x.inferred_fields as string[]) ?? []).length || ((x.inferred_place_parts as string[]) ?? []).length,
    )
    .map((x) => [r.path, x.id, r] as const),
);

describe('no text states a marked reading as a source’s words', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('the class has members in several collections', () => {
    expect(new Set(marking.map(([path]) => path)).size).toBeGreaterThan(2);
  });

  it.each(marking)('%s/%s: its own text', (_path, id, r) => {
    const rec = recordsOf(r.tableName).find((x) => x.id === id) as Rec;
    expect(unmarked(rec, strings(rec))).toEqual([]);
  });

  it.each(marking)('%s/%s: the related records its JSON-LD and includes embed', async (path, id, r) => {
    const rec = recordsOf(r.tableName).find((x) => x.id === id) as Rec;
    const naming = namingOf(rec);
    const doc = (await t.http.get(`/v1/${path}/${id}.jsonld`).expect(200)).body;
    // Everything in the document but its own description (its own text, checked above, with every sentence).
    const { description: _own, ...embedded } = doc;
    const texts = strings(embedded);
    const includes = Object.keys(r.query.includes);
    if (includes.length) {
      const body = (await t.http.get(`/v1/${path}/${id}?include=${includes.join(',')}`).expect(200)).body;
      for (const k of includes) texts.push(...strings(body.data[k]));
    }
    expect(unmarked(rec, texts, naming)).toEqual([]);
  });

  it('would catch the audit’s instances (M1, L21)', () => {
    const retreat = recordsOf('programs').find((p) => p.id === 'kair-intensive-retreat') as Rec;
    const m1 =
      'In that article KAIR Program says it runs intensive retreats that combine ketamine with trauma-focused therapy, in a supportive group setting.';
    expect(unmarked(retreat, [m1], namingOf(retreat))).toHaveLength(1);
    const atma = { id: 'x', country: 'CA', inferred_place_parts: ['country'] } as Rec;
    const l21 =
      'Canadian ketamine-assisted therapy network (psychedelic.healthcare), and the inferred publisher of the Canadian article.';
    expect(unmarked(atma, [l21])).toHaveLength(1);
    // Marked in the sentence: accepted.
    const fixed =
      'Its conclusion says it has seen lives transform in a supportive group setting (that the intensive retreats are in a group setting is Katalog’s reading).';
    expect(unmarked(retreat, [fixed], namingOf(retreat))).toEqual([]);
  });
});
