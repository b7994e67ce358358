import { speakers } from '../../../seed/articles.js';
import { ownedBy } from '../../jsonld/jsonld.js';
import { type ProgramNames, programIdsOf, saidOf } from '../../jsonld/statements.js';
import type { IncludeContext, Item } from '../../query/spec.js';
import type { Citation, Scope } from '../common.schema.js';
import { quotedBy } from '../excerpts.js';
import type { PagedProjection } from '../includes.js';
import { STATEMENTS_WITHHELD_MAX } from './conditions.schema.js';
import { type RoleStatementLike, rolesOf, sharedScope } from './statements.js';

const citationsOf = (owner: Item) => (owner.citations as Citation[] | undefined) ?? [];
const citedSources = (owner: Item) => new Set(citationsOf(owner).map((c) => c.source_id));

/** The roles a source gives a condition as what a reported study's participants had or measured. */
const STUDY_ROLES: ReadonlySet<string> = new Set(['study_population', 'study_outcome']);

/**
 * Why a study's result is withheld under an owner that is not that study's report (a program, a contraindication, a
 * study or finding quoting other excerpts): one wording, so the reason reads the same under every owner.
 */
const REPORTED = 'reported of a study';

/**
 * Whether a role statement is said of this program: its scope names the program, in its source's words (`ownedBy`,
 * the rule of the program's JSON-LD and of its included dosing routes); or the program is a generic record (the
 * format as a source describes it in general) and the statement is said, in words, of that format by a source the
 * record cites (the rule of a generic record's included dosing routes), and is not a study's result: what a source
 * reports of a particular study (its population, its outcome) is that study's, not the generic format's (audit 12
 * A12-7).
 */
export function saidOfProgram({ role, scope }: Pick<RoleStatementLike, 'role' | 'scope'>, program: Item): boolean {
  if (ownedBy(scope, String(program.id))) return true;
  if (program.generic !== true || scope.inferred || STUDY_ROLES.has(role)) return false;
  const own = citedSources(program);
  return (
    scope.level === 'format' &&
    scope.format === program.format &&
    scope.stated_by.length > 0 &&
    scope.stated_by.every((s) => own.has(s))
  );
}

/**
 * Whether a role statement is said in these excerpts: every excerpt it quotes is quoted by them, from the same source
 * (`quotedBy`), i.e. it is what the source reports of the owner whose excerpts they are (the firefighters' GAD-7
 * line), not of another study (the Canadian program's "86%"), of a program or of ketamine therapy in general.
 */
function saidIn(statement: RoleStatementLike, own: Citation[]): boolean {
  return statement.citations.length > 0 && statement.citations.every((c) => quotedBy(c, own));
}

/**
 * Who a condition is included under, and by which rule: whether a statement is said of it, and why one that is not
 * is withheld, in words derived from the statement itself (never a fixed list of reasons that may not apply).
 */
interface Owner {
  /** "program", "study", "finding", "contraindication": how the sentences name the owner. */
  kind: string;
  /** The owner's own excerpts: what grounds the condition there when no statement is said of it. */
  excerpts: Citation[];
  keeps(statement: RoleStatementLike): boolean;
  whyWithheld(statement: RoleStatementLike): string;
}

/**
 * Why a statement by other sources than the owner's is withheld: said by others, or by its own together with others
 * (not by its own alone), the sources named as derived text names them (`speakers`).
 */
function notBy(statedBy: string[], own: Set<string>, kind: string): string {
  const others = statedBy.filter((s) => !own.has(s));
  const ownNames = speakers([...own]);
  return others.length === statedBy.length
    ? `said by ${speakers(others)}, not by this ${kind}'s source (${ownNames})`
    : `said by ${speakers(statedBy)} together, not by this ${kind}'s source (${ownNames}) alone`;
}

/**
 * Why a statement is not said of this program: a study's result is reported of that study; otherwise what its scope
 * says it of, or, for a generic record, whose it is (named as derived text names sources, `speakers`).
 */
function programOwner(program: Item, names: ProgramNames): Owner {
  const own = citedSources(program);
  return {
    kind: 'program',
    excerpts: citationsOf(program),
    keeps: (s) => saidOfProgram(s, program),
    whyWithheld: ({ role, scope }) => {
      if (STUDY_ROLES.has(role)) return REPORTED;
      // A generic record shows what its own sources alone say of its format: one said of it by another source, or by
      // its own together with another, is withheld for that reason.
      if (program.generic === true && !scope.inferred && scope.level === 'format' && scope.format === program.format)
        return notBy(scope.stated_by, own, 'program');
      return saidOf(scope, names);
    },
  };
}

/**
 * The owner of a study's report (a study, or one of its findings): a statement is said of it when it quotes only
 * these excerpts (`saidIn`); a study result in other excerpts is another study's report.
 */
