/**
 * `npm run db:snapshot -- <file>`: a consistent, compacted copy of the database (VACUUM INTO),
 * for read-only replicas (`READ_ONLY=true DATABASE_PATH=<file> npm start`).
 */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../src/config.js';
import { openDb, snapshotDb } from '../src/db/client.js';

const target = process.argv[2];
try {
  if (!target) throw new ConfigError('usage: npm run db:snapshot -- <file>');
  if (existsSync(target)) throw new ConfigError(`${target} exists: choose a new file`);
  const config = loadConfig();
  if (!existsSync(config.DATABASE_PATH)) throw new ConfigError(`no database at ${config.DATABASE_PATH}`);
  const db = openDb(config.DATABASE_PATH);
  snapshotDb(db, target);
  db.$client.close();
  console.log(`wrote ${target} (integrity ok)`);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exitCode = 1;
  } else throw err;
}
