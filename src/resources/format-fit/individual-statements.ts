import { speakerOf } from '../../jsonld/statements.js';
import type { Item } from '../../query/spec.js';
import type { Repository } from '../../repository/repository.js';
import type { Citation } from '../common.schema.js';
import { conditionsResource } from '../conditions/conditions.resource.js';
import type { RoleStatementLike } from '../conditions/statements.js';
import { quotedBy } from '../excerpts.js';
import { formatFitResource } from './format-fit.resource.js';

/** The columns of the format table, as the Canadian article heads them. */
export const GROUP_COLUMN = 'Group format generally appropriate';
export const INDIVIDUAL_COLUMN = 'Individual format safer';

/** A situation the fit check is asked about: a fit-table row or a contraindication. */
export interface Situation {
  source: 'format-fit' | 'contraindications';
  id: string;
  /** The id asked for: the records shown for one id (its row, its contraindication, the ones the table links) show a
   * statement once among them. */
  asked: string;
  situation: string;
  /** Whether the row or flag itself is Katalog's reading (a lost column, an inferred scope): its excerpts are then
   * Katalog's grounds, not statements of it. */
  inferred: boolean;
  /** Whose words it gives: a contraindication's `scope.stated_by`; a row's, the source of its table line. */
  sources: string[];
  /** The conditions a contraindication names (`condition_ids`); none for a row. */
  conditionIds: string[];
  /** A row's line in the table (`rowLines`): the conditions whose statements quote it are the conditions it names. */
  lines: Citation[];
  citations: Citation[];
}

/** What the individual column says of a situation, beside its own flag: one statement of the individual format. */
export interface IndividualStatement {
  source: 'format-fit' | 'contraindications' | 'conditions';
  id: string;
  situation: string;
  says: string;
  role: 'individual_more_suitable';
  citations: Citation[];
}

/** A statement that the individual format is safer or more suitable, said of it in its source's words. */
const ofIndividualFormat = (s: RoleStatementLike) =>
  s.role === 'individual_more_suitable' &&
  s.scope.level === 'format' &&
  s.scope.format === 'individual' &&
  !s.scope.inferred &&
  s.scope.stated_by.length > 0;

const keyOf = (c: Pick<Citation, 'source_id' | 'excerpt'>) => `${c.source_id}\u0000${c.excerpt}`;
const sameCitation = (a: Citation, b: Citation) => keyOf(a) === keyOf(b);

const lower = (text: string) => text.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/**
 * Whether excerpts name a situation: one of them contains its words, whole or one of its "or" parts of two words or
 * more ("Recent severe trauma disclosure or active suicidality" is named by "recent severe trauma disclosure, active
 * suicidality"; a part of one word, "trauma", names nothing by itself).
 */
export function namesSituation(situation: string, cited: Pick<Citation, 'excerpt'>[]): boolean {
  const parts = [situation, ...situation.split(/\s+or\s+/i)].map(lower).filter((p) => p.split(' ').length >= 2);
  return cited.some((c) =>
    parts.some((p) =>
      new RegExp(`(^|[^a-z-])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z-])`).test(lower(c.excerpt)),
    ),
  );
}

/** Whether one of a condition's statements quotes one of these table lines: a row's conditions are those quoting its. */
export const quotesLine = (condition: Item, lines: Citation[]): boolean =>
  ((condition.role_statements as RoleStatementLike[] | undefined) ?? []).some((s) =>
    s.citations.some((c) => lines.some((line) => sameCitation(c, line))),
  );

/** The conditions a row names: those whose statements quote its line (`quotesLine`), by id. */
export function rowConditionIds(repo: Repository, row: Item): string[] {
  const lines = rowLines(row);
  return [...repo.byIds(conditionsResource, repo.citing(conditionsResource, lines)).values()]
    .filter((c) => quotesLine(c, lines))
    .map((c) => String(c.id));
}

/** A row's line in its table: the citation that quotes the row itself (it starts with the row's situation). */
export const rowLines = (row: Item): Citation[] =>
  ((row.citations as Citation[] | undefined) ?? []).filter((c) => c.excerpt.startsWith(String(row.situation)));

/** The texts a record's excerpts are part of: each excerpt, and each read with the next of its section (`quotedBy`). */
function texts(cited: Citation[]): Citation[] {
  return cited.flatMap((c, i) => {
    const next = cited.slice(i + 1).find((n) => n.source_id === c.source_id && n.section === c.section);
    return next ? [c, { ...c, excerpt: `${c.excerpt} ${next.excerpt}` }] : [c];
  });
}

/**
 * The statement in words, its source's own (never Katalog's reading, never advice): a table cell is named with its
 * column and row as the row states it (quoting the row's line would quote the other column's cell); any other
 * statement quotes its excerpts verbatim, so its wording and qualifiers are the source's. A source reporting another
 * ("one program") is credited with the words outside the quotation marks, the reported one with those inside.
 */
