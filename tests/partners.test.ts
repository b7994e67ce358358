import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../openapi/katalog.js';
import { startApp, type TestApp } from './helpers.js';

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
  it('matches figures recomputed independently from /v1/prices, per currency, never mixed', async () => {
    const prices: P[] = (await t.http.get('/v1/prices?limit=100').expect(200)).body.data;
    const res = await t.http.get('/v1/cost-comparison').expect(200);
    expect(res.body.disclaimer).toMatch(/not medical advice/);
    expect(res.body.data.map((c: { currency: string }) => c.currency)).toEqual(['CAD', 'USD']);
    for (const cur of res.body.data) {
      for (const u of cur.by_unit) {
        for (const f of ['group', 'individual'] as const) {
          const used = prices.filter(
            (p) => p.currency === cur.currency && p.unit === u.unit && p.format === f && p.amount_min !== null,
          );
          if (!used.length) {
            expect(u[f]).toBeNull();
            continue;
          }
          expect(u[f].price_ids.sort()).toEqual(used.map((p) => p.id).sort());
          expect(u[f].min).toBe(Math.min(...used.map((p) => p.amount_min as number)));
          const open = used.some((p) => p.open_ended);
          expect(u[f].max).toBe(open ? null : Math.max(...used.map((p) => p.amount_max ?? (p.amount_min as number))));
        }
        if (u.group && u.individual) {
          expect(u.saving.min).toBe(u.group.max === null ? null : u.individual.min - u.group.max);
          expect(u.saving.max).toBe(u.individual.max === null ? null : u.individual.max - u.group.min);
        }
        for (const id of [...(u.group?.price_ids ?? []), ...(u.individual?.price_ids ?? [])]) {
          expect(prices.find((p) => p.id === id)?.currency).toBe(cur.currency);
        }
      }
    }
  });

  it('gives per-session figures only where the source gives the session count', async () => {
    const res = await t.http.get('/v1/cost-comparison?currency=CAD').expect(200);
    const cad = res.body.data[0];
    const derived = Object.fromEntries(
      cad.per_medicine_session.derived_from.map((d: { price_id: string; per_session: number }) => [
        d.price_id,
        d.per_session,
      ]),
    );
    expect(derived['roots-to-thrive-group-price']).toBe(1950); // CAD 5,850 / 3 sessions
    expect(derived['roots-to-thrive-individual-price']).toBe(2500); // CAD 7,500 / 3 sessions
    const reasons = Object.fromEntries(
      cad.not_comparable.map((n: { price_id: string; reason: string }) => [n.price_id, n.reason]),
    );
    expect(reasons['atma-cena-customized-kat-price']).toMatch(/range/);
    expect(reasons['atma-cena-member-clinic-group-integration-price']).toMatch(/Varies by clinic/);
  });

  it('filters by country and program, and rejects bad input', async () => {
    const us = await t.http.get('/v1/cost-comparison?country=US').expect(200);
    for (const c of us.body.data) expect(c.currency).toBe('USD');
    const one = await t.http.get('/v1/cost-comparison?program_id=roots-to-thrive-group').expect(200);
    expect(one.body.data[0].by_unit[0].group.price_ids).toEqual(['roots-to-thrive-group-price']);
    expect(one.body.data[0].by_unit[0].individual).toBeNull();
    await t.http.get('/v1/cost-comparison?currency=cad').expect(400);
  });

  it('says when compared amounts have different tax notes', async () => {
    const res = await t.http
      .get('/v1/cost-comparison?program_id=roots-to-thrive-group,roots-to-thrive-individual')
      .expect(200);
    const perProgram = res.body.data[0].by_unit.find((u: { unit: string }) => u.unit === 'per_program');
    expect(perProgram.group.tax_notes).toEqual(['+ GST']);
    expect(perProgram.individual.tax_notes).toEqual(['+ tax']);
    expect(perProgram.saving).toEqual({ min: 1650, max: 1650 });
    expect(perProgram.note).toMatch(/tax notes differ/);
  });
});

describe('format-fit check', () => {
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
    ]);
    expect(flags(individual)).toEqual([
      'format-fit:active-psychotic-symptoms',
      'contraindications:pregnancy-or-breastfeeding',
    ]);
    expect(individual[0].says).toContain('✓ (or exclusion)');
    for (const f of [...group, ...individual]) expect(f.citations.length).toBeGreaterThan(0);
    expect(res.body.disclaimer).toMatch(/not medical advice/);
    expect(JSON.stringify(res.body)).not.toMatch(/\beligible\b/i);
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
