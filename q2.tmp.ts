import { writeFileSync } from 'node:fs';
import { startApp } from './tests/helpers.js';
const t = await startApp();
for (const p of process.argv.slice(2)) {
  const r = await t.http.get(p);
  const name = p.replace(/[^a-zA-Z0-9._=-]+/g, '_').slice(0, 150);
  const body = r.type?.includes('json') ? JSON.stringify(r.body, null, 1) : r.text;
  writeFileSync(`/tmp/audit/out/${name}`, `STATUS ${r.status}\nHEADERS ${JSON.stringify(r.headers)}\n${body}`);
  console.log(p, r.status, r.type, (body ?? '').length);
}
await t.close();