function reportOwner(kind: string, excerpts: Citation[], whose: string, names: ProgramNames): Owner {
  return {
    kind,
    excerpts,
    keeps: (s) => saidIn(s, excerpts),
    whyWithheld: (s) =>
      STUDY_ROLES.has(s.role) ? `${REPORTED} in excerpts that are not ${whose}` : saidOf(s.scope, names),
  };
}

/**
 * The roles of a condition's statement that states what a contraindication of this category states (the categories
 * of /v1/contraindications kept in condition roles, audit 9 M2): "should definitely avoid", "require careful
 * evaluation", a reason against the group format (an exclusion from it, or the individual format more suitable
 * or safer). A group requirement names no condition's role.
 */
const ROLES_OF_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  absolute: ['contraindication'],
  requires_evaluation: ['requires_evaluation'],
  group_specific: ['group_exclusion', 'individual_more_suitable'],
};

/**
 * The owner of a contraindication (audit 12 A12-1): a statement is said of it when it states what the
 * contraindication states: a role of its category (`ROLES_OF_CATEGORY`), said by its sources (none other), in its
 * own excerpts (`saidIn`: every excerpt the statement quotes is quoted by the contraindication). The excerpts decide:
 * the same role by the same source in a line the flag does not quote ("severe interpersonal trauma" under "recent
 * severe trauma disclosure", the two sharing only the FAQ's opening line) is another statement. A study's result,
 * an indication or a program's line is never what a contraindication states.
 */
function contraindicationOwner(x: Item): Owner {
  const roles = ROLES_OF_CATEGORY[String(x.category)] ?? [];
  // Its sources are those its scope says state it (a flag citing another article's line for context is not its).
  const sources = new Set((x.scope as Scope).stated_by);
  const excerpts = citationsOf(x);
  return {
    kind: 'contraindication',
    excerpts,
    keeps: (s) => roles.includes(s.role) && s.scope.stated_by.every((id) => sources.has(id)) && saidIn(s, excerpts),
    whyWithheld: (s) => {
      if (STUDY_ROLES.has(s.role)) return REPORTED;
      if (!roles.includes(s.role)) return `of role ${s.role}, not one of this category (${String(x.category)})`;
      if (!s.scope.stated_by.every((id) => sources.has(id)))
        return notBy(s.scope.stated_by, sources, 'contraindication');
      return 'quoting words this contraindication does not quote';
    },
  };
}

/**
 * The names of a condition: its name, each alternative of a name that offers two ("Mania or hypomania": "mania",
 * "hypomania"; never an alternate name of its own, review 24 R24-1), and the other names its sources use.
 */
export function conditionNames(condition: { name?: unknown; alternate_names?: unknown }): string[] {
  const name = String(condition.name);
  const alternatives = name.split(/\s+or\s+/i);
  return [name, ...(alternatives.length > 1 ? alternatives : []), ...((condition.alternate_names as string[]) ?? [])];
}

