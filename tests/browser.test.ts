/**
 * Swagger UI in a real browser: Debian's Chromium (installed by .ci/run when missing) opens /docs,
 * expands GET /v1/programs, presses "Try it out" and "Execute", and sees a 200 with data, under the
 * Content-Security-Policy the API sends. A screenshot goes to tests/artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED: the browser test needs Chromium at ${CHROMIUM} (.ci/run installs it).`);

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startApp();
  base = t.url;
});
afterAll(() => t.close());

describe.skipIf(!available)('Swagger UI in Chromium', () => {
  it('renders /docs and executes GET /v1/programs with Try it out', async () => {
    const browser = await chromium.launch({
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
    try {
      const page = await browser.newPage();
      const cspErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
      });
      await page.goto(`${base}/docs/`);
      const op = page.locator('#operations-programs-listPrograms');
      await op.waitFor({ timeout: 20_000 });
      await op.locator('.opblock-summary').click();
      await op.getByRole('button', { name: 'Try it out' }).click();
      await op.getByRole('button', { name: 'Execute' }).click();
      const status = op.locator('.live-responses-table tbody .response-col_status').first();
      await status.waitFor({ timeout: 20_000 });
      expect((await status.innerText()).trim()).toBe('200');
      expect(await op.locator('.live-responses-table .microlight').first().innerText()).toContain('"data"');
      mkdirSync('tests/artifacts', { recursive: true });
      await page.screenshot({ path: 'tests/artifacts/swagger-ui.png', fullPage: false });
      expect(cspErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
