/**
 * Hostile 21 H21-9, H21-10: a reference whose record the holder's texts must name (`namedIn`). A contraindication of
 * substance use filed under depression, a program listed as treating psychosis or given routes none of its excerpts
 * names, a finding of depression under psychosis, and Roots to Thrive's price moved to a Colorado program were each
 * taken (200) and served by `?condition_id=`, `?condition=`, `include=prices` and the cost comparison.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';

describe('a referenced condition, route or program is one the record’s texts name (H21-9, H21-10)', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp();
    key = createKey(t.db, 'named', 'write').key;
  });
  afterAll(() => t.close());

  const patch = (path: string, body: object) =>
    t.http
      .patch(path)
      .set('authorization', `Bearer ${key}`)
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify(body));

  /** A 422 problem naming exactly `fields`, and the record served as before. */
  const refused = async (path: string, body: object, fields: string[]) => {
    const before = (await t.http.get(path).expect(200)).body.data;
    const res = await patch(path, body);
    expect(res.status, `${path} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { name: string }) => e.name)).toEqual(fields);
    expect((await t.http.get(path).expect(200)).body.data).toEqual(before);
    return res.body.errors as { name: string; detail: string }[];
  };

  it('refuses a condition the record’s texts do not name, and names what they would need to write', async () => {
    const [error] = await refused(
      '/v1/contraindications/active-substance-use-disorder',
      { condition_ids: ['depression'] },
      ['condition_ids[0]'],
    );
    expect(error?.detail).toContain('conditions/depression ("Depression")');
    await refused(
      '/v1/programs/colorado-five-week-group',
      { conditions: ['depression', 'addiction', 'ptsd', 'psychosis'] },
      ['conditions[3]'],
    );
    await refused('/v1/findings/healthcare-providers-depression-79-percent-improved', { condition: 'psychosis' }, [
      'condition',
    ]);
    await refused(
      '/v1/studies/eating-disorders-group-ketamine-case-series',
      { conditions: ['eating-disorders', 'psychosis'] },
      ['conditions[1]'],
    );
    // Nothing filed under the condition it was refused for.
    const listed = (await t.http.get('/v1/contraindications?condition_id=depression&fields=id').expect(200)).body
      .data as { id: string }[];
    expect(listed.map((c) => c.id)).not.toContain('active-substance-use-disorder');
  });

  it('takes a condition its texts name by an alternate name, and one listed as Katalog’s reading', async () => {
    // "Active PTSD with hypervigilance" names ptsd by its alternate name "PTSD".
    const ptsd = await patch('/v1/contraindications/active-ptsd-with-hypervigilance', { condition_ids: ['ptsd'] });
    expect(ptsd.status).toBe(200);
    // The esketamine case's "depression that hadn't responded to traditional treatments" is labelled
    // treatment-resistant depression as Katalog's reading; without that mark it is refused.
    const path = '/v1/findings/esketamine-case-brighter-mood';
    const record = (await t.http.get(path).expect(200)).body.data as { inferred_fields: string[] };
    expect(record.inferred_fields).toContain('condition');
    const [error] = await refused(path, { inferred_fields: record.inferred_fields.filter((f) => f !== 'condition') }, [
      'condition',
    ]);
    expect(error?.detail).toContain('a label Katalog gives to what its texts write is listed in inferred_fields');
  });

  it('reads a name where the record’s own words write it, whole, and a label only of what its texts speak of (review 41)', async () => {
    // R41-1: the substance-use exclusion cites a list that names psychosis; its condition does not.
    await refused('/v1/contraindications/active-substance-use-disorder', { condition_ids: ['psychosis'] }, [
      'condition_ids[0]',
    ]);
    // R41-2: the GAD-7 anxiety finding is no PTSD finding, though an excerpt of its study names PTSD.
    await refused('/v1/findings/firefighters-gad7-anxiety-decreased', { condition: 'ptsd' }, ['condition']);
    // R41-3: "trauma-informed integration" names no trauma.
    await refused('/v1/programs/roots-to-thrive-group', { conditions: ['trauma'] }, ['conditions[0]']);
    // R41-14: listing the field as Katalog's reading is no way round the check.
    const colorado = (await t.http.get('/v1/programs/colorado-five-week-group').expect(200)).body.data as {
      inferred_fields: string[];
    };
    await refused(
      '/v1/programs/colorado-five-week-group',
      {
        conditions: ['depression', 'addiction', 'ptsd', 'psychosis'],
        inferred_fields: [...colorado.inferred_fields, 'conditions'],
      },
      ['conditions[3]'],
    );
    await refused(
      '/v1/prices/roots-to-thrive-group-price',
      { program_id: 'colorado-five-week-group', inferred_fields: ['program_id'] },
      ['program_id'],
    );
  });

  it('takes a name without the degree it opens with, not with another degree (review 42 R42-10, review 43 R43-3)', async () => {
    const path = '/v1/contraindications/serious-heart-conditions';
    const before = (await t.http.get(path).expect(200)).body.data as { condition: string };
    const res = await patch(path, { condition: 'Heart conditions' });
    expect(res.status, res.text).toBe(200);
    expect((await patch(path, { condition: before.condition })).status).toBe(200);
    await refused(path, { condition: 'Mild or well-controlled heart conditions' }, ['condition_ids[0]']);
    await refused(
      '/v1/contraindications/uncontrolled-high-blood-pressure',
      { condition: 'Controlled high blood pressure' },
      ['condition_ids[0]'],
    );
  });

  it('takes the organization a first sentence names first, and a study’s one condition only where the measure names no other (review 43 R43-1, R43-4)', async () => {
    await refused('/v1/programs/port-credit-group-integration', { organization_id: 'atma-cena' }, ['organization_id']);
    const finding = '/v1/findings/eating-disorders-depression-improved-4-of-5';
    const record = (await t.http.get(finding).expect(200)).body.data as { inferred_fields: string[] };
    await refused(
      finding,
      { condition: 'eating-disorders', inferred_fields: [...new Set([...record.inferred_fields, 'condition'])] },
      ['condition'],
    );
  });

  it('grounds a label in every word of the name, or in its study’s one condition (review 42 R42-5, R42-7)', async () => {
    const labelled = async (id: string, condition: string) => {
      const record = (await t.http.get(`/v1/findings/${id}`).expect(200)).body.data as { inferred_fields: string[] };
      return refused(
        `/v1/findings/${id}`,
        { condition, inferred_fields: [...new Set([...record.inferred_fields, 'condition'])] },
        ['condition'],
      );
    };
    // A study of several conditions lends none of them to a finding that names another.
    await labelled('firefighters-gad7-anxiety-decreased', 'ptsd');
    await labelled('healthcare-providers-92-percent-less-interference', 'depression');
    // "blood-pressure elevations" is no uncontrolled high blood pressure; a study title's "Treatment" no depression.
    await labelled('tsang-2023-blood-pressure-elevation-12-percent', 'high-blood-pressure');
    await labelled('tsang-2023-nausea-under-13-percent-of-sessions', 'treatment-resistant-depression');
    // The condition measured is the measure's, not the population's its summary names (review 42 R42-6).
    await refused('/v1/findings/eating-disorders-depression-improved-4-of-5', { condition: 'eating-disorders' }, [
      'condition',
    ]);
  });

  it('refuses a route no excerpt names, and a price moved to a program its texts do not name', async () => {
    await refused('/v1/programs/colorado-five-week-group', { routes: ['intramuscular', 'sublingual'] }, [
      'routes[0]',
      'routes[1]',
    ]);
    const before = (await t.http.get('/v1/cost-comparison').expect(200)).body;
    await refused('/v1/prices/roots-to-thrive-group-price', { program_id: 'colorado-five-week-group' }, ['program_id']);
    expect((await t.http.get('/v1/cost-comparison').expect(200)).body).toEqual(before);
    // A program moved to another organization, likewise, one its description names only later, to compare or as a
    // partner (review 42 R42-8).
    await refused('/v1/programs/roots-to-thrive-group', { organization_id: 'atma-cena' }, ['organization_id']);
    await refused('/v1/programs/port-credit-group-integration', { organization_id: 'roots-to-thrive' }, [
      'organization_id',
    ]);
    await refused('/v1/programs/roots-to-thrive-group', { organization_id: 'snuneymuxw-first-nation' }, [
      'organization_id',
    ]);
    // Its own program, named by its label and excerpts ("Roots to Thrive Group (12 weeks, 3 sessions)").
    expect(
      (await patch('/v1/prices/roots-to-thrive-group-price', { program_id: 'roots-to-thrive-group' })).status,
    ).toBe(200);
  });
});
