import { ownedBy } from '../../jsonld/jsonld.js';
import type { Item } from '../../query/spec.js';
import type { Citation } from '../common.schema.js';
import { type RoleStatementLike, rolesOf, sharedScope } from './statements.js';

/**
 * A condition under a program (`include=condition_records`): the role statements a source makes of this program, in
 * its own words (`ownedBy`, the rule of the program's JSON-LD and of its included dosing routes), stay; the others
 * are what a source says of ketamine therapy in general or of a format, and are withheld and named, never shown
 * beside the program as if they were said of it. The citations kept are the kept statements' (else those of the
 * sources the program cites, which ground the condition's name).
 */
export function conditionUnderProgram(condition: Item, program: Item): Item {
  const statements = (condition.role_statements as RoleStatementLike[] | undefined) ?? [];
  const owned = statements.filter((s) => ownedBy(s.scope, String(program.id)));
  if (owned.length === statements.length) return condition;
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
  const own = new Set(((program.citations as Citation[] | undefined) ?? []).map((c) => c.source_id));
  const kept = owned.length
    ? owned.flatMap((s) => s.citations)
    : (condition.citations as Citation[]).filter((c) => own.has(c.source_id));
  const unique = [...new Map(kept.map((c) => [`${c.source_id}\u0000${c.excerpt}\u0000${c.section}`, c])).values()];
  if (unique.length) out.citations = unique;
  out.withheld_fields = withheld;
  out.statements_withheld = `Not said of this program: ${statements.length - owned.length} of its role statements are what their sources say of ketamine therapy in general or of a format (or Katalog's reading); see /v1/conditions/${String(condition.id)}.`;
  return out;
}
