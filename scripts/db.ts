/** `npm run db:migrate` and `npm run db:seed`: maintain the database at DATABASE_PATH. */
import { loadSeed } from '../seed/load.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { DatabaseGoneError, migrateDb, openDb } from '../src/db/client.js';

const command = process.argv[2];
try {
  const config = loadConfig();
  const db = openDb(config.DATABASE_PATH);
  migrateDb(db);
  if (command === 'seed') {
    const report = loadSeed(db);
    console.log(
      `seeded ${config.DATABASE_PATH}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`,
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
