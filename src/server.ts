import closeWithGrace from 'close-with-grace';
import { publishMigrations, seedOnStart } from '../seed/load.js';
import { buildApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { DatabaseGoneError, migrateDb, openDb, openOptions } from './db/client.js';
import { ReplicaFollower } from './db/follower.js';
import { DbHolder } from './db/holder.js';
import { litestreamBinary } from './db/litestream.js';

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Number.POSITIVE_INFINITY };

/** JSON log lines shaped like the app's (pino), for what happens before the app exists (the first restore). */
function startLog(config: Config) {
  const line = (level: number, obj: object, msg: string) => {
    if (level < LEVELS[config.LOG_LEVEL]) return;
    process.stdout.write(`${JSON.stringify({ level, time: Date.now(), pid: process.pid, ...obj, msg })}\n`);
  };
  return {
    info: (obj: object, msg: string) => line(LEVELS.info, obj, msg),
    warn: (obj: object, msg: string) => line(LEVELS.warn, obj, msg),
  };
}

/**
 * The database this process serves: the file at DATABASE_PATH, or on a read node with REPLICA_URL
 * the replica restored into it and followed (see db/follower.ts).
 */
async function openDatabase(config: Config) {
  if (config.READ_ONLY && config.REPLICA_URL) {
    const follower = await ReplicaFollower.start({
      url: config.REPLICA_URL,
      path: config.DATABASE_PATH,
      pollMs: config.REPLICA_POLL_INTERVAL,
      maxAgeMs: config.REPLICA_MAX_AGE,
      litestream: litestreamBinary(config.LITESTREAM_PATH),
      log: startLog(config),
    });
    return { holder: follower.holder, follower };
  }
  const db = openDb(config.DATABASE_PATH, openOptions(config));
  // A read-only replica serves a snapshot as it is: it is migrated and seeded where it was made.
  // Records a migration corrected are published as new versions (change feed, updated_since, webhooks).
  if (!config.READ_ONLY) {
    migrateDb(db);
    publishMigrations(db);
  }
  return { holder: new DbHolder(db), follower: undefined };
}

/** Start-up: validate config, open + migrate + (first start) seed the database, listen, shut down gracefully. */
async function main() {
  const config = loadConfig();
  const { holder, follower } = await openDatabase(config);
  const db = holder.current;
  const app = await buildApp({ config, db: holder, replica: follower });
  follower?.logTo(app.log.child({ replica: config.REPLICA_URL }));
  if (!config.READ_ONLY && config.SEED_ON_START) {
    const seeded = seedOnStart(db);
    if (seeded) {
      const { report, collections, added, skipped } = seeded;
      app.log.info(
        { ...report, collections, added, database: config.DATABASE_PATH },
        seeded.first ? 'first start: database seeded' : 'collections and records added by migrations: seeded',
      );
      // A record a correction adds that this database cannot take (it lacks what the record cites): said, not fatal.
      for (const why of skipped) app.log.warn({ database: config.DATABASE_PATH }, `not added from the seed: ${why}`);
    }
  }
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await follower?.stop();
    await app.close();
    holder.close();
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`Katalog API: ${app.listeningOrigin}/v1 · docs at ${app.listeningOrigin}/docs`);
}

/**
 * A start-up failure is one line on stderr and exit code 1: the configuration message as it is, or
 * what failed (opening the database, restoring the replica, listening) with the error's own message;
 * no stack trace. Set LOG_LEVEL=debug or trace to see the stack too.
 */
main().catch((err: unknown) => {
  // A vanished database is an operator's problem with a clear remedy: the message, not a stack.
  if (err instanceof ConfigError || err instanceof DatabaseGoneError) console.error(err.message);
  else {
    const e = err as NodeJS.ErrnoException;
    const message = e?.message ?? String(err);
    console.error(
      /^Katalog /.test(message) ? message : `Katalog could not start: ${message}${e?.code ? ` (${e.code})` : ''}`,
    );
    if (/^(debug|trace)$/.test(process.env.LOG_LEVEL ?? '')) console.error(e?.stack);
  }
  process.exit(1);
});
