import { ownedBy } from '../../jsonld/jsonld.js';
import type { Item } from '../../query/spec.js';
import type { Citation, Scope } from '../common.schema.js';
import { type RoleStatementLike, rolesOf, sharedScope } from './statements.js';

const citedSources = (program: Item) =>
  new Set(((program.citations as Citation[] | undefined) ?? []).map((c) => c.source_id));

/**
 * Whether a role statement is said of this program: its scope names the program, in its source's words (`ownedBy`,
 * the rule of the program's JSON-LD and of its included dosing routes); or the program is a generic record (the
 * format as a source describes it in general) and the statement is said, in words, of that format by a source the
 * record cites (the rule of a generic record's included dosing routes).
 */
export function saidOfProgram(scope: Scope, program: Item): boolean {
  if (ownedBy(scope, String(program.id))) return true;
  if (program.generic !== true || scope.inferred) return false;
  const own = citedSources(program);
  return (
    scope.level === 'format' &&
    scope.format === program.format &&
    scope.stated_by.length > 0 &&
    scope.stated_by.every((s) => own.has(s))
  );
}

/** The words that name a condition: its name and the names its sources use (any case, whole words). */
export function conditionWords(condition: Item): RegExp[] {
  const names = [String(condition.name), ...((condition.alternate_names as string[] | undefined) ?? [])];
  return names.map((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu'));
}

/**
 * The excerpts a condition carries under a program: those of the statements said of the program; when none is, only
 * the program's own excerpts that name the condition (what grounds its listing there), never the condition's other
 * excerpts (another study's result, a screening statement, a general list), which stay on /v1/conditions/{id}.
 */
export function citationsUnderProgram(condition: Item, program: Item, kept: RoleStatementLike[]): Citation[] {
  const words = conditionWords(condition);
  const cited = kept.length
    ? kept.flatMap((s) => s.citations)
    : ((program.citations as Citation[] | undefined) ?? []).filter((c) => words.some((w) => w.test(c.excerpt)));
  return [...new Map(cited.map((c) => [`${c.source_id}\u0000${c.excerpt}\u0000${c.section}`, c])).values()];
}

/** Whether the owner (a program, a study) lists its conditions as Katalog's reading (`inferred_fields`). */
const conditionsInferred = (owner: Item) =>
  ((owner.inferred_fields as string[] | undefined) ?? []).includes('conditions');

/** A condition under a study (`include=condition_records`): marked when the study's conditions are a reading. */
export function conditionUnderStudy(condition: Item, study: Item): Item {
  return conditionsInferred(study) ? { ...condition, link_inferred: true } : condition;
}

/**
 * A condition under a program (`include=condition_records`): the role statements a source makes of this program
 * (`saidOfProgram`) stay; the others are what a source says of ketamine therapy in general, of a format, of other
 * programs, or Katalog's reading, and are withheld and named, never shown beside the program as if they were said of
 * it. The citations are only those that support what the condition says under the program (`citationsUnderProgram`);
 * a program that lists its conditions as Katalog's reading marks each one (`link_inferred`).
 */
export function conditionUnderProgram(condition: Item, program: Item): Item {
  const statements = (condition.role_statements as RoleStatementLike[] | undefined) ?? [];
  const owned = statements.filter((s) => saidOfProgram(s.scope, program));
  if (owned.length === statements.length) return conditionUnderStudy(condition, program);
  const withheld: string[] = ['roles', 'role_statements'];
  const out: Record<string, unknown> = { ...condition, role_statements: owned, roles: rolesOf(owned) };
  const scope = sharedScope(owned);
  if (condition.scope !== null) withheld.push('scope');
  out.scope = scope;
  // Katalog's note speaks of the condition in general (what each article says of it).
  if (condition.note !== null) {
    out.note = null;
    withheld.push('note');
  }
  out.citations = citationsUnderProgram(condition, program, owned);
  out.withheld_fields = withheld;
  if (conditionsInferred(program)) out.link_inferred = true;
  const n = statements.length - owned.length;
  out.statements_withheld = owned.length
    ? `Said of this program: ${owned.length} of its role statements. Withheld here: ${n} that their sources say of ketamine therapy in general, of a format or of other programs (or Katalog's reading); see /v1/conditions/${String(condition.id)}.`
    : `Not said of this program: ${n} of its role statements are what their sources say of ketamine therapy in general, of a format or of other programs (or Katalog's reading); see /v1/conditions/${String(condition.id)}.`;
  return out;
}
