import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../openapi/katalog.js';
import { speakerOf } from '../src/jsonld/statements.js';
import { quotedBy } from '../src/resources/excerpts.js';
import { namesSituation } from '../src/resources/format-fit/individual-statements.js';
import { everyPage, startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type P = {
  id: string;
  format: string;
  unit: string;
  currency: string;
  amount_min: number | null;
  amount_max: number | null;
  open_ended: boolean;
  sessions_included: number | null;
  sessions_included_max: number | null;
};

describe('cost comparison', () => {
  type Fig = { price_id: string; amount_min: number; amount_max: number | null; open_ended: boolean };
  type PairBody = {
    unit: string;
    group: Fig;
    individual: Fig;
    difference: { min: number | null; max: number | null };
    caveats: string[];
  };

  it('pairs only figures of one currency, unit and basis, and accounts for every price', async () => {
    const prices: (P & { program_id: string | null })[] = (await t.http.get('/v1/prices?limit=100').expect(200)).body
      .data;
    const res = await t.http.get('/v1/cost-comparison').expect(200);
    expect(res.body.data.map((c: { currency: string }) => c.currency)).toEqual(['CAD', 'USD']);
    for (const cur of res.body.data) {
      const seen = new Set<string>();
      for (const pair of cur.pairs as PairBody[]) {
        const g = prices.find((p) => p.id === pair.group.price_id) as P & { program_id: string | null };
        const i = prices.find((p) => p.id === pair.individual.price_id) as P & { program_id: string | null };
        expect([g.format, i.format]).toEqual(['group', 'individual']);
        expect([g.currency, i.currency]).toEqual([cur.currency, cur.currency]);
        expect([g.unit, i.unit]).toEqual([pair.unit, pair.unit]);
        expect(g.program_id === null).toBe(i.program_id === null);
        if (pair.unit === 'per_program') expect(g.sessions_included).toBe(i.sessions_included);
        // The difference is recomputed independently: individual minus group, as a range.
        const gMax = g.open_ended ? null : (g.amount_max ?? g.amount_min);
        const iMax = i.open_ended ? null : (i.amount_max ?? i.amount_min);
        expect(pair.difference.min).toBe(gMax === null ? null : (i.amount_min as number) - gMax);
        expect(pair.difference.max).toBe(iMax === null ? null : iMax - (g.amount_min as number));
        seen.add(g.id).add(i.id);
      }
      for (const n of cur.not_comparable) {
        expect(seen.has(n.price_id)).toBe(false);
        expect(n.reason.length).toBeGreaterThan(10);
        seen.add(n.price_id);
      }
      expect([...seen].sort()).toEqual(
        prices
          .filter((p) => p.currency === cur.currency)
          .map((p) => p.id)
          .sort(),
      );
    }
  });

  it('never sets a one-session bundle against a cohort, nor an infusion against a therapy session', async () => {
    const res = await t.http.get('/v1/cost-comparison').expect(200);
    const byCurrency = Object.fromEntries(res.body.data.map((c: { currency: string }) => [c.currency, c]));
    const pairIds = (c: { pairs: PairBody[] }) => c.pairs.map((p) => `${p.group.price_id}|${p.individual.price_id}`);
    expect(pairIds(byCurrency.CAD)).toEqual(['roots-to-thrive-group-price|roots-to-thrive-individual-price']);
    const reasons = Object.fromEntries(
      byCurrency.CAD.not_comparable.map((n: { price_id: string; reason: string }) => [n.price_id, n.reason]),
    );
    expect(reasons['atma-cena-psycholytic-pathway-price']).toMatch(/1 session/);
    expect(reasons['atma-cena-customized-kat-price']).toMatch(/range/);
    expect(reasons['atma-cena-member-clinic-group-integration-price']).toMatch(/Varies by clinic/);
    const usd = pairIds(byCurrency.USD);
    expect(usd).not.toContain('kair-group-session-100-250|kair-individual-infusion-400-600');
    expect(usd).toContain('kair-group-session-100-250|kair-individual-kap-session-600-1200');
    expect(usd).toContain('kair-group-session-100-250|kair-individual-session-400-600');
    // Infusions and KAP are never merged into one range: each pair is one figure against one figure.
    for (const p of byCurrency.USD.pairs as PairBody[]) expect(p.individual.price_id).not.toMatch(/,/);
    expect(JSON.stringify(res.body)).not.toMatch(/per_medicine_session|derived_from/);
  });

  it('keeps tax bases, implied currencies and open-ended figures as the source writes them', async () => {
    const res = await t.http.get('/v1/cost-comparison').expect(200);
    const [cad, usd] = res.body.data;
    const roots = cad.pairs[0] as PairBody & { group: Fig & { tax_note: string; currency_implied: boolean } };
    expect(roots.difference).toEqual({ min: 1650, max: 1650, approximate: true });
    expect(roots.caveats.join(' ')).toMatch(/Tax bases differ \(group: "\+ GST"; individual: "\+ tax"\)/);
    expect(roots.caveats.join(' ')).toMatch(/12 weeks.*6 weeks/);
    // The source's own qualifiers, per figure, in its words.
    // The column the amount sits in is the source's own qualifier (review 28 R28-1).
    expect(roots.caveats).toContain('The source qualifies the group amount: "~", "approximately", "Approximate cost".');
    const kap = (usd.pairs as (PairBody & { individual: Fig & { hedges: string[] } })[]).find(
      (p) => p.individual.price_id === 'kair-individual-kap-session-600-1200',
    );
    expect(kap?.individual.hedges).toEqual(['can run']);
    expect(kap?.caveats).toContain('The source qualifies the individual amount: "can run".');
    expect(roots.group.currency_implied).toBe(false);
    const firstYear = (usd.pairs as (PairBody & { individual: Fig & { open_ended_from: number } })[]).find(
      (p) => p.unit === 'first_year',
    );
    expect(firstYear?.individual.open_ended).toBe(true);
    expect(firstYear?.individual.open_ended_from).toBe(10000);
    expect(firstYear?.difference.max).toBeNull();
    const ids = new Set(res.body.claims.map((c: { id: string }) => c.id));
    for (const id of [
      'kair-group-typically-40-60-percent-less',
      'kair-individual-400-600-group-100-250',
      'kair-colorado-clinic-group-sessions-half-price',
      'canadian-group-typically-less-expensive-per-session',
    ])
      expect(ids.has(id)).toBe(true);
  });

  it('keeps a comparative claim as a claim: the Colorado clinic has no price record, its claims still come back', async () => {
    const ids = async (q: string) =>
      new Set((await t.http.get(`/v1/cost-comparison${q}`).expect(200)).body.claims.map((c: { id: string }) => c.id));
    const colorado = ['kair-colorado-clinic-group-sessions-half-price', 'kair-colorado-five-week-curriculum-half-cost'];
    expect((await t.http.get('/v1/prices?program_id=colorado-five-week-group').expect(200)).body.data).toEqual([]);
    for (const q of ['', '?country=US'])
      for (const id of colorado) expect((await ids(q)).has(id), `${q} ${id}`).toBe(true);
    for (const id of colorado) expect((await ids('?country=CA')).has(id)).toBe(false);
    // The member clinics' group integration session pays for integration only, never compared with dosing.
    const price = (await t.http.get('/v1/prices/atma-cena-member-clinic-group-integration-price').expect(200)).body;
    expect(price.data.treatment).toBe('integration_only');
  });

  it('filters by country (in SQL) and program, and rejects bad input', async () => {
    const us = await t.http.get('/v1/cost-comparison?country=US').expect(200);
    for (const c of us.body.data) expect(c.currency).toBe('USD');
    const ca = await t.http.get('/v1/cost-comparison?country=CA').expect(200);
    expect(ca.body.data.map((c: { currency: string }) => c.currency)).toEqual(['CAD']);
    // A filter selects what is shown, not what a price is paired with: for every program, its pairs are
    // the pairs of the unfiltered comparison that involve one of its prices.
    const all = (await t.http.get('/v1/cost-comparison').expect(200)).body;
    const prices: { id: string; program_id: string | null }[] = (await t.http.get('/v1/prices?limit=100').expect(200))
      .body.data;
    for (const program of [...new Set(prices.map((p) => p.program_id).filter(Boolean))]) {
      const own = new Set(prices.filter((p) => p.program_id === program).map((p) => p.id));
      const one = (await t.http.get(`/v1/cost-comparison?program_id=${program}`).expect(200)).body;
      const pairsOf = (body: { data: { pairs: PairBody[] }[] }) =>
        body.data
          .flatMap((c) => c.pairs)
          .filter((p) => own.has(p.group.price_id) || own.has(p.individual.price_id))
          .map((p) => `${p.group.price_id}|${p.individual.price_id}`);
      expect(pairsOf(one), String(program)).toEqual(pairsOf(all));
      const shown = one.data.flatMap((c: { pairs: PairBody[]; not_comparable: { price_id: string }[] }) => [
        ...c.pairs.flatMap((p) => [p.group.price_id, p.individual.price_id]),
        ...c.not_comparable.map((n) => n.price_id),
      ]);
      for (const id of own) expect(shown).toContain(id);
    }
    const roots = (await t.http.get('/v1/cost-comparison?program_id=roots-to-thrive-group').expect(200)).body;
    expect(roots.claims.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([
        'canadian-roots-to-thrive-substantial-savings',
        'canadian-group-typically-less-expensive-per-session',
      ]),
    );
    await t.http.get('/v1/cost-comparison?currency=cad').expect(400);
  });
});

describe('format-fit check', () => {
  type Line = { source_id: string; excerpt: string };
  type TableRow<C extends Line = Line> = { situation?: unknown; citations: C[] };
  /** A row's line in the table: its citation that starts with the row's situation. */
  const lineOf = <C extends Line>(row: TableRow<C>) =>
    row.citations.filter((c) => c.excerpt.startsWith(String(row.situation)));
  /**
   * The link of audit 14 A14-6, computed from the served records: a record cites a row's line when one of its
   * excerpts, from the line's source, starts with the row's situation and is the start of the line.
   */
  const citesLine = (cited: Line[], row: TableRow) =>
    cited.some((x) =>
      lineOf(row).some(
        (l) =>
          x.source_id === l.source_id && x.excerpt.startsWith(String(row.situation)) && l.excerpt.startsWith(x.excerpt),
      ),
    );

  it('reports the flags of the sources per format, with citations, and never a verdict', async () => {
    const res = await t.http
      .get('/v1/format-fit/check?situation=active-psychotic-symptoms,pregnancy-or-breastfeeding,severe-social-anxiety')
      .expect(200);
    const { group, individual } = res.body.data;
    const flags = (list: { source: string; id: string }[]) => list.map((f) => `${f.source}:${f.id}`);
    // active-psychotic-symptoms is both a fit-table row and a (group-specific) contraindication: both are reported.
    expect(flags(group)).toEqual([
      'format-fit:active-psychotic-symptoms',
      'contraindications:active-psychotic-symptoms',
      'contraindications:pregnancy-or-breastfeeding',
      'contraindications:severe-social-anxiety',
      // After every record asked, one linked only by the condition it shares (audit 17 A17-3): KAIR's history of
      // psychosis, said of ketamine therapy in general (tests/fit-check-conditions.test.ts).
      'contraindications:history-of-psychosis-or-schizophrenia',
    ]);
    // Beside them, the sources' own statements of the individual format for conditions the situations name.
    expect(flags(individual)).toEqual([
      'format-fit:active-psychotic-symptoms',
      'conditions:psychosis',
      'contraindications:pregnancy-or-breastfeeding',
      'conditions:social-anxiety',
      'contraindications:history-of-psychosis-or-schizophrenia',
    ]);
    expect(individual[0].says).toContain('✓ (or exclusion)');
    for (const f of [...group, ...individual]) expect(f.citations.length).toBeGreaterThan(0);
    expect(res.body.disclaimer).toMatch(/not medical advice/);
    expect(JSON.stringify(res.body)).not.toMatch(/\beligible\b/i);
  });

  it("says when a flag rests only on an inferred table cell, and never presents it as the source's words", async () => {
    const res = await t.http.get('/v1/format-fit/check?situation=active-ptsd-with-hypervigilance').expect(200);
    const flag = res.body.data.group.find((f: { source: string }) => f.source === 'contraindications');
    expect(flag.inferred).toBe(true);
    expect(flag.says).toMatch(/^Katalog infers/);
    const stated = await t.http.get('/v1/format-fit/check?situation=active-psychotic-symptoms').expect(200);
    const contra = stated.body.data.group.find((f: { source: string }) => f.source === 'contraindications');
    expect(contra.inferred).toBe(false);
    expect(contra.says).toMatch(/^The Canadian article/);
    // A scope that is Katalog's reading (the group format read from "might impact group dynamics") says so.
    const read = await t.http
      .get('/v1/format-fit/check?situation=severe-personality-disorders-affecting-group-dynamics')
      .expect(200);
    const personality = read.body.data.group.find((f: { source: string }) => f.source === 'contraindications');
    expect(personality.says).toMatch(/^The KAIR article says it requires careful evaluation/);
    expect(personality.says).toContain("Katalog's reading, not the source's words: said of the group format");
    // ...and its flag is marked inferred, as every flag with any part that is Katalog's reading.
    expect(personality.inferred).toBe(true);
  });

  /**
   * Review 15 R15-4 / audit 13 A13-4: the individual column says what the sources say of the individual format, so it
   * carries every statement, in a source's own words (not inferred), that the individual format is safer or more
   * suitable, which the situation reaches: a statement of a condition it names (a contraindication's conditions; a
   * row's, those whose statements quote the row's line), or one whose every excerpt it quotes itself, said by its own
   * source. Each is shown as its source's, with its excerpts, never as Katalog's inference; the inferred row cells stay.
   */
  it('the individual column carries every statement of the individual format the situation reaches', async () => {
    type Cited = { source_id: string; excerpt: string; section: string };
    type Scope = { level: string; format: string | null; stated_by: string[]; inferred: boolean; via?: string | null };
    type Statement = { role: string; scope: Scope; citations: Cited[] };
    type Rec = Record<string, unknown> & { id: string; citations: Cited[] };
    const none = new URLSearchParams();
    const contraindications = (await everyPage(t, 'contraindications', none)) as Rec[];
    const rows = (await everyPage(t, 'format-fit', none)) as Rec[];
    const conditions = (await everyPage(t, 'conditions', none)) as (Rec & { role_statements: Statement[] })[];
    const same = (a: Cited, b: Cited) => a.source_id === b.source_id && a.excerpt === b.excerpt;
    const ofIndividual = (s: Statement) =>
      s.role === 'individual_more_suitable' &&
      s.scope.level === 'format' &&
      s.scope.format === 'individual' &&
      !s.scope.inferred;
    const situations = [
      ...contraindications.map((c) => ({
        id: c.id,
        sources: (c.scope as Scope).stated_by,
        named: c.condition_ids as string[],
        own: undefined as Rec | undefined,
        situation: c.condition as string,
        inferred: c.inferred === true || (c.scope as Scope).inferred === true,
        // The rows the check shows for it: those whose line it cites (A14-6).
        shownRows: rows.filter((r) => citesLine(c.citations, r)),
        citations: c.citations,
      })),
      ...rows.map((r) => ({
        id: r.id,
        sources: [...new Set(lineOf(r).map((c) => c.source_id))],
        named: conditions
          .filter((c) => c.role_statements.some((s) => s.citations.some((x) => lineOf(r).some((l) => same(x, l)))))
          .map((c) => c.id),
        own: r,
        situation: r.situation as string,
        inferred: r.inferred === true,
        shownRows: [r],
        citations: r.citations,
      })),
    ];
    let checked = 0;
    const reachedBy = new Set<string>();
    for (const sit of situations) {
      const reached = conditions.flatMap((c) =>
        c.role_statements
          .filter(ofIndividual)
          .filter((s) => s.scope.stated_by.every((x) => sit.sources.includes(x)))
          // By its own excerpts only when it is not itself Katalog's reading and the statement names it (audit 15).
          .filter(
            (s) =>
              sit.named.includes(c.id) ||
              (!sit.inferred &&
                s.citations.every((x) => quotedBy(x, sit.citations)) &&
                namesSituation(sit.situation, s.citations)),
          ),
      );
      if (!reached.length) continue;
      const body = (await t.http.get(`/v1/format-fit/check?situation=${sit.id}`).expect(200)).body;
      const individual: {
        source: string;
        id: string;
        says: string;
        inferred: boolean;
        role?: string;
        citations: Cited[];
      }[] = body.data.individual;
      // Every row's own cell stays as it was, marked inferred where its column was lost.
      if (sit.own)
        expect(individual.find((f) => f.source === 'format-fit' && !f.role)?.inferred, sit.id).toBe(sit.own.inferred);
      for (const s of reached) {
        const row = rows.find((r) => lineOf(r).some((l) => s.citations.some((x) => same(x, l))));
        // A cell of a row shown for the situation (its own, or one whose line it cites) is stated by that row's own
        // flag, with its column.
        if (row && sit.shownRows.includes(row)) {
          const flag = individual.find((f) => f.source === 'format-fit' && f.id === row.id && !f.role);
          expect(flag?.says, sit.id).toContain(
            `"${String(row.individual_format)}" in the column "Individual format safer"`,
          );
          continue;
        }
        const shown = individual.filter(
          (f) => f.role === 'individual_more_suitable' && s.citations.every((x) => f.citations.some((y) => same(x, y))),
        );
        expect(shown.length, `${sit.id}: ${s.citations.map((x) => x.excerpt).join(' / ')}`).toBeGreaterThan(0);
        for (const f of shown) {
          // The source's statement, said to be its source's, in its own words: never Katalog's inference.
          expect(f.inferred).toBe(false);
          expect(f.says.startsWith(speakerOf({ stated_by: s.scope.stated_by })), f.says).toBe(true);
          expect(f.says).not.toMatch(/Katalog/);
          // Its excerpts quoted verbatim; a table cell named with its column, never the row's other cell.
          if (row)
            expect(f.says).toContain(`"${String(row.individual_format)}" in the column "Individual format safer"`);
          // A reporting source's sentence is quoted whole in single marks (its reported speaker's keep the double ones).
          else for (const x of s.citations) expect(f.says).toContain(s.scope.via ? x.excerpt : `"${x.excerpt}"`);
        }
        reachedBy.add(sit.id);
        checked++;
      }
    }
    // Not vacuous: the situations of the findings reach the Canadian article's own statements.
    for (const id of [
      'severe-interpersonal-trauma',
      'active-bipolar-disorders',
      'active-suicidality',
      'recent-severe-trauma-disclosure',
      'active-psychotic-symptoms',
      'active-mania-or-recent-hypomania',
      'borderline-personality-disorder-with-marked-instability',
      'complex-medical-comorbidities-requiring-close-monitoring',
      'active-substance-use-disorder',
    ])
      expect(reachedBy.has(id), id).toBe(true);
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  /**
   * Audit 14 A14-6: a contraindication and a fit-table row go together when the contraindication cites the row's line
   * in the table (an excerpt of the line's source that starts with the row's situation and that the line starts
   * with), whatever their ids. Asking for either shows both, each once, each with its own marks.
   */
  it('joins rows and contraindications by the table line they cite, not by equal ids', async () => {
    type Cited = { source_id: string; excerpt: string };
    type Rec = Record<string, unknown> & { id: string; citations: Cited[] };
    type Flag = { source: string; id: string; says: string; inferred: boolean; role?: string; citations: Cited[] };
    const none = new URLSearchParams();
    const contraindications = (await everyPage(t, 'contraindications', none)) as Rec[];
    const rows = (await everyPage(t, 'format-fit', none)) as Rec[];
    const pairs = contraindications.flatMap((c) =>
      rows.filter((r) => citesLine(c.citations, r)).map((r) => [c, r] as const),
    );
    const columnsOf = (c: Rec) => (c.applies_to === 'any' ? ['group', 'individual'] : [String(c.applies_to)]);
    const flagsOf = async (id: string) => {
      const body = (await t.http.get(`/v1/format-fit/check?situation=${id}`).expect(200)).body;
      const own = (column: 'group' | 'individual') => (body.data[column] as Flag[]).filter((f) => !f.role);
      // Each record once per column, whatever links to it.
      for (const column of ['group', 'individual'] as const) {
        const keys = own(column).map((f) => `${f.source}:${f.id}`);
        expect(keys, `${id} ${column}`).toEqual([...new Set(keys)]);
      }
      return { group: own('group'), individual: own('individual') };
    };
    const expectRow = (shown: { group: Flag[]; individual: Flag[] }, row: Rec, asked: string) => {
      for (const column of ['group', 'individual'] as const) {
        const f = shown[column].filter((x) => x.source === 'format-fit' && x.id === row.id);
        expect(f.length, `${asked}: row ${row.id} in ${column}`).toBe(1);
        for (const x of f) {
          // The row keeps its own mark: a column lost in extraction stays Katalog's inference.
          expect(x.inferred, `${asked}: row ${row.id}`).toBe(row.inferred);
          expect(x.says.startsWith('Katalog infers'), `${asked}: row ${row.id}`).toBe(row.inferred);
          expect(x.citations).toEqual(row.citations);
        }
      }
    };
    const expectFlag = (shown: { group: Flag[]; individual: Flag[] }, c: Rec, asked: string) => {
      for (const column of ['group', 'individual'] as const) {
        const f = shown[column].filter((x) => x.source === 'contraindications' && x.id === c.id);
        expect(f.length, `${asked}: flag ${c.id} in ${column}`).toBe(columnsOf(c).includes(column) ? 1 : 0);
        for (const x of f) {
          expect(x.inferred, `${asked}: flag ${c.id}`).toBe(
            c.inferred === true || (c.scope as { inferred: boolean }).inferred === true,
          );
          // The excerpts of the sources its statement is by (audit 20 A20-2: a note's other article is the record's).
          const by = (c.scope as { stated_by: string[] }).stated_by;
          const own = c.citations.filter((y) => by.includes(y.source_id));
          expect(x.citations).toEqual(own.length ? own : c.citations);
        }
      }
    };
    for (const c of contraindications) {
      const shown = await flagsOf(c.id);
      expectFlag(shown, c, c.id);
      for (const [, row] of pairs.filter(([x]) => x === c)) expectRow(shown, row, c.id);
    }
    for (const row of rows) {
      const shown = await flagsOf(row.id);
      expectRow(shown, row, row.id);
      for (const [c] of pairs.filter(([, r]) => r === row)) expectFlag(shown, c, row.id);
    }
    // Not vacuous: the pairs whose ids differ (the finding's) are linked, and every row of a group exclusion is.
    const joined = pairs.map(([c, r]) => `${c.id} ${r.id}`);
    for (const pair of [
      'active-substance-use-disorder-both-formats active-substance-use-disorder',
      'severe-interpersonal-trauma severe-interpersonal-trauma-or-active-ptsd-with-hypervigilance',
      'active-ptsd-with-hypervigilance severe-interpersonal-trauma-or-active-ptsd-with-hypervigilance',
      'recent-severe-trauma-disclosure recent-severe-trauma-disclosure-or-active-suicidality',
      'active-suicidality recent-severe-trauma-disclosure-or-active-suicidality',
      'active-psychotic-symptoms active-psychotic-symptoms',
    ])
      expect(joined, pair).toContain(pair);
    // The KAIR article's flag shares the row's id but not its line: it is shown for that id, and linked to no row.
    expect(joined.some((p) => p.startsWith('active-substance-use-disorder '))).toBe(false);

    // Audit 14 A14-5: asked by the Canadian flag's id, the individual column shows the row's individual cell with its
    // column, and the FAQ's "Individual format is safer in these cases.", beside the flag's "(exclusion in both)".
    const body = (
      await t.http.get('/v1/format-fit/check?situation=active-substance-use-disorder-both-formats').expect(200)
    ).body;
    const says: string[] = body.data.individual.map((f: Flag) => f.says);
    expect(
      says.filter((x) => x.includes('"(after stabilization)" in the column "Individual format safer"')),
    ).toHaveLength(1);
    expect(says.filter((x) => x.includes('Individual format is safer in these cases.'))).toHaveLength(1);
    expect(says.filter((x) => x.includes('"(exclusion in both)"')).length).toBeGreaterThan(0);
  });

  it('rejects unknown situation ids naming them', async () => {
    const res = await t.http.get('/v1/format-fit/check?situation=active-psychotic-symptoms,made-up').expect(400);
    expect(res.body.detail).toContain('made-up');
  });
});

describe('typed client (openapi-typescript + openapi-fetch)', () => {
  it('lists programs with typed filters and gets the cost comparison', async () => {
    const app = await startApp();
    try {
      const client = createClient<paths, 'application/json'>({ baseUrl: app.url });
      const programs = await client.GET('/v1/programs', {
        params: { query: { format: ['group'], country: ['CA'], sort: ['-duration_weeks'], limit: 5 } },
      });
      expect(programs.response.status).toBe(200);
      const first = programs.data?.data[0];
      expect(first && 'name' in first ? first.name : undefined).toBeTruthy();
      for (const p of programs.data?.data ?? []) expect(p.format).toBe('group');
      const cost = await client.GET('/v1/cost-comparison', { params: { query: { currency: ['CAD'] } } });
      expect(cost.data?.data[0]?.currency).toBe('CAD');
      const bad = await client.GET('/v1/programs/{id}', { params: { path: { id: 'no-such-program' } } });
      expect(bad.response.status).toBe(404);
      expect(bad.error).toMatchObject({ status: 404 });
    } finally {
      await app.close();
    }
  });
});

/**
 * The spec's example of /v1/cost-comparison is what the API serves (third reader LOW 2): each example pair's basis
 * and caveats equal the served pair of the same currency and programs.
 */
describe('the cost comparison example in the spec', () => {
  it('has the bases and caveats the API serves', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const content = spec.paths['/v1/cost-comparison'].get.responses['200'].content['application/json'];
    const examples = [
      ...((content.schema?.examples as unknown[]) ?? []),
      ...Object.values((content.examples ?? {}) as Record<string, { value?: unknown; $ref?: string }>).map(
        (e) => (e.$ref ? spec.components.examples[e.$ref.split('/').pop() as string] : e)?.value,
      ),
    ];
    const served = (await t.http.get('/v1/cost-comparison').expect(200)).body;
    type P = { basis: string; caveats: string[]; group: { price_id: string }; individual: { price_id: string } };
    type C = { currency: string; pairs: P[] };
    const pairs = (b: { data: C[] }) =>
      b.data.flatMap((c) =>
        c.pairs.map((p) => ({ key: `${c.currency}|${p.group.price_id}|${p.individual.price_id}`, p })),
      );
    const live = new Map(pairs(served).map(({ key, p }) => [key, p]));
    let checked = 0;
    for (const example of examples as { data: C[] }[]) {
      if (!Array.isArray(example?.data)) continue;
      for (const { key, p } of pairs(example)) {
        expect(live.has(key), key).toBe(true);
        expect(p.basis, key).toBe(live.get(key)?.basis);
        expect(p.caveats, key).toEqual(live.get(key)?.caveats);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/**
 * A cut example is still true (audit 18 A18-7, review 24 R24-4): each list keeps at least one item when the served one
 * has any, each item it keeps is (a cut of) an item the API serves for the example's request, and each member an object
 * keeps is the served one.
 */
function cutOf(example: unknown, served: unknown, at = ''): string[] {
  if (Array.isArray(example)) {
    if (!Array.isArray(served)) return [`${at}: not a list where one is served`];
    if (!example.length && served.length) return [`${at}: cut to none, ${served.length} served`];
    return example.flatMap((item, i) =>
      served.some((s) => !cutOf(item, s).length) ? [] : [`${at}[${i}]: not among the served items`],
    );
  }
  if (example && typeof example === 'object') {
    if (!served || typeof served !== 'object') return [`${at}: not an object where one is served`];
    // An object may be cut to some of its members (a revision's document); each it keeps is the served one.
    const keys = Object.keys(example);
    return keys.flatMap((k) =>
      cutOf((example as Record<string, unknown>)[k], (served as Record<string, unknown>)[k], `${at}.${k}`),
    );
  }
  return example === served ? [] : [`${at}: ${JSON.stringify(example)} where ${JSON.stringify(served)} is served`];
}

describe('cut examples in the spec are true (audit 18 A18-7)', () => {
  it.each([
    ['/v1/cost-comparison', '/v1/cost-comparison?currency=USD&limit=50'],
    ['/v1/format-fit/check', '/v1/format-fit/check?situation=active-psychotic-symptoms'],
    ['/v1/{collection}/{id}/revisions', '/v1/faqs/can-i-drive-home-after-a-group-session/revisions'],
  ])('%s: its example is the answer to %s, cut', async (path, request) => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const ok = spec.paths[path].get.responses['200'];
    const response = ok.$ref ? spec.components.responses[ok.$ref.split('/').pop()] : ok;
    const content = response.content['application/json'];
    const schema = content.schema?.$ref
      ? spec.components.schemas[content.schema.$ref.split('/').pop()]
      : content.schema;
    const examples = [
      ...((schema?.examples as unknown[]) ?? []),
      ...Object.values((content.examples ?? {}) as Record<string, { value?: unknown; $ref?: string }>).map(
        (e) => (e.$ref ? spec.components.examples[e.$ref.split('/').pop() as string] : e)?.value,
      ),
    ].filter(Boolean);
    expect(examples.length).toBeGreaterThan(0);
    const served = (await t.http.get(request).expect(200)).body;
    for (const example of examples) expect(cutOf(example, served)).toEqual([]);
  });
});
