/**
 * Audit 17 A17-3: the fit check links records by condition too, not only by id and by the table line a contraindication
 * cites. For every fit-table row and contraindication, asked alone, each contraindication recorded under one of the
 * same conditions (a contraindication's `condition_ids`; a row's, the conditions whose statements quote its line) is
 * shown, in the columns of what it applies to, attributed to its source and its scope; one shown only through the
 * condition says that the link is Katalog's reading and names both situations, never quoting a label as the source's
 * words. Nothing shown is attached to a situation it has no link to. Everything is computed from the served records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../seed/verify.js';
import { createKey } from '../src/auth/keys.js';
import { speakerOf } from '../src/jsonld/statements.js';
import { everyPage, startApp, type TestApp } from './helpers.js';
import { normalQuote, quotedSpans, verbatimIn } from './verbatim.js';

type Cited = { source_id: string; excerpt: string; section?: string };
type Scope = { level: string; format: string | null; stated_by: string[]; inferred: boolean; via?: string | null };
type Rec = Record<string, unknown> & { id: string; citations: Cited[] };
type Contra = Rec & {
  condition: string;
  category: string;
  applies_to: string;
  condition_ids: string[];
  scope: Scope;
  inferred?: boolean;
};
type Condition = Rec & { name: string; role_statements: { citations: Cited[] }[] };
type Flag = { source: string; id: string; situation: string; says: string; inferred: boolean; role?: string };
type Shown = Flag & { citations: Cited[] };
type Check = { group: Shown[]; individual: Shown[] };
const COLUMNS = ['group', 'individual'] as const;
const LINK = 'Shown for the situation asked (';
const SAID: Record<string, string> = {
  ketamine_therapy: 'said of ketamine therapy in general',
  group: 'said of the group format',
  individual: 'said of the individual format',
};

let t: TestApp;
let contraindications: Contra[];
let rows: Rec[];
let conditions: Condition[];
const checks = new Map<string, Check>();
const check = async (asked: string[]) =>
  (await t.http.get(`/v1/format-fit/check?situation=${asked.join(',')}`).expect(200)).body.data as Check;

beforeAll(async () => {
  t = await startApp({ RESPONSE_CACHE: 'false' });
  const none = new URLSearchParams();
  contraindications = (await everyPage(t, 'contraindications', none)) as Contra[];
  rows = (await everyPage(t, 'format-fit', none)) as Rec[];
  conditions = (await everyPage(t, 'conditions', none)) as Condition[];
  for (const id of new Set([...rows, ...contraindications].map((r) => r.id))) checks.set(id, await check([id]));
});
afterAll(() => t.close());

const same = (a: Cited, b: Cited) => a.source_id === b.source_id && a.excerpt === b.excerpt;
/** A row's line in the table: its citation that starts with the row's situation. */
const lineOf = (row: Rec) => row.citations.filter((c) => c.excerpt.startsWith(String(row.situation)));
/** A record cites a row's line (audit 14 A14-6): the table links them, whatever their ids. */
const citesLine = (cited: Cited[], row: Rec) =>
  cited.some((x) =>
    lineOf(row).some(
      (l) =>
        x.source_id === l.source_id && x.excerpt.startsWith(String(row.situation)) && l.excerpt.startsWith(x.excerpt),
    ),
  );
/** A row's conditions: those with a statement quoting its line. */
const conditionsOfRow = (row: Rec) =>
  conditions
    .filter((c) => c.role_statements.some((s) => s.citations.some((x) => lineOf(row).some((l) => same(x, l)))))
    .map((c) => c.id);
/** The records asked by one id (a row, a contraindication, or both), each with its conditions and its label. */
const askedAs = (id: string) => [
  ...rows
    .filter((r) => r.id === id)
    .map((r) => ({ conditions: conditionsOfRow(r), label: String(r.situation), row: r as Rec | undefined })),
  ...contraindications
    .filter((c) => c.id === id)
    .map((c) => ({ conditions: c.condition_ids, label: c.condition, row: undefined as Rec | undefined })),
];
/** What the table or the id itself links to the id asked: shown as records asked, not as a condition's link. */
const linkedByTable = (id: string, c: Contra) =>
  c.id === id ||
  rows.some((r) => r.id === id && citesLine(c.citations, r)) ||
  contraindications.some(
    (x) => x.id === id && rows.some((r) => citesLine(x.citations, r) && citesLine(c.citations, r)),
  );