/** The words that name a condition (`conditionNames`, any case, whole words). */
export function conditionWords(condition: Item): RegExp[] {
  const names = conditionNames(condition);
  return names.map((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu'));
}

/**
 * The excerpts a condition carries under its owner (a program, a study): those of the statements said of it; when
 * none is, only the owner's own excerpts that name the condition (what grounds its listing there), never the
 * condition's other excerpts (another study's result, a screening statement, a general list), which stay on
 * /v1/conditions/{id}.
 */
function citationsUnder(condition: Item, owner: Citation[], kept: RoleStatementLike[]): Citation[] {
  const words = conditionWords(condition);
  const cited = kept.length
    ? kept.flatMap((s) => s.citations)
    : owner.filter((c) => words.some((w) => w.test(c.excerpt)));
  return [...new Map(cited.map((c) => [`${c.source_id}\u0000${c.excerpt}\u0000${c.section}`, c])).values()];
}

/** The longest a count of the rest can be ("; 20 for other reasons"): reserved whenever not every reason fits. */
const REST_MAX = '; 9999 for other reasons'.length;

/**
 * The reasons of the withheld statements, each with how many it covers, in the order they first occur, within
 * `budget` characters: the reasons that do not fit (a scope may name 50 programs) are counted together as "n for
 * other reasons", so the text is bounded by construction and every withheld statement is still counted.
 */
function reasonsCounted(withheld: RoleStatementLike[], owner: Owner, budget: number): string {
  const counts = new Map<string, number>();
  for (const s of withheld) {
    const why = owner.whyWithheld(s);
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  const entries = [...counts].map(([why, n]) => [`${n} ${why}`, n] as const);
  const all = entries.map(([text]) => text).join('; ');
  if (all.length <= budget) return all;
  const shown: string[] = [];
  let rest = withheld.length;
  for (const [text, n] of entries) {
    if ([...shown, text].join('; ').length + REST_MAX > budget) break;
    shown.push(text);
    rest -= n;
  }
  return [...shown, `${rest} for other reasons`].join('; ');
}

/**
 * A condition under its owner (`include=condition_records`): the role statements said of the owner stay; the others
 * are withheld and counted by the reason each is withheld (`statements_withheld`), never shown beside the owner as if
 * they were said of it. The citations are only those that support what the condition says there (`citationsUnder`).
 * One rule for programs, studies, findings and contraindications (audit 9 M5, audit 10 L-N5, review 12 R12-1, audit 12
 * A12-1). That the owner lists the condition as Katalog's
 * reading is marked by the include itself (`link_inferred`, resources/includes.ts).
 */
function conditionUnder(condition: Item, owner: Owner): Item {
  const statements = (condition.role_statements as RoleStatementLike[] | undefined) ?? [];
  const kept = statements.filter((s) => owner.keeps(s));
  if (kept.length === statements.length) return condition;
  const withheld: string[] = ['roles', 'role_statements'];
  const out: Record<string, unknown> = { ...condition, role_statements: kept, roles: rolesOf(kept) };
  if (condition.scope !== null) withheld.push('scope');
  out.scope = sharedScope(kept);
  // Katalog's note speaks of the condition in general (what each article says of it).
  if (condition.note !== null) {
    out.note = null;
    withheld.push('note');
  }
  out.citations = citationsUnder(condition, owner.excerpts, kept);
  out.withheld_fields = withheld;
  const head = kept.length
    ? `Said of this ${owner.kind}: ${kept.length} of its role statements. Withheld here: `
    : `Not said of this ${owner.kind}: its role statements are withheld here: `;
  const tail = `; see /v1/conditions/${String(condition.id)}.`;
  const why = reasonsCounted(
    statements.filter((s) => !kept.includes(s)),
    owner,
    STATEMENTS_WITHHELD_MAX - head.length - tail.length,
  );
  out.statements_withheld = `${head}${why}${tail}`;
  return out;
}

/**
 * The stored names of the programs the statements of a page of conditions are said of, so a withheld reason names a
 * program by its name, never its record id (review 14 R14-4): one statement per page of includes, none when no
 * statement is said of a program.
 */
export function programNamesOf(conditions: readonly Item[], ctx: Pick<IncludeContext, 'namesOf'>): ProgramNames {
  const ids = programIdsOf(
    conditions.flatMap((c) => ((c.role_statements as RoleStatementLike[] | undefined) ?? []).map((s) => s.scope)),
  );
  return ctx.namesOf('programs', ids);
}

/** A condition under a program: only the statements a source makes of this program (`saidOfProgram`). */
export const conditionUnderProgram = (condition: Item, program: Item, names: ProgramNames): Item =>
  conditionUnder(condition, programOwner(program, names));

/** A condition under a study: only the statements that report this study (quoting only its excerpts, `saidIn`). */
export const conditionUnderStudy = (condition: Item, study: Item, names: ProgramNames): Item =>
  conditionUnder(condition, reportOwner('study', citationsOf(study), "this study's", names));

/**
 * A condition under a finding (`include=condition_record`): only the statements its own excerpts or its study's say
 * (a finding is its study's report), never another study's result, a program's line or a screening statement.
 */
export const conditionUnderFinding = (condition: Item, finding: Item, study: Item | undefined, names: ProgramNames) =>
  conditionUnder(
    condition,
    reportOwner(
      'finding',
      [...citationsOf(finding), ...(study ? citationsOf(study) : [])],
      "this finding's or its study's",
      names,
    ),
  );

/**
 * A condition under a contraindication (`include=conditions`): only the statements that state what it states (its
 * category's roles, by its sources, in its excerpts), never an indication, a study's result or another line.
 */
export const conditionUnderContraindication = (condition: Item, x: Item): Item =>
  conditionUnder(condition, contraindicationOwner(x));

/** The includes' projections: what a page needs (program names, a finding's study) read once per page. */
export const conditionsUnderPrograms: PagedProjection = {
  page: (conditions, _owners, ctx) => {
    const names = programNamesOf(conditions, ctx);
    return (condition, program) => conditionUnderProgram(condition, program, names);
  },
};
export const conditionsUnderStudies: PagedProjection = {
  page: (conditions, _owners, ctx) => {
    const names = programNamesOf(conditions, ctx);
    return (condition, study) => conditionUnderStudy(condition, study, names);
  },
};
export const conditionsUnderFindings: PagedProjection = {
  page: (conditions, findings, ctx) => {
    const names = programNamesOf(conditions, ctx);
    const studies = ctx.byIds('studies', [...new Set(findings.map((f) => String(f.study_id)))]);
    return (condition, finding) =>
      conditionUnderFinding(condition, finding, studies.get(String(finding.study_id)), names);
  },
};
