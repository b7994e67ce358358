/**
 * `npx tsx scripts/spec-size.ts [openapi.json]`: what the OpenAPI document and the typed client
 * weigh, and where the document's bytes are. The served size is the document as `/openapi.json`
 * sends it (compact JSON, `Accept-Encoding: identity`); the committed file is the same document
 * indented. Sizes in bytes; docs/performance.md records them per change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../src/db/paths.js';

const file = process.argv[2] ?? join(PROJECT_ROOT, 'openapi', 'openapi.json');
const committed = readFileSync(file, 'utf8');
const doc = JSON.parse(committed) as {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: Record<string, Record<string, unknown>>;
};
const served = JSON.stringify(doc);
const size = (v: unknown) => JSON.stringify(v).length;
const client = readFileSync(join(PROJECT_ROOT, 'openapi', 'katalog.d.ts'), 'utf8');
const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));

console.log(`served /openapi.json        ${Buffer.byteLength(served)} B (gzip ${gzipSync(served).length} B)`);
console.log(`committed openapi.json      ${Buffer.byteLength(committed)} B`);
console.log(`openapi/katalog.d.ts        ${Buffer.byteLength(client)} B`);
console.log(`operations                  ${operations.length}`);
console.log(`paths                       ${size(doc.paths)} B`);
for (const [name, section] of Object.entries(doc.components))
  console.log(`components.${name.padEnd(15)} ${size(section)} B (${Object.keys(section).length})`);
const parts = new Map<string, number>();
for (const op of operations)
  for (const [key, value] of Object.entries(op)) parts.set(key, (parts.get(key) ?? 0) + size(value) + key.length + 4);
console.log('per operation field, over all operations:');
for (const [key, bytes] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(24)} ${bytes} B`);
