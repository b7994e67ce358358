/**
 * `npm run client` writes openapi/katalog.d.ts, TypeScript types for every path, parameter and
 * schema of openapi/openapi.json (openapi-typescript), for use with openapi-fetch (with the `JsonMedia`
 * type below, so that errors are typed as problems). `--check` fails
 * when the committed file is out of date (part of `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { PROJECT_ROOT } from '../src/db/paths.js';

const SPEC = join(PROJECT_ROOT, 'openapi', 'openapi.json');
const OUT = join(PROJECT_ROOT, 'openapi', 'katalog.d.ts');

/**
 * Appended to the generated types: the media types a JSON client reads. openapi-fetch picks each
 * response's body type by media type (its second type parameter); with only `application/json`,
 * error responses (served as `application/problem+json`) would keep their whole content map as the
 * error type, so `error.title` would not compile.
 */
const JSON_MEDIA = `
/**
 * The media types a JSON client reads: pass as openapi-fetch's second type parameter,
 * \`createClient<paths, JsonMedia>(…)\`, so that \`data\` is the JSON body and \`error\` the RFC 9457
 * problem (\`error.status\`, \`error.title\`, \`error.detail\`, \`error.errors\`), without CSV, NDJSON or JSON-LD.
 */
export type JsonMedia = "application/json" | "application/problem+json";
`;

const ast = await openapiTS(JSON.parse(readFileSync(SPEC, 'utf8')));
const text = `/* Generated from openapi/openapi.json by \`npm run client\` (openapi-typescript). Do not edit. */\n\n${astToString(ast)}${JSON_MEDIA}`;

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