const columnsOf = (c: Contra) => (c.applies_to === 'any' ? COLUMNS : COLUMNS.filter((x) => x === c.applies_to));
const nameOf = (id: string) => conditions.find((c) => c.id === id)?.name;
const ofEveryFormat = (c: Contra) => c.category === 'absolute' || c.applies_to === 'any';

describe('the fit check links contraindications through the conditions they name (audit 17 A17-3)', () => {
  it('shows, for every row and contraindication, each contraindication sharing a condition, attributed', () => {
    let linked = 0;
    let everyFormat = 0;
    for (const [id, shown] of checks) {
      const mine = askedAs(id);
      const ids = new Set(mine.flatMap((m) => m.conditions));
      for (const c of contraindications.filter((x) => x.condition_ids.some((y) => ids.has(y)))) {
        for (const column of COLUMNS) {
          const flags = shown[column].filter((f) => f.source === 'contraindications' && f.id === c.id && !f.role);
          expect(flags.length, `${id}: ${c.id} under ${column}`).toBe(columnsOf(c).includes(column) ? 1 : 0);
          for (const f of flags) {
            // Its source's statement, with its source and scope, and the excerpts of that source (a note reporting the
            // other article cites it in the record, not under what the flag says: audit 20 A20-2).
            const own = c.citations.filter((x) => c.scope.stated_by.includes(x.source_id));
            expect(f.citations).toEqual(own.length ? own : c.citations);
            if (c.inferred) expect(f.says).toMatch(/^Katalog infers/);
            else {
              // Its source first (a reporting source's own words, or the reported one quoted by it).
              const who = [speakerOf(c.scope), speakerOf({ stated_by: c.scope.stated_by })];
              expect(
                who.some((w) => f.says.startsWith(w)),
                f.says,
              ).toBe(true);
              if (c.scope.level !== 'program')
                expect(f.says).toContain(SAID[c.scope.level === 'format' ? String(c.scope.format) : c.scope.level]);
            }
            if (linkedByTable(id, c)) {
              expect(f.says, `${id}: ${c.id}`).not.toContain(LINK);
              continue;
            }
            // Shown through a condition only: Katalog's link, its own situation named, the one asked beside it.
            const through = mine.filter((m) => m.conditions.some((x) => c.condition_ids.includes(x)));
            expect(f.inferred, `${id}: ${c.id}`).toBe(true);
            expect(f.situation).toBe(c.condition);
            const link = f.says.slice(f.says.indexOf(LINK));
            expect(f.says, `${id}: ${c.id}`).toContain(LINK);
            expect(link).toContain("that link is Katalog's reading, not the source's words");
            expect(
              through.some((m) => link.startsWith(`${LINK}${m.label}) through the condition`)),
              link,
            ).toBe(true);
            const shared = through.flatMap((m) => m.conditions.filter((x) => c.condition_ids.includes(x)).map(nameOf));
            expect(
              shared.some((name) => name && link.includes(name)),
              link,
            ).toBe(true);
            if (!through.some((m) => m.label === c.condition)) expect(link).toContain(`situation is ${c.condition}.`);
            // Labels are Katalog's: none of the link's words is quoted as a source's.
            expect(quotedSpans(link)).toEqual([]);
            linked++;
            if (ofEveryFormat(c)) everyFormat++;
          }
        }
      }
    }
    // Not vacuous: the finding's KAIR flags (any format, absolute) are linked to the Canadian situations.
    expect(linked).toBeGreaterThanOrEqual(4);
    expect(everyFormat).toBeGreaterThanOrEqual(4);
  });

  it('shows KAIR’s history of psychosis or schizophrenia for active-psychotic-symptoms, verbatim and attributed', () => {
    const kair = contraindications.find((c) => c.id === 'history-of-psychosis-or-schizophrenia') as Contra;
    expect(kair.category).toBe('absolute');
    const shown = checks.get('active-psychotic-symptoms') as Check;
    for (const column of COLUMNS) {
      const f = shown[column].find((x) => x.id === kair.id) as Shown;
      expect(f, column).toBeDefined();
      expect(f.situation).toBe('History of psychosis or schizophrenia');
      expect(f.says).toMatch(
        /^The KAIR article lists it among people who should avoid ketamine therapy \(said of ketamine therapy in general; wording in the source: "should definitely avoid ketamine therapy altogether"\)\./,
      );
      expect(f.says).toContain(
        `${LINK}Active psychotic symptoms) through the condition Katalog records both under (Psychosis): that link is Katalog's reading, not the source's words; this flag's own situation is History of psychosis or schizophrenia.`,
      );
      expect(f.inferred).toBe(true);
      expect(f.citations.map((c) => c.excerpt)).toEqual([
        'Some people should definitely avoid ketamine therapy altogether.',
        'a history of psychosis or schizophrenia',
      ]);
    }
    const articles = loadArticles();
    if (!articles) return;
    const kairText = normalQuote(articles.get('kair-group-therapy-unpacked') ?? '');
    for (const c of kair.citations.filter((x) => x.source_id === 'kair-group-therapy-unpacked'))
      expect(verbatimIn(normalQuote(c.excerpt), kairText), c.excerpt).toBe(true);
    for (const f of [...shown.group, ...shown.individual].filter((x) => x.id === kair.id))
      for (const span of quotedSpans(f.says)) expect(verbatimIn(span, kairText), span).toBe(true);
  });

  it('attaches nothing to a situation it has no link to', () => {
    for (const [id, shown] of checks) {
      const mine = askedAs(id);
      const ids = new Set(mine.flatMap((m) => m.conditions));
      for (const column of COLUMNS)
        for (const f of shown[column].filter((x) => x.source === 'contraindications' && !x.role)) {
          const c = contraindications.find((x) => x.id === f.id) as Contra;
          // Asked, linked by the table, or sharing a condition; and only under a column of what it applies to.
          const sharing = c.condition_ids.some((x) => ids.has(x));
          expect(linkedByTable(id, c) || sharing, `${id}: ${c.id}`).toBe(true);
          expect(columnsOf(c), `${id}: ${c.id}`).toContain(column);
          // The link's words only on a flag shown through a condition, and naming a label of the id asked.
          if (f.says.includes(LINK)) {
            expect(linkedByTable(id, c), `${id}: ${c.id}`).toBe(false);
            expect(
              mine.some((m) => f.says.includes(`${LINK}${m.label})`)),
              f.says,
            ).toBe(true);
          }
        }
    }
  });

  it('shows a record asked as asked, never as a link, and each record once per column, whatever the order', async () => {
    const linking = [...checks].filter(([, x]) => [...x.group, ...x.individual].some((f) => f.says.includes(LINK)));
    expect(linking.length).toBeGreaterThan(0);
    for (const [id, shown] of linking) {
      const targets = [
        ...new Set([...shown.group, ...shown.individual].filter((f) => f.says.includes(LINK)).map((f) => f.id)),
      ];
      for (const target of targets)
        for (const asked of [
          [id, target],
          [target, id],
        ]) {
          const both = await check(asked);
          for (const column of COLUMNS) {
            const keys = both[column].filter((f) => !f.role).map((f) => `${f.source}:${f.id}`);
            expect(keys, `${asked} ${column}`).toEqual([...new Set(keys)]);
            // Both asked: the target is its own situation, without the link's words.
            for (const f of both[column].filter((x) => x.source === 'contraindications' && x.id === target))
              expect(f.says, `${asked}`).not.toContain(LINK);
          }
        }
    }
  });

  it('follows a write at the next request: a contraindication no longer naming the condition is no longer linked', async () => {
    const auth = { authorization: `Bearer ${createKey(t.db, 'editor-fit-conditions', 'write').key}` };
    const path = '/v1/contraindications/history-of-psychosis-or-schizophrenia';
    const shownFor = async () =>
      (await check(['active-psychotic-symptoms'])).group.some((f) => f.id === 'history-of-psychosis-or-schizophrenia');
    expect(await shownFor()).toBe(true);
    const etag = String((await t.http.get(path).expect(200)).headers.etag);
    const patched = await t.http
      .patch(path)
      .set(auth)
      .set('if-match', etag)
      .set('content-type', 'application/merge-patch+json')
      .send({ condition_ids: ['schizophrenia'] });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(await shownFor()).toBe(false);
  });
});
