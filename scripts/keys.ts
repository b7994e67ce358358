/** `npm run keys -- create --name <n> --scope write|read|webhooks`, `list`, `revoke --name <n>`: API keys. */
import { createKey, listKeys, revokeKey, type Scope } from '../src/auth/keys.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { DatabaseGoneError, migrateDb, openDb, openOptions } from '../src/db/client.js';
import { cliArgs } from './cli-args.js';

const SCOPES: Scope[] = ['write', 'read', 'webhooks'];
const usage = `usage: npm run keys -- create --name <name> [--scope ${SCOPES.join('|')}] | list | revoke --name <name>`;
const { positionals, values } = cliArgs(
  {
    allowPositionals: true,
    options: { name: { type: 'string' }, scope: { type: 'string', default: 'write' } },
  },
  usage,
);
try {
  const config = loadConfig();
  const db = openDb(config.DATABASE_PATH, { litestream: openOptions(config).litestream });
  migrateDb(db);
  const [command] = positionals;
  if (command === 'create') {
    if (!values.name || !/^[\w.@-]{1,100}$/.test(values.name))
      throw new ConfigError(`--name is required (letters, digits, . _ @ -)\n${usage}`);
    if (!SCOPES.includes(values.scope as Scope))
      throw new ConfigError(`--scope must be one of ${SCOPES.join(', ')}\n${usage}`);
    const { key } = createKey(db, values.name, values.scope as Scope);
    console.log(key);
    console.error(`created ${values.scope} key "${values.name}": store it now, it is not shown again`);
  } else if (command === 'list') {
    for (const k of listKeys(db))
      console.log(`${k.name}\t${k.scope}\tcreated ${k.created_at}${k.revoked_at ? `\trevoked ${k.revoked_at}` : ''}`);
  } else if (command === 'revoke') {
    if (!values.name) throw new ConfigError(usage);
    if (!revokeKey(db, values.name)) throw new ConfigError(`no key named "${values.name}"`);
    console.log(`revoked "${values.name}"`);
  } else {
    throw new ConfigError(usage);
  }
  db.$client.close();
} catch (err) {
  if (
    err instanceof ConfigError ||
    err instanceof DatabaseGoneError ||
    (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  ) {
    console.error((err as Error).message);
    process.exitCode = 1;
  } else throw err;
}
