import type { z } from 'zod';
import { ContraindicationFields } from '../src/resources/contraindications/contraindications.schema.js';
import { DosingRouteFields } from '../src/resources/dosing-routes/dosing-routes.schema.js';
import { FaqFields } from '../src/resources/faqs/faqs.schema.js';
import { FindingFields } from '../src/resources/findings/findings.schema.js';
import { FormatFitFields } from '../src/resources/format-fit/format-fit.schema.js';
import { GuideFields } from '../src/resources/guides/guides.schema.js';
import { OrganizationFields } from '../src/resources/organizations/organizations.schema.js';
import { PriceFields } from '../src/resources/prices/prices.schema.js';
import { ProgramFields } from '../src/resources/programs/programs.schema.js';
import { SessionPhaseFields } from '../src/resources/session-phases/session-phases.schema.js';
import { SourceFields } from '../src/resources/sources/sources.schema.js';
import { StudyFields } from '../src/resources/studies/studies.schema.js';
import type { SeedData } from './data/index.js';

/** The Zod schema each seed collection is validated with before loading. */
export const seedSchemas: Record<keyof SeedData, z.ZodType> = {
  sources: SourceFields,
  organizations: OrganizationFields,
  dosing_routes: DosingRouteFields,
  programs: ProgramFields,
  prices: PriceFields,
  contraindications: ContraindicationFields,
  format_fit: FormatFitFields,
  studies: StudyFields,
  findings: FindingFields,
  faqs: FaqFields,
  session_phases: SessionPhaseFields,
  guides: GuideFields,
};

/** Validation problems of the seed against the resource schemas, as readable lines. */
export function validateSeed(data: SeedData): string[] {
  const problems: string[] = [];
  for (const [collection, records] of Object.entries(data)) {
    const schema = seedSchemas[collection as keyof SeedData];
    for (const record of records as { id: string }[]) {
      const r = schema.safeParse(record);
      if (!r.success) {
        for (const i of r.error.issues) problems.push(`${collection}/${record.id}: ${i.path.join('.')}: ${i.message}`);
      }
    }
  }
  return problems;
}
