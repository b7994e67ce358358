import { sessionPhases } from '../../db/schema/index.js';
import { defineResource, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { Source } from '../sources/sources.schema.js';
import { SessionPhase, SessionPhaseFields } from './session-phases.schema.js';

export const sessionPhasesResource = defineResource({
  path: 'session-phases',
  collection: 'session_phases',
  singular: 'SessionPhase',
  plural: 'SessionPhases',
  description:
    'The phases of a group session, in order, with practical rules (fasting, eye masks, timing, driving, group sizes, ratios).',
  table: sessionPhases,
  entity: SessionPhase,
  fields: SessionPhaseFields,
  query: {
    sort: sortable(sessionPhases, 'position', 'name', 'updated_at'),
    defaultSort: ['position'],
    includes: { sources: citedSources(Source) },
  },
});
