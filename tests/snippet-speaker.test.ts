/**
 * A search hit quoting both articles says whose words its snippet gives (audit 20 A20-1: "…It says doses typically
 * range from 100mg to 400mg…" came with `said_by` "the KAIR article and the Canadian article", and the Canadian
 * article gives no dose). Checked on the audit's instances, then on every guide item and session rule of such a
 * record, whose scope says whose it is: a query of its own words finds a snippet naming that speaker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_NAMES } from '../seed/articles.js';
import { seedData } from '../seed/data/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

type Hit = { collection: string; id: string; snippet: string; said_by: string };
const search = async (q: string, collection?: string) =>
  (
    await t.http
      .get(`/v1/search?q=${encodeURIComponent(q)}&limit=100${collection ? `&collection=${collection}` : ''}`)
      .expect(200)
  ).body.data as Hit[];
const hitOf = async (q: string, collection: string, id: string) => {
  const hit = (await search(q, collection)).find((h) => h.id === id);
  expect(hit, `${q}: ${collection}/${id}`).toBeDefined();
  return hit as Hit;
};
const BOTH = 'the KAIR article and the Canadian article';
const WORDS: Record<string, string> = Object.fromEntries(
  Object.entries(ARTICLE_NAMES).map(([id, name]) => [id, name.replace(/^the /, '')]),
);

/** The article the snippet shows as the speaker of its first match: the last named before it, else the first after. */
function shownSpeaker(snippet: string): string | undefined {
  const first = snippet.indexOf('<mark>');
  const named = Object.entries(WORDS).flatMap(([id, word]) =>
    [...snippet.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => ({ id, at: m.index })),
  );
  const before = named.filter((n) => n.at < first).sort((a, b) => b.at - a.at)[0];
  const after = named.filter((n) => n.at > first).sort((a, b) => a.at - b.at)[0];
  return (before ?? after)?.id;
}

describe('a snippet of a hit quoting both articles says whose its words are', () => {
  it('the audit’s instances open with the speaker the cut hides', async () => {
    for (const [q, collection, id, speaker] of [
      ['sublingual', 'dosing-routes', 'sublingual', 'The KAIR article'],
      ['doses', 'dosing-routes', 'intramuscular', 'The KAIR article'],
      ['eye mask', 'session-phases', 'dosing-experience', 'The KAIR article'],
      ['fasting', 'session-phases', 'pre-session-preparation', 'The KAIR article'],
      ['nausea', 'guides', 'guide-side-effects-and-risks', 'The Canadian article'],
      ['telehealth', 'guides', 'guide-insurance-and-financial-assistance', 'The KAIR article'],
      ['BIPOC', 'guides', 'guide-insurance-and-financial-assistance', 'The KAIR article'],
      ['billing convenience', 'guides', 'guide-group-dynamics', 'The Canadian article'],
    ] as const) {
      const hit = await hitOf(q, collection, id);
      expect(hit.said_by).toBe(BOTH);
      expect(hit.snippet.startsWith(`${speaker}: `), `${q}: ${hit.snippet}`).toBe(true);
    }
  });

  it('a snippet whose own words name its speaker gets no prefix, and a hit quoting one article none', async () => {
    const named = await hitOf('instead names', 'contraindications', 'history-of-psychosis-or-schizophrenia');
    expect(named.snippet).toMatch(/^…The Canadian article <mark>instead<\/mark>/);
    for (const hit of await search('group'))
      if (hit.said_by !== BOTH) expect(hit.snippet, `${hit.collection}/${hit.id}`).not.toMatch(/^The \w+ article: /);
  });

  it('every guide item and session rule of a record quoting both is found with a snippet naming its speaker', async () => {
    const cases = [
      ...seedData.guides.flatMap((g) => g.items.map((i) => ['guides', g.id, i.text, i.scope.stated_by] as const)),
      ...seedData.session_phases.flatMap((p) =>
        p.practical_rules.map((r) => ['session-phases', p.id, r.rule, r.scope.stated_by] as const),
      ),
    ];
    let checked = 0;
    const wrong: string[] = [];
    for (const [collection, id, text, by] of cases) {
      if (by.length !== 1) continue;
      // Four words of its own from the middle of the text (no article names, no numbers): its passage.
      const words = text
        .replace(/\b(KAIR|Canadian) article\b/g, ' ')
        .split(/[^A-Za-z]+/)
        .filter((w) => w.length > 3);
      if (words.length < 6) continue;
      const mid = Math.floor(words.length / 2) - 2;
      const q = words.slice(mid, mid + 4).join(' ');
      const hit = (await search(q, collection)).find((h) => h.id === id);
      if (!hit || hit.said_by !== BOTH) continue;
      checked++;
      const shown = shownSpeaker(hit.snippet);
      if (shown !== by[0]) wrong.push(`${collection}/${id} q="${q}": ${by[0]} but ${hit.snippet}`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});
