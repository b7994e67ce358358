import closeWithGrace from 'close-with-grace';
import { isEmpty, loadSeed } from '../seed/load.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseGoneError, migrateDb, openDb } from './db/client.js';

/** Start-up: validate config, open + migrate + (first start) seed the database, listen, shut down gracefully. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const db = openDb(config.DATABASE_PATH, { readonly: config.READ_ONLY });
  // A read-only replica serves a snapshot as it is: it is migrated and seeded where it was made.
  if (!config.READ_ONLY) migrateDb(db);
  const app = await buildApp({ config, db });
  if (!config.READ_ONLY && config.SEED_ON_START && isEmpty(db)) {
    const report = loadSeed(db);
    app.log.info({ ...report, database: config.DATABASE_PATH }, 'first start: database seeded');
  }
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
    db.$client.close();
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`Katalog API: ${app.listeningOrigin}/v1 · docs at ${app.listeningOrigin}/docs`);
}

main().catch((err) => {
  // A vanished database is an operator's problem with a clear remedy: the message, not a stack.
  console.error(err instanceof DatabaseGoneError ? err.message : err);
  process.exit(1);
});
