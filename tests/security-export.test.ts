/**
 * Exports that answered 200 and then dropped the connection (issue 14, item 7): a bad query on any
 * export format is the JSON list's 400 problem, before any header or byte of the export is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './helpers.js';
import { expectProblem, send } from './raw-http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('exports answer a bad query before sending anything', () => {
  const withoutIds = (b: Record<string, unknown>) => ({ ...b, request_id: undefined, instance: undefined });
  it.each([
    '?price_lte=1',
    '?price_gte=100&price_currency=CAD,USD',
    '?price_lte=1&format=group',
    '?sort=nope',
    '?updated_since=yesterday',
    '?colour=red',
  ])('%s: every export format gives the JSON list’s 400', async (query) => {
    const list = await send(t, 'GET', `/v1/programs${query}`);
    const expected = expectProblem(list, 400);
    const exports: Array<[string, Record<string, string>]> = [
      [`/v1/programs.csv${query}`, {}],
      [`/v1/programs.ndjson${query}`, {}],
      [`/v1/programs${query}`, { accept: 'text/csv' }],
      [`/v1/programs${query}`, { accept: 'application/x-ndjson' }],
    ];
    for (const [path, headers] of exports) {
      const res = await send(t, 'GET', path, headers);
      const body = expectProblem(res, 400);
      expect(res.headers['content-disposition']).toBeUndefined();
      // The same problem, but for the parameters only the list takes.
      if (!path.includes('.csv') && !path.includes('.ndjson')) expect(withoutIds(body)).toEqual(withoutIds(expected));
      else
        expect(body.errors?.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining([expect.any(String)]));
    }
  });

  it('price_lte on the .csv export is the same problem as on the list, naming price_currency', async () => {
    const list = JSON.parse((await send(t, 'GET', '/v1/programs?price_lte=1')).body);
    for (const path of ['/v1/programs.csv?price_lte=1', '/v1/programs.ndjson?price_lte=1']) {
      const body = expectProblem(await send(t, 'GET', path), 400);
      expect(withoutIds(body)).toEqual(withoutIds(list));
      expect(body.errors[0].name).toBe('price_currency');
    }
  });

  it('a good query still streams', async () => {
    const res = await send(t, 'GET', '/v1/programs.csv?price_lte=100000&price_currency=CAD');
    expect(res.status).toBe(200);
    expect(res.body.split('\r\n')[0]).toMatch(/^id,/);
    expect(res.body.split('\r\n').length).toBeGreaterThan(2);
  });
});
