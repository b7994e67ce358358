/**
 * The fit check derives, per record and data version, the flags the table links to a row or contraindication and the
 * individual format's statements a situation reaches (`Repository.perVersion`). What it answers for a set of ids is
 * the same whatever was asked before (nothing derived for one record depends on the others asked), and a write is seen
 * by the next request (nothing derived outlives the data version it was computed on).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { startApp, type TestApp } from './helpers.js';

type Flag = { source: string; id: string; role?: string };
type Check = { data: { group: Flag[]; individual: Flag[] } };

const ids = [...new Set([...seedData.format_fit, ...seedData.contraindications].map((r) => r.id))];
const check = async (t: TestApp, asked: string[]) =>
  (await t.http.get(`/v1/format-fit/check?situation=${asked.join(',')}`).expect(200)).body as Check;

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startApp({ RESPONSE_CACHE: 'false' });
  b = await startApp({ RESPONSE_CACHE: 'false' });
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe('the fit check’s derived links and statements', () => {
  it('answer every pair of ids the same whatever was asked before', async () => {
    const pairs = ids.flatMap((x) => ids.filter((y) => y !== x).map((y) => [x, y]));
    // One app derives each record first alone, then in pairs in one order; the other in pairs in the reverse order.
    for (const id of ids) await check(a, [id]);
    const first = new Map<string, string>();
    for (const pair of pairs) first.set(pair.join(','), JSON.stringify(await check(a, pair)));
    let compared = 0;
    for (const pair of [...pairs].reverse()) {
      expect(JSON.stringify(await check(b, pair)), pair.join(',')).toBe(first.get(pair.join(',')));
      compared++;
    }
    expect(compared).toBe(ids.length * (ids.length - 1));
    // The pairs show linked records and individual statements, so the comparison covers them.
    const answers = [...first.values()].map((x) => JSON.parse(x) as Check);
    expect(answers.some((x) => x.data.individual.some((f) => f.role === 'individual_more_suitable'))).toBe(true);
  });

  it('show a statement two ids reach under the same situation, whatever their order (hostile H-8)', async () => {
    type Stated = Flag & { situation: string; citations: unknown };
    // Each statement with the situation it is shown under (once per id asked that reaches it).
    const labels = (x: Check) =>
      (x.data.individual as Stated[])
        .filter((f) => f.role === 'individual_more_suitable')
        .map((f) => `${f.source}/${f.id}/${JSON.stringify(f.citations)} under ${f.situation}`)
        .sort();
    let shared = 0;
    for (const [i, x] of ids.entries())
      for (const y of ids.slice(i + 1)) {
        const [one, other] = [labels(await check(a, [x, y])), labels(await check(a, [y, x]))];
        expect(other, `${x},${y}`).toEqual(one);
        shared += one.length;
      }
    expect(shared).toBeGreaterThan(0);
  });

  it('show the same statements for the same ids in either order (hostile 13 H13-16)', async () => {
    type Stated = Flag & { citations: unknown; role?: string };
    const statements = (x: Check) =>
      (['group', 'individual'] as const)
        .flatMap((column) =>
          (x.data[column] as Stated[]).map(
            (f) => `${column}|${f.source}/${f.id}|${f.role ?? ''}|${JSON.stringify(f.citations)}`,
          ),
        )
        .sort();
    for (const [i, x] of ids.entries())
      for (const y of ids.slice(i + 1))
        expect(statements(await check(a, [y, x])), `${x},${y}`).toEqual(statements(await check(a, [x, y])));
  });

  it('see a write at the next request: a flag no longer citing a row’s line and a condition statement removed are gone', async () => {
    const key = createKey(a.db, 'editor-fit-check', 'write').key;
    const auth = { authorization: `Bearer ${key}` };
    const etag = async (path: string) => String((await a.http.get(path).expect(200)).headers.etag);

    // A contraindication shown for a row only because it cites the row's table line (a different id), and citing more.
    const linked = seedData.format_fit.flatMap((row) =>
      seedData.contraindications
        .filter((c) => c.id !== row.id)
        .map((c) => ({
          row: row.id,
          flag: c.id,
          line: (x: { excerpt: string }) => x.excerpt.startsWith(row.situation),
        }))
        .filter(({ flag, line }) => {
          const cited = seedData.contraindications.find((c) => c.id === flag)?.citations ?? [];
          return cited.some(line) && !cited.every(line);
        }),
    );
    expect(linked.length).toBeGreaterThan(0);
    const { row, flag, line } = linked[0] as (typeof linked)[number];
    const shown = (x: Check) => x.data.group.concat(x.data.individual).some((f) => f.id === flag);
    expect(shown(await check(a, [row]))).toBe(true);
    // It no longer cites the row's line: the table no longer links them.
    const flagPath = `/v1/contraindications/${flag}`;
    const cited = (await a.http.get(flagPath).expect(200)).body.data.citations as { excerpt: string }[];
    const unlinked = await a.http
      .patch(flagPath)
      .set(auth)
      .set('if-match', await etag(flagPath))
      .set('content-type', 'application/merge-patch+json')
      .send({ citations: cited.filter((x) => !line(x)) });
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(200);
    expect(shown(await check(a, [row]))).toBe(false);

    // A condition's statement that the individual format is safer, shown for an id; without it, it is not shown.
    const withStatement = ids.map((id) => ({ id, flags: [] as Flag[] })).filter((x) => x.id !== row && x.id !== flag);
    for (const x of withStatement)
      x.flags = (await check(a, [x.id])).data.individual.filter((f) => f.source === 'conditions');
    const target = withStatement.find((x) => x.flags.length > 0);
    expect(target).toBeDefined();
    const { id, flags } = target as { id: string; flags: Flag[] };
    const conditionId = (flags[0] as Flag).id;
    const path = `/v1/conditions/${conditionId}`;
    const condition = (await a.http.get(path).expect(200)).body.data as {
      role_statements: { role: string }[];
    };
    const kept = condition.role_statements.filter((s) => s.role !== 'individual_more_suitable');
    const roles = [...new Set(kept.map((s) => s.role))];
    const patched = await a.http
      .patch(path)
      .set(auth)
      .set('if-match', await etag(path))
      .set('content-type', 'application/merge-patch+json')
      .send({ role_statements: kept, roles });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const after = (await check(a, [id])).data.individual.filter((f) => f.source === 'conditions');
    expect(after.filter((f) => f.id === conditionId)).toEqual([]);
  });
});
