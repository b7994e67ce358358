/**
 * A search hit says whose statement its record is (audit 19 A19-4: "Nausea occurred in fewer than 13% of sessions" came
 * with no speaker): a finding names its study as the citing article reports it, as its JSON-LD does; every other record
 * the articles its excerpts are from. Checked over hits of every collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speakers } from '../seed/articles.js';
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

describe('search hits say whose statement the record is', () => {
  it('every collection’s hits: a finding by its study as the article reports it, any other by its articles', async () => {
    const seen = new Set<string>();
    for (const q of ['ketamine', 'group', 'therapy', 'session', 'article', 'participants', 'price']) {
      for (const hit of await search(q)) {
        seen.add(hit.collection);
        const record = (await t.http.get(`/v1/${hit.collection}/${hit.id}`).expect(200)).body.data as {
          citations: { source_id: string }[];
        };
        const cited = speakers([...new Set(record.citations.map((c) => c.source_id))]);
        if (hit.collection === 'findings') {
          const ld = (await t.http.get(`/v1/findings/${hit.id}.jsonld`).expect(200)).body as { description: string };
          expect(hit.said_by, hit.id).toMatch(new RegExp(`, as ${cited} reports it$`));
          expect(ld.description.startsWith(hit.said_by?.replace(/, as .*$/, '') ?? '-'), hit.id).toBe(true);
        } else expect(hit.said_by, `${hit.collection}/${hit.id}`).toBe(cited);
      }
    }
    expect(seen).toEqual(new Set(resources.map((r) => r.path)));
  });

  it('the audit’s instance: the nausea figure is Tsang et al. 2023’s, as the Canadian article reports it', async () => {
    const nausea = (await search('nausea')).find((h) => h.id === 'tsang-2023-nausea-under-13-percent-of-sessions');
    expect(nausea?.said_by).toBe('Tsang et al. 2023, as the Canadian article reports it');
    expect(seedData.findings.some((f) => f.id === nausea?.id)).toBe(true);
  });

  it('comes with fields=said_by, not with fields=id', async () => {
    for (const hit of await search('group', '&fields=id')) expect(hit).not.toHaveProperty('said_by');
    for (const hit of await search('group', '&fields=said_by'))
      expect(Object.keys(hit).sort()).toEqual(['collection', 'id', 'said_by']);
  });
});
