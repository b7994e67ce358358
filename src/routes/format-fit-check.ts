import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { HttpProblem } from '../http/errors.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { programNames } from '../jsonld/jsonld.js';
import { contraindicationSays, listedUnder } from '../jsonld/statements.js';
import { listOf } from '../query/params.js';
import type { Repository } from '../repository/repository.js';
import { Citation, Id, type Scope } from '../resources/common.schema.js';
import { contraindicationsResource } from '../resources/contraindications/contraindications.resource.js';
import type { Contraindication } from '../resources/contraindications/contraindications.schema.js';
import { type ConditionLink, conditionLinks, linkedThrough } from '../resources/format-fit/condition-links.js';
import { formatFitResource } from '../resources/format-fit/format-fit.resource.js';
import type { FormatFit } from '../resources/format-fit/format-fit.schema.js';
import {
  GROUP_COLUMN,
  INDIVIDUAL_COLUMN,
  individualStatements,
  rowLines,
  type Situation,
} from '../resources/format-fit/individual-statements.js';
import { tableLinks } from '../resources/format-fit/table-links.js';
import { ROUTE_DEPENDENCIES, splitLists } from './shared.js';

/** A record the check shows, with the id asked that shows it (and, when linked by a condition only, the link). */
type Shown =
  | { asked: string; source: 'format-fit'; record: FormatFit; link?: undefined }
  | {
      asked: string;
      source: 'contraindications';
      record: Contraindication;
      link?: { situation: string } & ConditionLink;
    };

const Flag = z
  .object({
    source: z
      .enum(['format-fit', 'contraindications', 'conditions'])
      .meta({ description: 'The collection the flag comes from.' }),
    id: z.string(),
    situation: z.string().meta({ description: 'The situation or condition, as the source words it.' }),
    says: z.string().meta({ description: 'What the source says about this format, as written.' }),
    inferred: z.boolean().meta({
      description:
        'True when any part of the flag is Katalog’s reading: a table cell inferred from surrounding text (lost check mark), a contraindication supported only by such a cell, a statement whose scope (what it is said of) is Katalog’s reading, or a link by a shared condition.',
    }),
    role: z
      .enum(['individual_more_suitable'])
      .optional()
      .meta({ description: "A source's statement that the individual format is safer or more suitable." }),
    citations: z.array(Citation).meta({ description: 'Excerpts of what it says.' }),
  })
  .meta({ id: 'FitFlag' });

/**
 * A flag's excerpts: those of the sources its statement is by. A record's note can report what another article says
 * (cited there: audit 20 A20-2), which is not what the flag says; the record has the rest.
 */
function saidBy<C extends { source_id: string }>(citations: C[], scope: Scope): C[] {
  const own = citations.filter((x) => scope.stated_by.includes(x.source_id));
  return own.length ? own : citations;
}

const NOTE =
  'These are flags reported by the sources for the situations given (and those Katalog links to them through a condition they name, marked inferred), not an assessment of eligibility and not medical advice (see the disclaimer). Differing statements are listed as written, not reconciled. The Canadian article calls whether a format fits "a screening conversation at intake, not a marketing question".';

const FitCheck = z
  .object({
    data: z.object({
      group: z.array(Flag).meta({ description: 'What the sources say of the group format.' }),
      individual: z.array(Flag).meta({ description: 'What the sources say of the individual format.' }),
    }),
    disclaimer: Disclaimer,
    note: z.string(),
  })
  .meta({
    description:
      'Flags from the sources, per format, never a verdict. Example of ?situation=active-psychotic-symptoms, lists cut to their first items (the group list to three).',
    examples: [
      {
        data: {
          group: [
            {
              source: 'format-fit',
              id: 'active-psychotic-symptoms',
              situation: 'Active psychotic symptoms',
              says: 'Katalog infers (part of the row was lost in extraction) that the Canadian article\'s table has no mark in the column "Group format generally appropriate".',
              inferred: true,
              citations: [
                {
                  source_id: 'group-ketamine-therapy-canada',
                  excerpt: 'Active psychotic symptoms✓ (or exclusion)',
                  section: 'When group fits versus when individual is safer',
                },
              ],
            },
            {
              source: 'contraindications',
              id: 'active-psychotic-symptoms',
              situation: 'Active psychotic symptoms (active psychosis)',
              says: 'The Canadian article names it as a reason against the group format (said of the group format; wording in the source: "generally exclusions for group format", "generally not appropriate", "Generally:").',
              inferred: false,
              citations: [
                {
                  source_id: 'group-ketamine-therapy-canada',
                  excerpt:
                    'Group is generally not appropriate for patients with severe interpersonal trauma, active psychotic or bipolar disorders',
                  section: 'Key takeaways',
                },
              ],
            },
            {
              source: 'contraindications',
              id: 'history-of-psychosis-or-schizophrenia',
              situation: 'History of psychosis or schizophrenia',
              says: "The KAIR article lists it among people who should avoid ketamine therapy (said of ketamine therapy in general; wording in the source: \"should definitely avoid ketamine therapy altogether\"). Shown for the situation asked (Active psychotic symptoms) through the condition Katalog records both under (Psychosis): that link is Katalog's reading, not the source's words; this flag's own situation is History of psychosis or schizophrenia.",
              inferred: true,
              citations: [
                {
                  source_id: 'kair-group-therapy-unpacked',
                  excerpt: 'Some people should definitely avoid ketamine therapy altogether.',
                  section: 'Potential risks & who should avoid',
                },
              ],
            },
          ],
          individual: [
            {
              source: 'format-fit',
              id: 'active-psychotic-symptoms',
              situation: 'Active psychotic symptoms',
              says: 'Katalog infers (part of the row was lost in extraction) that the Canadian article\'s table marks "✓ (or exclusion)" in the column "Individual format safer".',
              inferred: true,
              citations: [
                {
                  source_id: 'group-ketamine-therapy-canada',
                  excerpt: 'Active psychotic symptoms✓ (or exclusion)',
                  section: 'When group fits versus when individual is safer',
                },
              ],
            },
          ],
        },
        disclaimer: DISCLAIMER,
        note: NOTE,
      },
    ],
  });