/**
 * Excerpts of one passage that overlap (one ends with the words the other starts with) are read as the one stretch of
 * the source they cover, in its order: 'As one program noted, "individuals with severe social anxiety' and
 * '"individuals with severe social anxiety, … privacy" might find …' are one sentence, not two quotations out of order.
 */
export function joinOverlaps(excerpts: string[]): string[] {
  const out = [...excerpts];
  const MIN = 12;
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < out.length; i++)
      for (let j = 0; j < out.length; j++) {
        if (i === j) continue;
        const [a, b] = [out[i] as string, out[j] as string];
        // The longest end of `a` that `b` starts with.
        for (let n = Math.min(a.length, b.length) - 1; n >= MIN; n--)
          if (a.endsWith(b.slice(0, n))) {
            out.splice(Math.max(i, j), 1);
            out.splice(Math.min(i, j), 1, a + b.slice(n));
            merged = true;
            break outer;
          }
      }
  }
  return out;
}

function words(s: RoleStatementLike, row: Item | undefined): string {
  const scope = s.scope;
  if (row && typeof row.individual_format === 'string')
    return `${speakerOf(scope)}'s table marks "${row.individual_format}" in the column "${INDIVIDUAL_COLUMN}" of its row "${String(row.situation)}".`;
  // An excerpt another one of the statement contains says nothing more; the rest are quoted section by section, as
  // cited (pieces of two passages are never joined into one quotation: audit 15 A15-4).
  const cited = s.citations.filter(
    (c, i) =>
      !s.citations.some(
        (o, j) =>
          j !== i && o.source_id === c.source_id && o.excerpt.includes(c.excerpt) && (o.excerpt !== c.excerpt || j < i),
      ),
  );
  const sections = [...new Set(cited.map((c) => c.section ?? ''))];
  // A reported speaker's words keep the source's own double quotation marks as the only ones: the source's sentence is
  // quoted in single marks, so its words outside the inner quotation stay the source's (audit 15 A15-3).
  const mark = (excerpt: string) => (scope.via ? `‘${excerpt}’` : `"${excerpt}"`);
  const quotes = sections
    .map((section) => {
      const pieces = joinOverlaps(cited.filter((c) => (c.section ?? '') === section).map((c) => c.excerpt))
        .map(mark)
        .join(' … ');
      // The heading unquoted: in a reporting source's sentence only the reported speaker's words are in double
      // quotation marks (audit 16 A16-1).
      return section ? `in its section ${section}: ${pieces}` : pieces;
    })
    .join('; ');
  if (scope.via)
    return `${speakerOf({ stated_by: scope.stated_by })} writes, of the individual format, reporting ${scope.via} (only the words inside its double quotation marks are ${scope.via}'s), ${quotes}`;
  return `${speakerOf(scope)} says, of the individual format, ${quotes}`;
}

/**
 * What the sources say of the individual format for each situation, beyond its own flag (review 15 R15-4, audit 13
 * A13-4): every statement of a condition that the individual format is safer or more suitable, said in its source's
 * words (not Katalog's reading) by the situation's own source, that the situation reaches: a statement of a condition
 * it names, or one whose every excerpt it quotes itself. A statement of a condition it names is the condition's
 * (`conditions`, its id; the situation as asked); one it reaches by its own excerpts alone is its own. A cell of a
 * row shown for the same id asked (its own, or one the table links: `tableLinks`) is that row's flag already; a
 * statement whose excerpts another one shown for the same id already quotes is not repeated. Statements that differ
 * (a table cell "(after stabilization)" and an FAQ line without it) are each shown as written, never reconciled.
 *
 * A situation's statements are its record's, whatever else is asked: they are computed once per record and data
 * version (`reachedBy`), so a request costs a lookup per record shown, and what is shown for each id asked is chosen
 * from them here.
 */
