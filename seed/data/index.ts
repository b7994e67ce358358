import type { ContraindicationSeed } from '../../src/resources/contraindications/contraindications.schema.js';
import type { DosingRouteSeed } from '../../src/resources/dosing-routes/dosing-routes.schema.js';
import type { FaqSeed } from '../../src/resources/faqs/faqs.schema.js';
import type { FindingSeed } from '../../src/resources/findings/findings.schema.js';
import type { FormatFitSeed } from '../../src/resources/format-fit/format-fit.schema.js';
import type { GuideSeed } from '../../src/resources/guides/guides.schema.js';
import type { OrganizationSeed } from '../../src/resources/organizations/organizations.schema.js';
import type { PriceSeed } from '../../src/resources/prices/prices.schema.js';
import type { ProgramSeed } from '../../src/resources/programs/programs.schema.js';
import type { SessionPhaseSeed } from '../../src/resources/session-phases/session-phases.schema.js';
import type { SourceSeed } from '../../src/resources/sources/sources.schema.js';
import type { StudySeed } from '../../src/resources/studies/studies.schema.js';
import { contraindications } from './contraindications.js';
import { dosingRoutes } from './dosing-routes.js';
import { faqs } from './faqs.js';
import { findings } from './findings.js';
import { formatFit } from './format-fit.js';
import { guides } from './guides.js';
import { organizations } from './organizations.js';
import { prices } from './prices.js';
import { programs } from './programs.js';
import { sessionPhases } from './session-phases.js';
import { sources } from './sources.js';
import { studies } from './studies.js';

/** The whole curated seed, keyed by table name. Order matters: referenced collections come first. */
export interface SeedData {
  sources: SourceSeed[];
  organizations: OrganizationSeed[];
  dosing_routes: DosingRouteSeed[];
  programs: ProgramSeed[];
  prices: PriceSeed[];
  contraindications: ContraindicationSeed[];
  format_fit: FormatFitSeed[];
  studies: StudySeed[];
  findings: FindingSeed[];
  faqs: FaqSeed[];
  session_phases: SessionPhaseSeed[];
  guides: GuideSeed[];
}

export const seedData: SeedData = {
  sources,
  organizations,
  dosing_routes: dosingRoutes,
  programs,
  prices,
  contraindications,
  format_fit: formatFit,
  studies,
  findings,
  faqs,
  session_phases: sessionPhases,
  guides,
};
