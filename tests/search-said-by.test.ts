/**
 * A search hit says whose statement its record is (audit 19 A19-4: "Nausea occurred in fewer than 13% of sessions" came
 * with no speaker): a finding names its study as the citing article reports it, as its JSON-LD does; every other record
 * the articles its excerpts are from. Checked over hits of every collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Hit = { collection: string; id: string; said_by?: string };
const search = async (q: string, extra = '') =>
  (await t.http.get(`/v1/search?q=${encodeURIComponent(q)}&limit=100${extra}`).expect(200)).body.data as Hit[];

const ARTICLE = {
  'kair-group-therapy-unpacked': 'the KAIR article',
  'group-ketamine-therapy-canada': 'the Canadian article',
};
type Scoped = { scope?: { stated_by: string[]; inferred: boolean; via?: string | null } | null; inferred?: boolean };

describe('search hits say whose statement the record is', () => {
  it('names exactly the articles the record quotes, in one order, and says when the record is Katalog’s reading (review 25b)', async () => {
    let checked = 0;
    for (const q of ['group', 'format', 'individual', 'ketamine', 'trauma', 'anxiety', 'disorder', 'price']) {
      for (const hit of await search(q)) {
        if (hit.collection === 'findings') continue;
        const record = (await t.http.get(`/v1/${hit.collection}/${hit.id}`).expect(200)).body.data as Scoped & {
          citations: { source_id: string }[];
        };
        const quoted = Object.entries(ARTICLE).filter(([id]) => record.citations.some((c) => c.source_id === id));
        const said = hit.said_by ?? '';
        const reading = record.inferred === true;
        expect(said.startsWith("Katalog's reading of "), `${hit.id}: ${said}`).toBe(reading);
        expect(said.replace("Katalog's reading of ", ''), `${hit.collection}/${hit.id}`).toBe(
          quoted.map(([, name]) => name).join(' and '),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('every collection’s hits carry one, and a finding names its study as the article reports it', async () => {
    const seen = new Set<string>();
    for (const q of ['ketamine', 'group', 'therapy', 'session', 'article', 'participants', 'price']) {
      for (const hit of await search(q)) {
        seen.add(hit.collection);
        expect(hit.said_by, `${hit.collection}/${hit.id}`).toMatch(/^(Katalog's reading of )?(the |one |[A-Z0-9])/);
        if (hit.collection === 'findings')
          expect(hit.said_by, hit.id).toMatch(/, as the (KAIR|Canadian) article reports it$/);
      }
    }
    expect(seen).toEqual(new Set(resources.map((r) => r.path)));
  });

  it('the audit’s and the review’s instances', async () => {
    const said = async (q: string, id: string) => (await search(q)).find((h) => h.id === id)?.said_by;
    expect(await said('nausea', 'tsang-2023-nausea-under-13-percent-of-sessions')).toBe(
      'Tsang et al. 2023, as the Canadian article reports it',
    );
    expect(await said('privacy', 'strong-preference-for-privacy')).toBe('the KAIR article and the Canadian article');
    expect(await said('hypervigilance', 'active-ptsd-with-hypervigilance')).toBe(
      "Katalog's reading of the Canadian article",
    );
    expect(seedData.findings.some((f) => f.id === 'tsang-2023-nausea-under-13-percent-of-sessions')).toBe(true);
  });

  it('comes with fields=said_by, title or snippet, not with fields=id (review 25 R25-4)', async () => {
    for (const hit of await search('group', '&fields=id')) expect(hit).not.toHaveProperty('said_by');
    for (const hit of await search('group', '&fields=said_by'))
      expect(Object.keys(hit).sort()).toEqual(['collection', 'id', 'said_by']);
    for (const hit of await search('group', '&fields=snippet'))
      expect(Object.keys(hit).sort()).toEqual(['collection', 'id', 'said_by', 'snippet']);
  });
});
