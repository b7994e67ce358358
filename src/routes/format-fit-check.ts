import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { HttpProblem } from '../http/errors.js';
import { problemResponses, READ_ERRORS } from '../http/problem.js';
import { listOf } from '../query/params.js';
import type { Repository } from '../repository/repository.js';
import { Citation, Id } from '../resources/common.schema.js';
import { contraindicationsResource } from '../resources/contraindications/contraindications.resource.js';
import { formatFitResource } from '../resources/format-fit/format-fit.resource.js';
import { splitLists } from '../resources/routes.js';

const Flag = z
  .object({
    source: z.enum(['format-fit', 'contraindications']).meta({ description: 'The collection the flag comes from.' }),
    id: z.string(),
    situation: z.string().meta({ description: 'The situation or condition, as the source words it.' }),
    says: z.string().meta({ description: 'What the source says about this format, as written.' }),
    inferred: z
      .boolean()
      .meta({ description: 'True when the table cell was inferred from surrounding text (lost check mark).' }),
    citations: z.array(Citation),
  })
  .meta({ id: 'FitFlag' });

const FitCheck = z
  .object({
    data: z.object({
      group: z
        .array(Flag)
        .meta({ description: 'What the sources say about the group format for the given situations.' }),
      individual: z
        .array(Flag)
        .meta({ description: 'What the sources say about the individual format for the given situations.' }),
    }),
    disclaimer: Disclaimer,
    note: z.string(),
  })
  .meta({
    description: 'Flags from the sources, per format. Never a verdict.',
    examples: [
      {
        data: {
          group: [
            {
              source: 'format-fit',
              id: 'active-psychotic-symptoms',
              situation: 'Active psychotic symptoms',
              says: 'No mark in "Group format generally appropriate"',
              inferred: true,
              citations: [],
            },
          ],
          individual: [],
        },
        disclaimer: DISCLAIMER,
        note: 'These are flags reported by the sources, not an assessment of eligibility.',
      },
    ],
  });

const NOTE =
  'These are flags reported by the sources for the situations given, not an assessment: only a screening conversation with a licensed clinician can say whether a format fits.';

const CATEGORY: Record<string, string> = {
  absolute: 'The source lists it among people who should avoid ketamine therapy altogether.',
  requires_evaluation: 'The source says it requires careful evaluation by qualified clinicians.',
  group_specific: 'The source names it as a reason the group format may not fit.',
};

/** GET /v1/format-fit/check: what the sources say, per format, about the situations given. */
export function registerFormatFitCheckRoutes(app: FastifyInstance, repo: Repository) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/v1/format-fit/check',
    {
      preValidation: splitLists(['situation']),
      schema: {
        operationId: 'checkFormatFit',
        summary: 'Flags for group and individual format',
        description:
          'For situation ids from /v1/format-fit and /v1/contraindications, the rows and contraindications the sources give for group and for individual format, with their citations. It reports flags from the sources; it never answers "eligible" or "not eligible". Information, not medical advice.',
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
        throw new HttpProblem(
          400,
          `Unknown situation id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Use ids from /v1/format-fit or /v1/contraindications.`,
          unknown.map((id) => ({ name: 'situation', in: 'query' as const, detail: `unknown id ${id}` })),
        );
      }
      const group: z.infer<typeof Flag>[] = [];
      const individual: z.infer<typeof Flag>[] = [];
      for (const id of ids) {
        const row = rows.get(id);
        if (row) {
          const cell = (value: unknown, column: string) =>
            typeof value === 'string' ? `${value} in "${column}"` : `No mark in "${column}"`;
          const base = {
            source: 'format-fit' as const,
            id,
            situation: String(row.situation),
            inferred: Boolean(row.inferred),
          };
          const citations = row.citations as z.infer<typeof Citation>[];
          group.push({ ...base, says: cell(row.group_format, 'Group format generally appropriate'), citations });
          individual.push({ ...base, says: cell(row.individual_format, 'Individual format safer'), citations });
        }
        // The same id can be both a fit-table row and a contraindication: report both.
        const c = contra.get(id);
        if (!c) continue;
        const flag = {
          source: 'contraindications' as const,
          id,
          situation: String(c.condition),
          says: CATEGORY[String(c.category)] ?? String(c.category),
          inferred: false,
          citations: c.citations as z.infer<typeof Citation>[],
        };
        group.push(flag);
        if (c.applies_to === 'any') individual.push(flag);
      }
      return { data: { group, individual }, disclaimer: DISCLAIMER, note: NOTE };
    },
  );
}
