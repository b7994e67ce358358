/**
 * Swagger UI in a real browser: Debian's Chromium (installed by .ci/run when missing) opens /docs,
 * opens the programs tag, expands GET /v1/programs, presses "Try it out" and "Execute", and sees a
 * 200 with the unfiltered list, under the Content-Security-Policy the API sends. It also times how
 * long /docs takes to show its tag list against Swagger UI showing a minimal spec with the same
 * operations (rounds alternate), and every other candidate page (see `CANDIDATES`); the times are
 * printed and written to tests/artifacts/docs-timing.json (git-ignored) but never asserted: tests do
 * not depend on timing. A screenshot goes to tests/artifacts/ too. It also checks that Katalog's
 * Swagger UI plugin (src/http/swagger-ui-plugin.ts) resolves operations as Swagger UI's own OpenAPI
 * 3.1 resolver does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Katalog's Swagger UI plugin left out: Swagger UI's own OpenAPI 3.1 resolution, as before it. */
const WITHOUT_PLUGIN =
  'window.katalogSwaggerUiPlugin = function () { return [window.SwaggerUIBundle.plugins.DownloadUrl]; };';

/**
 * The pages timed. `swagger` pages are /docs (optionally with another spec or without Katalog's
 * plugin) and also time opening GET /v1/programs; `reference` pages are other renderers of
 * /openapi.json, timed when their standalone bundle is given (they are not dependencies):
 * DOCS_TIMING_SCALAR=/tmp/try-scalar/node_modules/@scalar/api-reference/dist/browser/standalone.js,
 * DOCS_TIMING_REDOC=/tmp/try-redoc/node_modules/redoc/bundles/redoc.standalone.js. DOCS_TIMING_SPEC=<file>
 * adds /docs showing another version of the spec (with and without the plugin).
 */
type Candidate =
  | { name: string; kind: 'swagger'; spec?: object; plugin?: string; openOperation: boolean }
  | {
      name: string;
      kind: 'reference';
      bundle: string;
      html: string;
      init?: string;
      tagPattern: RegExp;
      tagAttr: string;
    };

