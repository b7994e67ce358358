/**
 * `npm run client` writes openapi/katalog.d.ts, TypeScript types for every path, parameter and
 * schema of openapi/openapi.json (openapi-typescript), for use with openapi-fetch. `--check` fails
 * when the committed file is out of date (part of `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { PROJECT_ROOT } from '../src/db/paths.js';

const SPEC = join(PROJECT_ROOT, 'openapi', 'openapi.json');
const OUT = join(PROJECT_ROOT, 'openapi', 'katalog.d.ts');

const ast = await openapiTS(JSON.parse(readFileSync(SPEC, 'utf8')));
const text = `/* Generated from openapi/openapi.json by \`npm run client\` (openapi-typescript). Do not edit. */\n\n${astToString(ast)}`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(OUT, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error(
      'openapi/katalog.d.ts is out of date with openapi/openapi.json: run `npm run client` and commit the result.',
    );
    process.exit(1);
  }
  console.log('openapi/katalog.d.ts matches openapi/openapi.json');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
