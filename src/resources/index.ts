import { conditionsResource } from './conditions/conditions.resource.js';
import { contraindicationsResource } from './contraindications/contraindications.resource.js';
import type { Resource } from './define.js';
import { dosingRoutesResource } from './dosing-routes/dosing-routes.resource.js';
import { faqsResource } from './faqs/faqs.resource.js';
import { findingsResource } from './findings/findings.resource.js';
import { formatFitResource } from './format-fit/format-fit.resource.js';
import { guidesResource } from './guides/guides.resource.js';
import { organizationsResource } from './organizations/organizations.resource.js';
import { pricesResource } from './prices/prices.resource.js';
import { programsResource } from './programs/programs.resource.js';
import { sessionPhasesResource } from './session-phases/session-phases.resource.js';
import { sourcesResource } from './sources/sources.resource.js';
import { studiesResource } from './studies/studies.resource.js';

/** Every collection, in dependency order (referenced collections first: the seed loads in this order). */
export const registry = [
  sourcesResource,
  conditionsResource,
  organizationsResource,
  dosingRoutesResource,
  programsResource,
  pricesResource,
  contraindicationsResource,
  formatFitResource,
  studiesResource,
  findingsResource,
  faqsResource,
  sessionPhasesResource,
  guidesResource,
] as const;

/** Every collection as the generic code sees it. */
export const resources: Resource[] = [...registry];

/** The collection keys of the registry ('programs' | 'dosing_routes' | …). */
export type Collection = (typeof registry)[number]['tableName'];

export const byCollection = new Map(resources.map((r) => [r.tableName, r]));