function candidates(minimal: object): Candidate[] {
  const list: Candidate[] = [
    { name: 'katalog', kind: 'swagger', openOperation: true },
    { name: 'minimal', kind: 'swagger', spec: minimal, openOperation: false },
    { name: 'katalog_without_plugin', kind: 'swagger', plugin: WITHOUT_PLUGIN, openOperation: true },
  ];
  // Another version of Katalog's spec (e.g. a branch's openapi/openapi.json), with and without the plugin.
  const other = process.env.DOCS_TIMING_SPEC;
  if (other && existsSync(other)) {
    const spec = JSON.parse(readFileSync(other, 'utf8'));
    list.push(
      { name: 'other_spec', kind: 'swagger', spec, openOperation: true },
      { name: 'other_spec_without_plugin', kind: 'swagger', spec, plugin: WITHOUT_PLUGIN, openOperation: true },
    );
  }
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Katalog API reference</title></head><body>${body}</body></html>`;
  const scalar = process.env.DOCS_TIMING_SCALAR;
  if (scalar && existsSync(scalar))
    list.push({
      name: 'scalar',
      kind: 'reference',
      bundle: scalar,
      html: page('<div id="app"></div><script src="bundle.js"></script><script src="init.js"></script>'),
      init: "Scalar.createApiReference('#app', { url: '/openapi.json', withDefaultFonts: false })",
      tagAttr: 'data-sidebar-id',
      tagPattern: /^[^/]+\/tag\/[^/]+$/,
    });
  const redoc = process.env.DOCS_TIMING_REDOC;
  if (redoc && existsSync(redoc))
    list.push({
      name: 'redoc',
      kind: 'reference',
      bundle: redoc,
      html: page('<redoc spec-url="/openapi.json"></redoc><script src="bundle.js"></script>'),
      tagAttr: 'data-item-id',
      tagPattern: /^tag\/[^/]+$/,
    });
  return list;
}

type Timing = { tag_list_ms: number; operation_ms?: number };

/**
 * Milliseconds from navigation start until every tag is on the page (measured in the page); for
 * Swagger UI pages also from clicking GET /v1/programs (its tag open) to its parameters being shown.
 */
async function timePage(candidate: Candidate, tags: number, csp: string): Promise<Timing> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (candidate.kind === 'reference') {
      // Served as if from our server, under the docs' CSP (a candidate that needs more shows its
      // violations in the console).
      const files: Record<string, [string, string]> = {
        '/docs/candidate/': ['text/html', candidate.html],
        '/docs/candidate/bundle.js': ['application/javascript', readFileSync(candidate.bundle, 'utf8')],
        '/docs/candidate/init.js': ['application/javascript', candidate.init ?? ''],
      };
      await page.route(/\/docs\/candidate\//, (route) => {
        const file = files[new URL(route.request().url()).pathname];
        return file
          ? route.fulfill({
              status: 200,
              contentType: file[0],
              body: file[1],
              headers: { 'content-security-policy': csp },
            })
          : route.fulfill({ status: 404 });
      });
      await page.goto(`${base}/docs/candidate/`);
      const at = await page.waitForFunction(
        ([n, attr, source]) => {
          const pattern = new RegExp(source);
          const found = [...document.querySelectorAll(`[${attr}]`)].filter((e) =>
            pattern.test(e.getAttribute(attr) ?? ''),
          );
          return found.length >= n && performance.now();
        },
        [tags, candidate.tagAttr, candidate.tagPattern.source] as const,
        { timeout: 120_000, polling: 'raf' },
      );
      return { tag_list_ms: Math.round((await at.jsonValue()) as number) };
    }
    if (candidate.spec) {
      const body = JSON.stringify(candidate.spec);
      await page.route(/\/docs\/json$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    }
    if (candidate.plugin) {
      const body = candidate.plugin;
      await page.route(/katalog-swagger-ui\.js$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/javascript', body }),
      );
    }
    await page.goto(`${base}/docs/`);
    const at = await page.waitForFunction(
      (n) => document.querySelectorAll('.opblock-tag-section').length >= n && performance.now(),
      tags,
      { timeout: 120_000, polling: 'raf' },
    );
    const tagList = Math.round((await at.jsonValue()) as number);
    if (!candidate.openOperation) return { tag_list_ms: tagList };
    const start = await page.evaluate(() => performance.now());
    await page.locator('#operations-tag-programs').click();
    const op = page.locator('#operations-programs-listPrograms');
    await op.locator('.opblock-summary').click();
    await op.locator('.parameters-container .parameters tbody tr').first().waitFor({ timeout: 120_000 });
    const operation = Math.round((await page.evaluate(() => performance.now())) - start);
    return { tag_list_ms: tagList, operation_ms: operation };
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
      // The filter box is rendered with the spec, after the top bar: wait for it, then there is one.
      await page.locator('.operation-filter-input').waitFor({ timeout: 60_000 });
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
      // The Authorize dialog shows the bearer scheme (the plugin leaves the security schemes unresolved:
      // they hold nothing to resolve).
      await page.locator('.auth-wrapper .authorize').click();
      const dialog = page.locator('.dialog-ux .modal-ux');
      await dialog.waitFor({ timeout: 60_000 });
      expect(await dialog.innerText()).toMatch(/apiKey\s*\(http, Bearer\)/);
      await dialog.locator('.close-modal').click();
      mkdirSync('tests/artifacts', { recursive: true });
      await page.screenshot({ path: 'tests/artifacts/swagger-ui.png', fullPage: false });
      expect(cspErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 240_000);

  it("resolves operations with Katalog's plugin as Swagger UI's own OpenAPI 3.1 resolver does", async () => {
    const page = await browser.newPage();
    try {
      // The plugin as served, its afterLoad observed: Swagger UI's resolveSubtree before the plugin
      // wraps it (the ApiDOM strategy) and after.
      const served = (await t.http.get('/docs/static/theme/katalog-swagger-ui.js').expect(200)).text;
      const observe = `${served}
        (function (plugins) {
          window.katalogSwaggerUiPlugin = function (toolbox) {
            var list = plugins(toolbox), plugin = list[1], afterLoad = plugin.afterLoad;
            plugin.afterLoad = function (system) {
              window.__resolvers = { own: system.fn.resolveSubtree };
              afterLoad(system);
              window.__resolvers.plugin = system.fn.resolveSubtree;
              window.__system = system;
            };
            return list;
          };
        })(window.katalogSwaggerUiPlugin);`;
      await page.route(/katalog-swagger-ui\.js$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/javascript', body: observe }),
      );
      await page.goto(`${base}/docs/`);
      await page.locator('#operations-tag-programs').waitFor({ timeout: 120_000 });
      // Write bodies carry `$ref`s with sibling keywords (descriptions, x-references) that the plugin
      // must keep; the others are reads with shared parameters and responses.
      const paths = [
        ['paths', '/v1/faqs/{id}', 'patch'],
        ['paths', '/v1/contraindications', 'post'],
        ['paths', '/v1/programs', 'post'],
        ['paths', '/v1/cost-comparison', 'get'],
        ['paths', '/v1/search', 'get'],
      ];
      const results = await page.evaluate(async (paths) => {
        type Resolve = (
          spec: unknown,
          path: string[],
          options: object,
        ) => Promise<{ spec: unknown; errors: unknown[] }>;
        const w = window as unknown as {
          __resolvers: { own: Resolve; plugin: Resolve };
          __system: { specSelectors: { specJS(): unknown } };
        };
        // The first place where two resolved trees differ, ignoring the resolvers' own annotations
        // ($$ref: where a part came from; __originalOperationId) and the order of keys.
        const firstDifference = (a: unknown, b: unknown, at: string): string | undefined => {
          if (a === b) return undefined;
          if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b))
            return `${at}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
          const keys = (o: object) => Object.keys(o).filter((k) => k !== '$$ref' && k !== '__originalOperationId');
          const ka = keys(a).sort();
          const kb = keys(b).sort();
          if (ka.join() !== kb.join()) return `${at}: keys ${ka.join()} != ${kb.join()}`;
          for (const k of ka) {
            const d = firstDifference(
              (a as Record<string, unknown>)[k],
              (b as Record<string, unknown>)[k],
              `${at}/${k}`,
            );
            if (d) return d;
          }
          return undefined;
        };
        const options = { baseDoc: `${location.origin}/docs/json` };
        const out = [];
        for (const path of paths) {
          const own = await w.__resolvers.own(w.__system.specSelectors.specJS(), path, options);
          const plugin = await w.__resolvers.plugin(w.__system.specSelectors.specJS(), path, options);
          out.push({
            path: path.join(' '),
            size: JSON.stringify(own.spec).length,
            difference: firstDifference(own.spec, plugin.spec, ''),
            errors: [own.errors.length, plugin.errors.length],
          });
        }
        return out;
      }, paths);
      for (const r of results) {
        expect(r.errors, r.path).toEqual([0, 0]);
        expect(r.size, r.path).toBeGreaterThan(1000);
        expect(r.difference, r.path).toBeUndefined();
      }
    } finally {
      await page.close();
    }
  }, 300_000);

  it('times the tag list of /docs, of a minimal spec with as many operations and of every candidate page (recorded, not asserted)', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body as Spec & { info: object; tags?: unknown[] };
    const csp = (await t.http.get('/docs/').expect(200)).headers['content-security-policy'] as string;
    const tags = new Set(Object.values(spec.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags ?? [])))
      .size;
    const operations = Object.values(spec.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    const pages = candidates(minimalSpec(spec));
    const times: Record<string, Timing[]> = Object.fromEntries(pages.map((p) => [p.name, []]));
    // Alternate (and reverse the order every other round), so every page sees the same machine load.
    for (let round = 0; round < ROUNDS; round++) {
      for (const page of round % 2 ? [...pages].reverse() : pages)
        times[page.name]?.push(await timePage(page, tags, csp));
    }
    for (const ms of Object.values(times).flatMap((ts) => ts.map((x) => x.tag_list_ms))) expect(ms).toBeGreaterThan(0);
    const medians = Object.fromEntries(
      Object.entries(times).map(([name, ts]) => {
        const ops = ts.flatMap((x) => (x.operation_ms === undefined ? [] : [x.operation_ms]));
        return [
          name,
          { tag_list_ms: median(ts.map((x) => x.tag_list_ms)), ...(ops.length ? { operation_ms: median(ops) } : {}) },
        ];
      }),
    );
    const ratio = (name: string) =>
      Number(((medians[name]?.tag_list_ms ?? Number.NaN) / (medians.minimal?.tag_list_ms ?? Number.NaN)).toFixed(2));
    const result = {
      at: new Date().toISOString(),
      load_average: (await import('node:os')).loadavg().map((x) => Number(x.toFixed(2))),
      operations,
      tags,
      rounds: ROUNDS,
      ms: times,
      median_ms: medians,
      ratio_to_minimal: Object.fromEntries(pages.map((p) => [p.name, ratio(p.name)])),
      ratio: ratio('katalog'),
      target: 1.2,
    };
    mkdirSync('tests/artifacts', { recursive: true });
    writeFileSync('tests/artifacts/docs-timing.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `docs: tag list of ${operations} operations in ${tags} tags, ${ROUNDS} rounds (load ${result.load_average.join(' ')}):\n${pages
        .map(
          (p) =>
            `  ${p.name}: ${times[p.name]?.map((x) => x.tag_list_ms).join('/')} ms (median ratio to minimal ${result.ratio_to_minimal[p.name]})` +
            (medians[p.name]?.operation_ms === undefined
              ? ''
              : `; GET /v1/programs opened in ${times[p.name]?.map((x) => x.operation_ms).join('/')} ms`),
        )
        .join('\n')}\n  target: katalog <= 1.2x minimal`,
    );
  }, 900_000);
});
