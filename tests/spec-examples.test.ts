/**
 * A spec example never states facts that differ from what the API serves (fifth reader LOW 1: the cost-comparison
 * example's hedges and amount_text were not the served ones). Every JSON example of a GET response whose request is
 * known (its `links.self`, the record it shows, or the fixed route) is compared, value by value, with what that
 * request serves on the seeded database. Allowed, and only these: a list cut to its first items where the response
 * says so ("cut"), an opaque cursor (any string where one is served), and a URL's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Json = Record<string, unknown>;
const CURSORS = new Set(['next_cursor', 'cursor']);
const path = (u: string) => u.replace(/^https?:\/\/[^/]+/, '');

/** Where the example differs from the served body; `cut` allows a list to be a prefix of the served one. */
function differences(example: unknown, served: unknown, cut: boolean, at = '$'): string[] {
  if (Array.isArray(example)) {
    if (!Array.isArray(served)) return [`${at}: a list where the API serves ${JSON.stringify(served)}`];
    if (cut ? example.length > served.length : example.length !== served.length)
      return [`${at}: ${example.length} items where the API serves ${served.length}`];
    return example.flatMap((x, i) => differences(x, served[i], cut, `${at}[${i}]`));
  }
  if (example && typeof example === 'object') {
    if (!served || typeof served !== 'object' || Array.isArray(served)) return [`${at}: not what the API serves`];
    const keys = (o: object) => Object.keys(o).sort().join(',');
    if (keys(example) !== keys(served)) return [`${at}: fields ${keys(example)} where the API serves ${keys(served)}`];
    return Object.entries(example as Json).flatMap(([k, v]) => {
      const s = (served as Json)[k];
      if (CURSORS.has(k) || (k === 'next' && at.endsWith('.links')))
        return (v === null) === (s === null) ? [] : [`${at}.${k}: ${JSON.stringify(v)} where the API serves ${s}`];
      return differences(v, s, cut, `${at}.${k}`);
    });
  }
  if (typeof example === 'string' && typeof served === 'string' && /^(https?:|\/)/.test(served))
    return path(example) === path(served) ? [] : [`${at}: ${example} where the API serves ${served}`];
  return example === served ? [] : [`${at}: ${JSON.stringify(example)} where the API serves ${JSON.stringify(served)}`];
}

/** The request an example shows: its `links.self`, the record of a single read, or the fixed routes below. */
const FIXED: Record<string, string> = {
  getDatasetIndex: '/v1',
  getDisclaimer: '/v1/disclaimer',
  getLifecycle: '/v1/lifecycle',
  listChanges: '/v1/changes?limit=1',
  checkFormatFit: '/v1/format-fit/check?situation=active-psychotic-symptoms',
};

describe('every spec example is what the API serves', () => {
  it('holds for every JSON example of a GET response', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const bad: string[] = [];
    let checked = 0;
    for (const [route, ops] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
      const op = ops.get as
        | { operationId: string; responses: Record<string, { description?: string; content?: Record<string, Json> }> }
        | undefined;
      const ok = op?.responses['200'];
      const media = ok?.content?.['application/json'] as { examples?: Record<string, { $ref?: string }> } | undefined;
      if (!op || !media?.examples) continue;
      for (const ref of Object.values(media.examples)) {
        const example = (ref.$ref ? spec.components.examples[ref.$ref.split('/').pop() as string] : ref) as {
          value: Json;
        };
        const value = example.value;
        const self = (value.links as Json | undefined)?.self;
        const record = route.endsWith('/{id}') ? (value.data as Json | undefined)?.id : undefined;
        const url =
          typeof self === 'string'
            ? path(self)
            : typeof record === 'string'
              ? route.replace('{id}', record)
              : FIXED[op.operationId];
        if (!url) continue;
        const res = await t.http.get(url);
        if (res.status !== 200) continue;
        const cut = /\bcut\b/.test(ok?.description ?? '');
        for (const d of differences(value, res.body, cut)) bad.push(`${op.operationId} (${url}) ${d}`);
        checked++;
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it("holds for the record example on every collection's schema (what pages, reads and writes show as data)", async () => {
    const spec = (await t.http.get('/openapi.json')).body as { components: { schemas: Record<string, Json> } };
    const bad: string[] = [];
    for (const r of resources) {
      const name = `${r.singular}${Object.keys(r.query.includes).length ? 'Expanded' : ''}`;
      const example = (spec.components.schemas[name]?.examples as Json[] | undefined)?.[0];
      expect(example, name).toBeDefined();
      const res = await t.http.get(`/v1/${r.path}/${String(example?.id)}`);
      expect(res.status, name).toBe(200);
      for (const d of differences(example, res.body.data, false)) bad.push(`${name} ${d}`);
    }
    expect(bad).toEqual([]);
  });

  it('would catch the audit’s instance: a hedge or an amount_text the API does not serve', () => {
    const served = { hedges: ['~', 'Approximate cost'], amount_text: '~CAD $7,500 + tax' };
    expect(differences({ hedges: ['~'], amount_text: '~CAD $7,500 + tax' }, served, false)).toHaveLength(1);
    expect(differences({ hedges: ['~', 'Approximate cost'], amount_text: 'CAD $7,500 + tax' }, served, true)).toEqual([
      '$.amount_text: "CAD $7,500 + tax" where the API serves "~CAD $7,500 + tax"',
    ]);
  });
});
