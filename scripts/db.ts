/** `npm run db:migrate` and `npm run db:seed`: maintain the database at DATABASE_PATH. */
import { seedData } from '../seed/data/index.js';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { DatabaseGoneError, migrateDb, openDb, openOptions } from '../src/db/client.js';

const [command, ...flags] = process.argv.slice(2);
const unknown = flags.filter((f) => !(command === 'seed' && f === '--force'));
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')}; usage: tsx scripts/db.ts migrate | seed [--force]`);
  process.exit(2);
}
const force = flags.includes('--force');
try {
  const config = loadConfig();
  const db = openDb(config.DATABASE_PATH, { litestream: openOptions(config).litestream });
  migrateDb(db);
  const published = publishMigrations(db);
  if (published) console.log(`published ${published} record(s) the migrations corrected, as new versions`);
  if (command === 'seed') {
    const report = loadSeed(db, seedData, { force });
    console.log(
      `seeded ${config.DATABASE_PATH}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`,
    );
    if (report.kept_edits.length)
      console.log(
        `kept ${report.kept_edits.length} record(s) edited through the API (npm run db:seed -- --force overwrites them): ${report.kept_edits.join(', ')}`,
      );
  } else if (command === 'migrate') {
    console.log(`migrated ${config.DATABASE_PATH}`);
  } else {
    console.error('usage: tsx scripts/db.ts migrate | seed [--force]');
    process.exitCode = 2;
  }
  db.$client.close();
} catch (err) {
  if (err instanceof ConfigError || err instanceof DatabaseGoneError) {
    console.error(err.message);
    process.exitCode = 1;
  } else throw err;
}
