/**
 * `npm run openapi` writes openapi/openapi.json from the app; `--check` fails when the committed
 * file differs from what the app generates (the drift check run by `npm test`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { PROJECT_ROOT } from '../src/db/paths.js';

export const OPENAPI_FILE = join(PROJECT_ROOT, 'openapi', 'openapi.json');

export async function generateSpec(): Promise<string> {
  const db = openDb(':memory:');
  migrateDb(db);
  const app = await buildApp({ config: testConfig(), db });
  await app.ready();
  const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  db.$client.close();
  return text;
}

const mode = process.argv[2];
if (mode === '--write' || mode === '--check') {
  const spec = await generateSpec();
  if (mode === '--write') {
    mkdirSync(join(PROJECT_ROOT, 'openapi'), { recursive: true });
    writeFileSync(OPENAPI_FILE, spec);
    console.log(`wrote ${OPENAPI_FILE}`);
  } else {
    let committed = '';
    try {
      committed = readFileSync(OPENAPI_FILE, 'utf8');
    } catch {}
    if (committed !== spec) {
      console.error('openapi/openapi.json is out of date with the code: run `npm run openapi` and commit the result.');
      process.exit(1);
    }
    console.log('openapi/openapi.json matches the app');
  }
}