export function individualStatements(
  repo: Repository,
  situations: Situation[],
  linkedRows: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, IndividualStatement[]> {
  const out = new Map<string, IndividualStatement[]>();
  const shownFor = new Map<string, IndividualStatement[]>();
  // The rows shown for each id asked: a cell of one of them is that row's own flag already. A row the table links to
  // several ids asked (`linkedRows`) is shown once, under the first of them, but is each one's: its cell is never
  // repeated under another id's record, whatever the order the ids were asked in (audit 25: two contraindications
  // citing one row's line).
  const rowsShown = new Map<string, Set<string>>();
  for (const s of situations)
    if (s.source === 'format-fit') rowsShown.set(s.asked, new Set([...(rowsShown.get(s.asked) ?? []), s.id]));
  for (const [asked, rows] of linkedRows) rowsShown.set(asked, new Set([...(rowsShown.get(asked) ?? []), ...rows]));
  // Within the records shown for one id, which of them a shared statement is shown under does not depend on the order
  // they were asked in (hostile H-8): the row first, then contraindications by id; the ids asked keep their order.
  const group = new Map<string, number>();
  for (const s of situations) if (!group.has(s.asked)) group.set(s.asked, group.size);
  // A row comes first in the first group that shows or links it, so what it shows is shown before any record of the
  // ids it is linked to looks at it, in either order.
  const groupOf = (s: Situation) =>
    Math.min(
      group.get(s.asked) ?? 0,
      ...(s.source === 'format-fit'
        ? [...linkedRows].filter(([, rows]) => rows.includes(s.id)).map(([asked]) => group.get(asked) ?? 0)
        : []),
    );
  const rank = (s: Situation) => [groupOf(s), s.source === 'format-fit' ? 0 : 1] as const;
  const ordered = [...situations].sort((a, b) => {
    const [ga, sa] = rank(a);
    const [gb, sb] = rank(b);
    return ga - gb || sa - sb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  for (const sit of ordered) {
    // A row shown for the same id (the situation's own, or one the table links) states its cell in its own flag.
    const reached = reachedBy(repo, sit).filter((x) => !(x.rowId && rowsShown.get(sit.asked)?.has(x.rowId)));
    // The records shown for one id are one situation: what one of them shows is not repeated.
    const before = shownFor.get(sit.asked) ?? [];
    const shown: IndividualStatement[] = [];
    for (const { statement } of reached) {
      const keys = statement.citations.map(keyOf);
      if ([...before, ...shown].some((s) => keys.every((k) => s.citations.some((c) => keyOf(c) === k)))) continue;
      shown.push(statement);
    }
    shownFor.set(sit.asked, [...before, ...shown]);
    // What a row shows is shown for every id it is linked to (it comes first, in the first of their groups).
    if (sit.source === 'format-fit')
      for (const [asked, rows] of linkedRows)
        if (asked !== sit.asked && rows.includes(sit.id))
          shownFor.set(asked, [...(shownFor.get(asked) ?? []), ...shown]);
    out.set(`${sit.source}\u0000${sit.id}`, shown);
  }
  return out;
}

/** A statement a situation reaches, with the table row whose cell it states, if any. */
interface Reached {
  statement: IndividualStatement;
  rowId: string | undefined;
}

/**
 * The statements a situation reaches, in the order shown: a statement of a condition it names first, then the ones
 * quoting more. They depend on its record alone (every field of a `Situation` but `asked` is its record's), so they are
 * computed once per record and data version: the conditions citing its excerpts (one statement, its texts as one JSON
 * array), the conditions (one), the rows whose lines their statements quote (two).
 */
function reachedBy(repo: Repository, sit: Situation): Reached[] {
  return repo.perVersion(`fit-individual\u0000${sit.source}\u0000${sit.id}`, () => {
    const citing = repo.citing(conditionsResource, texts(sit.citations));
    const conditions = repo.byIds(conditionsResource, [...new Set([...sit.conditionIds, ...citing])]);
    const candidates = [...conditions.values()].flatMap((c) =>
      ((c.role_statements as RoleStatementLike[] | undefined) ?? [])
        .filter(ofIndividualFormat)
        .map((statement) => ({ condition: c, statement })),
    );
    // The table rows the candidates quote a line of: such a statement states that row's individual cell.
    const rowIds = repo.citing(
      formatFitResource,
      candidates.flatMap((x) => x.statement.citations),
    );
    const rows = [...repo.byIds(formatFitResource, rowIds).values()];
    const rowOf = (s: RoleStatementLike) =>
      rows.find((r) => rowLines(r).some((line) => s.citations.some((c) => sameCitation(c, line))));
    const own = new Set(sit.sources);
    const byCondition = new Set([
      ...sit.conditionIds,
      ...[...conditions.values()].filter((c) => quotesLine(c, sit.lines)).map((c) => String(c.id)),
    ]);
    const reached = candidates.flatMap(({ condition, statement }) => {
      if (!statement.scope.stated_by.every((s) => own.has(s))) return [];
      const ofNamed = byCondition.has(String(condition.id));
      // By its own excerpts alone only a situation that is not itself Katalog's reading (its excerpts are then the
      // grounds of an inference, not statements of it), and only a statement whose words name the situation (audit 15
      // A15-1, A15-2: a sentence on severe trauma is not said of mild-to-moderate anxiety or trauma, nor of PTSD).
      if (
        !ofNamed &&
        (sit.inferred ||
          !statement.citations.every((c) => quotedBy(c, sit.citations)) ||
          !namesSituation(sit.situation, statement.citations))
      )
        return [];
      const row = rowOf(statement);
      const entry: Pick<IndividualStatement, 'source' | 'id' | 'situation'> = ofNamed
        ? { source: 'conditions' as const, id: String(condition.id), situation: sit.situation }
        : { source: sit.source, id: sit.id, situation: sit.situation };
      const role = 'individual_more_suitable' as const;
      const shown = { ...entry, says: words(statement, row), role, citations: statement.citations };
      return [{ ofNamed, statement: shown, rowId: row ? String(row.id) : undefined }];
    });
    reached.sort(
      (a, b) => Number(b.ofNamed) - Number(a.ofNamed) || b.statement.citations.length - a.statement.citations.length,
    );
    return reached.map(({ statement, rowId }) => ({ statement, rowId }));
  });
}
