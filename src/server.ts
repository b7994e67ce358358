import closeWithGrace from 'close-with-grace';
import { isEmpty, loadSeed } from '../seed/load.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseGoneError, migrateDb, openDb } from './db/client.js';

/** Start-up: validate config, open + migrate + (first start) seed the database, listen, shut down gracefully. */
async function main() {
  const config = loadConfig();
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

/**
 * A start-up failure is one line on stderr and exit code 1: the configuration message as it is, or
 * what failed (opening the database, listening) with the error's own message; no stack trace.
 * Set LOG_LEVEL=debug or trace to see the stack too.
 */
main().catch((err: unknown) => {
  // A vanished database is an operator's problem with a clear remedy: the message, not a stack.
  if (err instanceof ConfigError || err instanceof DatabaseGoneError) console.error(err.message);
  else {
    const e = err as NodeJS.ErrnoException;
    console.error(`Katalog could not start: ${e?.message ?? String(err)}${e?.code ? ` (${e.code})` : ''}`);
    if (/^(debug|trace)$/.test(process.env.LOG_LEVEL ?? '')) console.error(e?.stack);
  }
  process.exit(1);
});
