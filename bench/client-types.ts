/**
 * What the typed client costs a frontend: type-checks a file that imports openapi/katalog.d.ts and
 * calls two operations with openapi-fetch (the README's example), in a folder of its own, with
 * `tsc --extendedDiagnostics`, and prints the file size, the check time and the memory used.
 * `npx tsx bench/client-types.ts [runs] [file.d.ts ...]`: with several files (an older client beside the
 * current one), the runs alternate between them. Figures in docs/performance.md, "OpenAPI size and docs".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/db/paths.js';

const runs = Number(process.argv[2] ?? 3);
const clients = process.argv.length > 3 ? process.argv.slice(3) : [join(PROJECT_ROOT, 'openapi', 'katalog.d.ts')];
const dir = mkdtempSync(join(tmpdir(), 'katalog-client-'));
try {
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, types: [] },
      files: ['app.ts'],
    }),
  );
  writeFileSync(
    join(dir, 'app.ts'),
    `import createClient from 'openapi-fetch';
import type { JsonMedia, paths } from './katalog.js';
const api = createClient<paths, JsonMedia>({ baseUrl: 'https://katalog.example' });
const { data, error } = await api.GET('/v1/programs', {
  params: { query: { format: ['group'], price_currency: ['CAD'], price_lte: 6000, sort: ['name'], limit: 20 } },
});
if (error) throw new Error(\`\${error.status} \${error.title}: \${error.detail}\`);
for (const program of data.data) console.log(program.id, program.name);
const created = await api.POST('/v1/faqs', { body: {} as never });
console.log(created.data?.data.id);
`,
  );
  const tsc = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  for (let i = 0; i < runs; i++) {
    for (const client of clients) {
      writeFileSync(join(dir, 'katalog.d.ts'), readFileSync(client));
      const out = execFileSync(process.execPath, [tsc, '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8' });
      const get = (label: string) => out.match(new RegExp(`^${label}:\\s+(.+)$`, 'm'))?.[1]?.trim();
      console.log(
        `${client} (${statSync(client).size} bytes) run ${i + 1}: total ${get('Total time')}, check ${get('Check time')}, memory ${get('Memory used')}, types ${get('Types')}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
