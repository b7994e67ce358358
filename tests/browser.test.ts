/**
 * Swagger UI in a real browser: Debian's Chromium (installed by .ci/run when missing) opens /docs,
 * opens the programs tag, expands GET /v1/programs, presses "Try it out" and "Execute", and sees a
 * 200 with the unfiltered list, under the Content-Security-Policy the API sends. It also times how
 * long /docs takes to show its tag list against Swagger UI showing a minimal spec with the same
 * operations (rounds alternate); the times are printed and written to tests/artifacts/ (git-ignored)
 * but never asserted: tests do not depend on timing. A screenshot goes to tests/artifacts/ too.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED: the browser test needs Chromium at ${CHROMIUM} (.ci/run installs it).`);
/** Rounds of each page in the timing (alternating). */
const ROUNDS = Number(process.env.DOCS_TIMING_ROUNDS ?? 3);

type Spec = { paths: Record<string, Record<string, { tags?: string[]; summary?: string; operationId?: string }>> };

let t: TestApp;
let base: string;
let browser: Browser;
beforeAll(async () => {
  t = await startApp();
  base = t.url;
  if (available) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }
});
afterAll(async () => {
  await browser?.close();
  await t.close();
});

/** The same paths, methods, tags and summaries as Katalog's spec, and nothing else. */
function minimalSpec(spec: Spec & { info: object; tags?: unknown[] }) {
  const paths = Object.fromEntries(
    Object.entries(spec.paths).map(([path, ops]) => [
      path,
      Object.fromEntries(
        Object.entries(ops).map(([method, op]) => [
          method,
          {
            tags: op.tags,
            summary: op.summary,
            operationId: op.operationId,
            responses: { 200: { description: 'OK' } },
          },
        ]),
      ),
    ]),
  );
  return { openapi: '3.1.0', info: { title: 'Minimal', version: '1' }, tags: spec.tags, paths };
}

/** Milliseconds from navigation start until every tag of the spec is on the page (measured in the page). */
async function timeToTagList(spec: object | undefined, tags: number): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (spec) {
      await page.route(/\/docs\/json$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(spec) }),
      );
    }
    await page.goto(`${base}/docs/`);
    const at = await page.waitForFunction(
      (n) => document.querySelectorAll('.opblock-tag-section').length >= n && performance.now(),
      tags,
      { timeout: 120_000, polling: 'raf' },
    );
    return Math.round((await at.jsonValue()) as number);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

describe.skipIf(!available)('Swagger UI in Chromium', () => {
  it('renders /docs, branded Katalog, and executes an unfiltered GET /v1/programs with Try it out', async () => {
    const page = await browser.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    try {
      await page.goto(`${base}/docs/`);
      expect(await page.title()).toBe('Katalog API docs');
      await page.locator('.topbar a img[src^="data:image/svg+xml"]').waitFor({ timeout: 60_000 });
      await expect(page.locator('.operation-filter-input').count()).resolves.toBe(1);
      // Tags start collapsed: no operation is rendered until its tag is opened.
      await page.locator('#operations-tag-programs').waitFor({ timeout: 60_000 });
      expect(await page.locator('.opblock').count()).toBe(0);
      await page.locator('#operations-tag-programs').click();
      const op = page.locator('#operations-programs-listPrograms');
      await op.waitFor({ timeout: 60_000 });
      await op.locator('.opblock-summary').click();
      await op.getByRole('button', { name: 'Try it out' }).click();
      await op.getByRole('button', { name: 'Execute' }).click();
      const status = op.locator('.live-responses-table tbody .response-col_status').first();
      await status.waitFor({ timeout: 60_000 });
      expect((await status.innerText()).trim()).toBe('200');
      // Nothing was pre-filled but the page size: the first Execute lists every program.
      const url = new URL((await op.locator('.request-url pre').innerText()).trim());
      expect([...url.searchParams.keys()].filter((k) => k !== 'limit')).toEqual([]);
      const body = JSON.parse(await op.locator('.live-responses-table .microlight').first().innerText());
      const all = (await t.http.get('/v1/programs').expect(200)).body;
      expect(body.meta.total).toBe(all.meta.total);
      mkdirSync('tests/artifacts', { recursive: true });
      await page.screenshot({ path: 'tests/artifacts/swagger-ui.png', fullPage: false });
      expect(cspErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 240_000);

  it('shows the tag list of /docs and of a minimal spec with as many operations (times recorded, not asserted)', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body as Spec & { info: object; tags?: unknown[] };
    const tags = new Set(Object.values(spec.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags ?? [])))
      .size;
    const operations = Object.values(spec.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    const minimal = minimalSpec(spec);
    const times = { katalog: [] as number[], minimal: [] as number[] };
    // Alternate, so both see the same machine load; the first round of each warms the server and disk cache.
    for (let round = 0; round < ROUNDS; round++) {
      times.katalog.push(await timeToTagList(undefined, tags));
      times.minimal.push(await timeToTagList(minimal, tags));
    }
    for (const ms of [...times.katalog, ...times.minimal]) expect(ms).toBeGreaterThan(0);
    const ratio = median(times.katalog) / median(times.minimal);
    const result = {
      at: new Date().toISOString(),
      operations,
      tags,
      rounds: ROUNDS,
      ms: times,
      median_ms: { katalog: median(times.katalog), minimal: median(times.minimal) },
      ratio: Number(ratio.toFixed(2)),
      target: 1.2,
    };
    mkdirSync('tests/artifacts', { recursive: true });
    writeFileSync('tests/artifacts/docs-timing.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `docs: tag list of ${operations} operations in ${tags} tags: Katalog ${times.katalog.map(Math.round).join('/')} ms, minimal spec ${times.minimal.map(Math.round).join('/')} ms; median ratio ${result.ratio} (target <= 1.2)`,
    );
  }, 300_000);
});
