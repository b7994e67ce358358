import { defineResource, readTogether, sortable } from '../define.js';
import { citedSources } from '../includes.js';
import { atLeast, eachOf } from '../rules.js';
import { Source } from '../sources/sources.schema.js';
import { minutesWritten, unitWritten, writtenIn } from '../written-figures.js';
import { SessionPhase, SessionPhaseFields, sessionPhases } from './session-phases.schema.js';

export const sessionPhasesResource = defineResource({
  path: 'session-phases',
  tableName: 'session_phases',
  singular: 'SessionPhase',
  plural: 'SessionPhases',
  description:
    'The phases of a group session, in order, with practical rules (fasting, eye masks, timing, driving, group sizes, ratios).',
  table: sessionPhases,
  entity: SessionPhase,
  writable: SessionPhaseFields,
  rules: [
    atLeast('duration_max_minutes', 'duration_min_minutes'),
    eachOf(
      'practical_rules',
      atLeast('value_max', 'value_min'),
      writtenIn(['value_min', 'value_max'], 'rule', 'unit'),
      unitWritten(['value_min', 'value_max'], 'rule', 'unit'),
    ),
    minutesWritten(['duration_min_minutes', 'duration_max_minutes'], ['description']),
  ],
  search: { title: 'name', body: ['description', 'practical_rules'] },
  readWith: readTogether(['duration_min_minutes', 'duration_max_minutes']),
  jsonLd: { types: ['CreativeWork'], describe: 'CreativeWork', description: 'description' },
  query: {
    sort: sortable(sessionPhases, 'position', 'name', 'updated_at'),
    defaultSort: ['position'],
    includes: { sources: citedSources(Source) },
  },
});
