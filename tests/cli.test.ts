import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Db, openDb } from '../src/db/client.js';
import { countingOf } from '../src/query/counting.js';
import { Writer } from '../src/repository/writes.js';
import { faqsResource } from '../src/resources/faqs/faqs.resource.js';
import { resources } from '../src/resources/index.js';
import { freshDb } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, DATABASE_PATH: join(dir, 'k.db'), ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('command-line tools', () => {
  it('keys: create prints the key once, list shows it, revoke revokes it; only a hash is stored', () => {
    const key = run('scripts/keys.ts', ['create', '--name', 'anna', '--scope', 'write']).trim();
    expect(key).toMatch(/^kat_[a-f0-9]{16}_[A-Za-z0-9_-]{43}$/);
    expect(run('scripts/keys.ts', ['list'])).toMatch(/^anna\twrite\tcreated /);
    const db = openDb(join(dir, 'k.db'));
    const rows = db.$client.prepare('select * from api_keys').all() as Record<string, string>[];
    db.$client.close();
    expect(JSON.stringify(rows)).not.toContain(key.slice(21)); // the secret (it may itself contain '_')
    expect(run('scripts/keys.ts', ['revoke', '--name', 'anna'])).toContain('revoked');
    expect(run('scripts/keys.ts', ['list'])).toContain('revoked');
    expect(() => run('scripts/keys.ts', ['create', '--scope', 'write'])).toThrow();
  });

  it('keys: the webhooks scope (webhook endpoints); an unknown scope is refused', () => {
    expect(run('scripts/keys.ts', ['create', '--name', 'partner', '--scope', 'webhooks']).trim()).toMatch(/^kat_/);
    expect(run('scripts/keys.ts', ['list'])).toMatch(/^partner\twebhooks\tcreated /m);
    expect(() => run('scripts/keys.ts', ['create', '--name', 'x', '--scope', 'admin'])).toThrow(
      /--scope must be one of/,
    );
  });

  it('db:seed, db:snapshot and db:synthetic work on files', () => {
    expect(run('scripts/db.ts', ['seed'])).toMatch(/created/);
    expect(run('scripts/db.ts', ['seed'])).toMatch(/0 created, 0 updated/);
    run('scripts/snapshot.ts', [join(dir, 'snap.db')]);
    expect(existsSync(join(dir, 'snap.db'))).toBe(true);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/synthetic.ts', '--programs', '500', '--out', join(dir, 's.db')],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    void out;
    const s = openDb(join(dir, 's.db'));
    expect(s.$client.prepare("select count(*) as n from programs where id like 'synthetic-%'").get()).toEqual({
      n: 500,
    });
    // The counting indexes, dropped for the bulk insert, are built again as the migrations made them.
    const migrated = freshDb();
    const countingSql = (d: Db) =>
      d.$client
        .prepare("select name, sql from sqlite_schema where type = 'index' and name like '%counts_idx' order by name")
        .all();
    const expected = countingSql(migrated);
    migrated.$client.close();
    expect(expected.length).toBe(resources.filter((r) => countingOf(r.table)).length);
    expect(countingSql(s)).toEqual(expected);
    // And they hold every live row: a count through one equals the table's.
    for (const r of resources) {
      const counting = countingOf(r.table);
      if (!counting) continue;
      const table = getTableName(r.table);
      const through = s.$client
        .prepare(`select count(*) as n from "${table}" indexed by "${counting.name}" where deleted_at is null`)
        .get();
      expect(through, table).toEqual(
        s.$client.prepare(`select count(*) as n from "${table}" not indexed where deleted_at is null`).get(),
      );
    }
    s.$client.close();
  });

  it('db:seed keeps records edited through the API, and --force overwrites them', () => {
    run('scripts/db.ts', ['seed']);
    const db = openDb(join(dir, 'k.db'));
    const faq = db.$client.prepare('select id, answer, version from faqs order by id limit 1').get() as {
      id: string;
      answer: string;
      version: number;
    };
    // An editor's change, through the record store as the API writes it.
    Writer.on(db).update(
      faqsResource,
      faq.id,
      (f) => ({ ...f, answer: 'edited by an editor' }),
      'any',
      'anna',
      'updated',
    );
    db.$client.close();
    const answer = () => {
      const d = openDb(join(dir, 'k.db'));
      const a = (d.$client.prepare('select answer from faqs where id = ?').get(faq.id) as { answer: string }).answer;
      d.$client.close();
      return a;
    };
    expect(run('scripts/db.ts', ['seed'])).toContain(`kept 1 record(s) edited through the API`);
    expect(answer()).toBe('edited by an editor');
    expect(run('scripts/db.ts', ['seed', '--force'])).toMatch(/1 updated/);
    expect(answer()).toBe(faq.answer);
    expect(() => run('scripts/db.ts', ['seed', '--forse'])).toThrow(/unknown option --forse/);
  });

  it('every script with options answers --help with its usage, and an unknown option with one line and the usage (exit 2)', () => {
    for (const script of ['scripts/synthetic.ts', 'scripts/keys.ts', 'bench/facets.ts']) {
      expect(run(script, ['--help']), script).toMatch(/^usage: npm run /);
      let failure: { status: number; stderr: string } | undefined;
      try {
        run(script, ['--no-such-option']);
      } catch (err) {
        failure = err as { status: number; stderr: string };
      }
      expect(failure?.status, script).toBe(2);
      expect(failure?.stderr, script).toMatch(/^Unknown option '--no-such-option'.*\nusage: npm run /s);
      expect(failure?.stderr, script).not.toMatch(/\n\s+at /);
    }
  });

  it('rejects a bad configuration with a message naming the variable', () => {
    expect(() => run('scripts/db.ts', ['migrate'], { PORT: 'eighty' })).toThrow(/PORT="eighty"/);
  });
});
