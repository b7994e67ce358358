import type { z } from 'zod';
import type { Scope } from '../../src/resources/common.schema.js';

/**
 * Scopes of statements, written once: who says a statement (`stated_by`, with its qualifier verbatim) and
 * what it is said of. The seed verifier checks that every `stated_by` source is cited by the record and
 * that every hedge is in an excerpt of that source.
 */
type ScopeSeed = z.input<typeof Scope>;

export const KAIR = 'kair-group-therapy-unpacked';
export const GKT = 'group-ketamine-therapy-canada';

type By = string | string[];
const list = (by: By) => (Array.isArray(by) ? by : [by]);

/** Said of ketamine therapy in general. */
export const general = (by: By, hedge: string | null = null): ScopeSeed => ({
  level: 'ketamine_therapy',
  format: null,
  program_ids: [],
  stated_by: list(by),
  hedge,
  inferred: false,
});

/** Said of the group (or individual) format. */
export const ofFormat = (format: 'group' | 'individual', by: By, hedge: string | null = null): ScopeSeed => ({
  level: 'format',
  format,
  program_ids: [],
  stated_by: list(by),
  hedge,
  inferred: false,
});

/** Said of named programs. */
export const ofPrograms = (program_ids: string[], by: By, hedge: string | null = null): ScopeSeed => ({
  level: 'program',
  format: null,
  program_ids,
  stated_by: list(by),
  hedge,
  inferred: false,
});

/** The same scope, marked as Katalog's reading of what the statement is said of. */
export const inferredScope = (scope: ScopeSeed): ScopeSeed => ({ ...scope, inferred: true });
