import { sql } from 'drizzle-orm';
import { contraindicationDoc, programNames } from '../../jsonld/jsonld.js';
import { Id, ScopeLevel } from '../common.schema.js';
import { IncludedCondition } from '../conditions/conditions.schema.js';
import { conditionUnderContraindication } from '../conditions/included.js';
import { custom, defineResource, facetable, sortable } from '../define.js';
import { citedSources, referenced } from '../includes.js';
import type { Rule } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { Contraindication, ContraindicationFields, contraindications } from './contraindications.schema.js';

type Doc = Record<string, unknown>;

/** The words in which a source says each category (docs/curation.md), read in the record's hedge and excerpts. */
const CATEGORY_WORDS: Record<string, { said: RegExp; phrase: string }> = {
  // Phrases, not words: "…lightly to avoid anxiety" says no one should avoid ketamine therapy (review 39 R39-6).
  // Of ketamine therapy: "should avoid caffeine" is no category (review 39b R39b-5).
  absolute: {
    said: /\bshould (?:definitely )?avoid (?:ketamine|it\b|this treatment|treatment)/i,
    phrase: 'should avoid',
  },
  requires_evaluation: { said: /\brequires? careful evaluation\b/i, phrase: 'require careful evaluation' },
  group_requirement: { said: /\byou['’]ll need to\b/i, phrase: "you'll need to" },
};
/** Whether a text says a category, in a sentence that does not deny it ("No one with … should avoid …"). */
const saysCategory = (category: string, text: string) => {
  const m = CATEGORY_WORDS[category]?.said.exec(text);
  if (!m) return false;
  const sentence = text.slice(Math.max(...['.', '!', '?', ';'].map((c) => text.lastIndexOf(c, m.index))) + 1, m.index);
  return !/\b(?:no one|nobody|not|never|no)\b/i.test(sentence);
};

/**
 * A category the record's own words say (hostile 21 H21-4: "should definitely avoid ketamine therapy altogether" was
 * taken as `requires_evaluation`, and the fit check said the KAIR article says it requires careful evaluation), and a
 * format its scope says of what it applies to (H21-7: a statement applying to the group format said of the individual
 * one).
 */
const categorySaid: Rule = {
  text: 'category as its hedge words it (avoid, careful evaluation, need to); scope of the format it applies to',
  check: (d, report) => {
    const scope = (d.scope ?? null) as Doc | null;
    const hedge = typeof scope?.hedge === 'string' ? scope.hedge : '';
    const c = d.category;
    if (typeof c === 'string') {
      const said = Object.keys(CATEGORY_WORDS).filter((k) => saysCategory(k, hedge));
      const by = Array.isArray(scope?.stated_by) ? (scope.stated_by as unknown[]) : null;
      const own = [
        hedge,
        ...(Array.isArray(d.citations) ? (d.citations as Doc[]) : [])
          .filter((x) => !by || by.includes(x?.source_id))
          .map((x) => x?.excerpt)
          .filter((e): e is string => typeof e === 'string'),
      ];
      if (said.length && !said.includes(c))
        report(['category'], `must be ${said.join(' or ')}: its hedge says "${hedge}"`);
      // Said by its speaker: the KAIR article's "require careful evaluation", cited for a note, is no word of the
      // Canadian article's (review 42 R42-3).
      else if (CATEGORY_WORDS[c] && !own.some((w) => saysCategory(c, w)))
        report(['category'], `must be said by its hedge or an excerpt ("${CATEGORY_WORDS[c]?.phrase}")`);
      // Nor a lesser category where an excerpt says to avoid it (review 39 R39-6: taken as group_specific, hedge null),
      // nor another where an excerpt says it requires careful evaluation (review 39b R39b-5: a condition the article
      // lists for careful evaluation taken as absolute, or as group_specific with no hedge).
      // Its speaker's excerpts: another source the record cites for its note may say another category.
      else if (c !== 'absolute' && own.some((w) => saysCategory('absolute', w)))
        report(['category'], 'must be absolute: an excerpt says "should definitely avoid"');
      else if (c !== 'requires_evaluation' && own.some((w) => saysCategory('requires_evaluation', w)))
        report(['category'], 'must be requires_evaluation: an excerpt says "require careful evaluation"');
    }
    const a = d.applies_to;
    if ((a === 'group' || a === 'individual') && scope && scope.level !== 'program' && scope.format !== a)
      report(
        ['scope', scope.level === 'format' ? 'format' : 'level'],
        `must say the ${a} format, which the record applies to`,
      );
  },
};

export const contraindicationsResource = defineResource({
  path: 'contraindications',
  tableName: 'contraindications',
  singular: 'Contraindication',
  plural: 'Contraindications',
  description:
    'Contraindications and screening flags: absolute, requiring careful evaluation, and specific to the group format.',
  table: contraindications,
  entity: Contraindication,
  writable: ContraindicationFields,
  rules: [categorySaid],
  search: { title: 'condition', body: ['note', 'category'] },
  // A category is a statement: it comes with whose it is and what it is said of (audit 23 A23-6: "absolute", the KAIR
  // article's "should definitely avoid", read alone as a general fact).
  readWith: { category: ['scope'], applies_to: ['scope'] },
  jsonLd: {
    // Only what a source says to avoid is a MedicalContraindication (jsonld.ts contraindicationType).
    types: ['MedicalContraindication', 'MedicalEntity'],
    describe: 'MedicalContraindication (absolute only) or MedicalEntity',
    build: (repo, item, base) => contraindicationDoc(item, base, programNames(repo, [item.scope])),
  },
  query: {
    filters: {
      condition_id: {
        kind: 'contains',
        column: contraindications.condition_ids,
        values: Id,
        description: 'Names one of these conditions (ids from /v1/conditions).',
      },
      category: {
        kind: 'in',
        column: contraindications.category,
        values: ContraindicationFields.shape.category,
        description: 'Kind of contraindication.',
      },
      applies_to: {
        kind: 'in',
        column: contraindications.applies_to,
        values: ContraindicationFields.shape.applies_to,
        description:
          'Said by its source, in its own words, of the group format (`group`), or not (`any`; see the field `applies_to`).',
      },
      scope_level: custom({
        list: true,
        schema: ScopeLevel,
        description: 'What the statement is said of: `ketamine_therapy` (in general), a `format`, or named `program`s.',
        reads: { field: 'scope' },
        where: (v: string[]) => sql`json_extract(${contraindications.scope}, '$.level') in ${v}`,
      }),
      stated_by: custom({
        list: true,
        schema: Id,
        description: 'Said by one of these sources (ids from /v1/sources).',
        reads: { field: 'scope' },
        where: (v: string[]) =>
          sql`exists (select 1 from json_each(${contraindications.scope}, '$.stated_by') where json_each.value in ${v})`,
      }),
      program_id: custom({
        list: true,
        schema: Id,
        description:
          'Said by a source of one of these programs specifically (`scope.level` program). General and format-level statements are not a program’s own and do not match.',
        reads: { field: 'scope' },
        where: (v: string[]) =>
          sql`exists (select 1 from json_each(${contraindications.scope}, '$.program_ids') where json_each.value in ${v})`,
      }),
    },
    sort: sortable(contraindications, 'condition', 'category', 'updated_at'),
    facets: facetable(contraindications, ContraindicationFields, 'category', 'applies_to', 'inferred'),
    defaultSort: ['category', 'condition'],
    includes: {
      conditions: referenced(
        ContraindicationFields,
        'condition_ids',
        IncludedCondition,
        'the conditions it names, each with only the statements that state what it states',
        conditionUnderContraindication,
      ),
      sources: citedSources(Source),
    },
  },
});