/**
 * A contraindication concerns a format's column when it applies to that format or to any: `applies_to` is what its
 * source says it of in its own words, so a group format that is only Katalog's reading of a general sentence (an
 * inferred scope) is listed under both, with the reading said in its flag.
 */
function concerns(appliesTo: unknown, format: 'group' | 'individual'): boolean {
  return appliesTo === 'any' || appliesTo === format;
}

/** GET /v1/format-fit/check: what the sources say, per format, about the situations given. */
export const formatFitCheckRoutes = fp(
  async (app: FastifyInstance, { repo }: { repo: Repository }) => registerFormatFitCheckRoutes(app, repo),
  { name: 'katalog-routes-format-fit-check', dependencies: ROUTE_DEPENDENCIES },
);

function registerFormatFitCheckRoutes(app: FastifyInstance, repo: Repository) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/format-fit/check',
    {
      preValidation: splitLists(['situation']),
      config: { cache: true },
      schema: {
        operationId: 'checkFormatFit',
        summary: 'Flags for group and individual format',
        description:
          'Flags the sources give for group and for individual format, with citations, for ids from /v1/format-fit and /v1/contraindications; never "eligible" or "not eligible". A row and each contraindication citing its table line (from its situation on) come together, whatever the ids, each once; then contraindications naming one of its conditions (Katalog’s link). Information, not medical advice.',
        tags: ['format-fit'],
        querystring: z.strictObject({ situation: listOf(Id, 'Ids of format-fit rows or contraindications.') }),
        response: { 200: FitCheck, ...problemResponses(...READ_ERRORS) },
      },
    },
    async (req) => {
      const ids = [...new Set(req.query.situation)];
      const rows = repo.byIds(formatFitResource, ids);
      const contra = repo.byIds(contraindicationsResource, ids);
      const unknown = ids.filter((id) => !rows.has(id) && !contra.has(id));
      if (unknown.length) {
        // A deleted record is named so, as its own routes do (hostile 17 H17-8), not as an id never used.
        const deleted = (id: string) =>
          repo.isDeleted(formatFitResource, id) || repo.isDeleted(contraindicationsResource, id);
        const said = unknown.map((id) => (deleted(id) ? `${id} (deleted)` : id));
        throw new HttpProblem(
          400,
          `Unknown situation id${unknown.length > 1 ? 's' : ''}: ${said.join(', ')}. Use ids from /v1/format-fit or /v1/contraindications; a deleted record can be restored (POST …/restore).`,
          unknown.map((id) => ({
            name: 'situation',
            in: 'query' as const,
            detail: deleted(id) ? `${id} is deleted` : `unknown id ${id}`,
          })),
        );
      }
      // Each id asked shows its row and its contraindication (one id can name both), and the ones the table links to
      // them (a contraindication citing a row's line, whatever their ids: `citesRowLine`), each record once.
      const links = tableLinks(repo, rows, contra);
      const records: Shown[] = [];
      const seen = new Set<string>();
      const show = (shown: Shown) => {
        const key = `${shown.source}\u0000${shown.record.id}`;
        if (seen.has(key)) return;
        seen.add(key);
        records.push(shown);
      };
      // The records asked first, each under its own id, then what the table links to them: a record asked is never
      // shown as another's link, so the same ids in any order show the same statements (hostile 13 H13-16: asked after
      // the row that links it, a contraindication's individual statement was folded into the row's).
      for (const asked of ids) {
        const row = rows.get(asked);
        const c = contra.get(asked);
        if (row) show({ asked, source: 'format-fit', record: row });
        if (c) show({ asked, source: 'contraindications', record: c });
      }
      for (const asked of ids) {
        for (const record of links.flagsOf.get(asked) ?? []) show({ asked, source: 'contraindications', record });
        for (const record of links.rowsOf.get(asked) ?? []) show({ asked, source: 'format-fit', record });
      }
      // Then, for each id asked in turn, the contraindications recorded under one of the conditions its row or its
      // contraindication is (audit 17 A17-3), after every record asked or linked by the table: a record asked is never
      // shown as a mere link. Each is a flag only (its own statements belong to it when asked), marked Katalog's link.
      for (const asked of ids) {
        const row = rows.get(asked);
        const c = contra.get(asked);
        const linked = [
          ...(row
            ? conditionLinks(repo, { source: 'format-fit', record: row }).map((l) => ({ l, of: row.situation }))
            : []),
          ...(c
            ? conditionLinks(repo, { source: 'contraindications', record: c }).map((l) => ({ l, of: c.condition }))
            : []),
        ];
        for (const { l, of } of linked)
          show({ asked, source: 'contraindications', record: l.record, link: { ...l, situation: String(of) } });
      }
      const group: z.infer<typeof Flag>[] = [];
      const individual: z.infer<typeof Flag>[] = [];
      // What the sources say of the individual format beyond each flag, for every situation at once (bounded).
      // A record shown only as a condition's link is no situation asked: its own statements are shown when it is asked.
      const situated = records.filter((x) => !x.link);
      const situations: Situation[] = situated.map(({ asked, source, record }): Situation => {
        if (source === 'format-fit') {
          const lines = rowLines(record);
          const sources = [...new Set((lines.length ? lines : record.citations).map((x) => x.source_id))];
          const { id, situation, citations } = record;
          const inferred = Boolean(record.inferred);
          return { source, id, asked, situation, inferred, sources, conditionIds: [], lines, citations };
        }
        const { id, condition, scope, condition_ids, citations } = record;
        return {
          source,
          id,
          asked,
          situation: condition,
          inferred: record.inferred === true || scope.inferred === true,
          sources: scope.stated_by,
          conditionIds: condition_ids,
          lines: [],
          citations,
        };
      });
      const statements = individualStatements(
        repo,
        situations,
        new Map(ids.map((asked) => [asked, (links.rowsOf.get(asked) ?? []).map((r) => String(r.id))])),
      );
      // A program a contraindication's scope names is named by its stored name (one statement, when any is named).
      const names = programNames(
        repo,
        records.filter((x) => x.source === 'contraindications').map((x) => x.record.scope),
      );
      const statedOf = (source: string, id: string) =>
        (statements.get(`${source}\u0000${id}`) ?? []).map((x) => ({ ...x, inferred: false, role: x.role }));
      for (const shown of records) {
        const id = shown.record.id;
        if (shown.source === 'format-fit') {
          const row = shown.record;
          // The fit table is the Canadian article's. A mark lost in extraction is Katalog's inference, and says so
          // first; only a surviving mark is "the table marks".
          const cell = (value: unknown, column: string) =>
            row.inferred
              ? typeof value === 'string'
                ? `Katalog infers (part of the row was lost in extraction) that the Canadian article's table marks "${value}" in the column "${column}".`
                : `Katalog infers (part of the row was lost in extraction) that the Canadian article's table has no mark in the column "${column}".`
              : typeof value === 'string'
                ? `The Canadian article's table marks "${value}" in the column "${column}".`
                : `The Canadian article's table has no mark in the column "${column}".`;
          const base = {
            source: 'format-fit' as const,
            id,
            situation: String(row.situation),
            inferred: Boolean(row.inferred),
          };
          const citations = row.citations as z.infer<typeof Citation>[];
          // A cell that names both formats ("(exclusion in both)") concerns the other column too.
          const both = (value: unknown, column: string) =>
            typeof value === 'string' && /\bboth\b/i.test(value)
              ? ` Its column "${column}" reads "${value}", which names both formats.`
              : '';
          const G = GROUP_COLUMN;
          const I = INDIVIDUAL_COLUMN;
          group.push({ ...base, says: cell(row.group_format, G) + both(row.individual_format, I), citations });
          individual.push({ ...base, says: cell(row.individual_format, I) + both(row.group_format, G), citations });
          individual.push(...statedOf('format-fit', id));
          continue;
        }
        const c = shown.record;
        const flag = {
          source: 'contraindications' as const,
          id,
          situation: String(c.condition),
          says: contraindicationSays(
            {
              category: c.category,
              scope: c.scope,
              inferred: c.inferred,
              citations: c.citations,
            },
            names,
          ),
          inferred: c.inferred === true || (c.scope as Scope).inferred === true || shown.link !== undefined,
          citations: saidBy(c.citations as z.infer<typeof Citation>[], c.scope as Scope),
        };
        const link = shown.link ? linkedThrough(shown.link, shown.link.situation, String(c.condition)) : '';
        // Under a column its scope does not name, the flag says why it is listed there (listedUnder).
        if (concerns(c.applies_to, 'group')) group.push({ ...flag, says: flag.says + listedUnder(c, 'group') + link });
        if (concerns(c.applies_to, 'individual'))
          individual.push({ ...flag, says: flag.says + listedUnder(c, 'individual') + link });
        if (!shown.link) individual.push(...statedOf('contraindications', id));
      }
      return { data: { group, individual }, disclaimer: DISCLAIMER, note: NOTE };
    },
  );
}
