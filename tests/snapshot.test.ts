/**
 * Exports read one snapshot: records renamed while a paged export runs (moving them across the
 * keyset cursor) are neither repeated nor skipped, and every row is as it was when the export began.
 * The same renames during a walk of the live data do repeat and skip rows: the scenario is real.
 */
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import type { Db } from '../src/db/client.js';
import { SnapshotPool } from '../src/db/read-snapshot.js';
import { watchDataVersion } from '../src/db/version.js';
import { exportStream } from '../src/export/export.js';
import { Repository } from '../src/repository/repository.js';
import { Writer } from '../src/repository/writes.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';
import { ftsQuery, matchCondition, matchRowidsAfterSql, materializedMatchCondition } from '../src/search/search.js';
import { freshDb, startApp, type TestApp } from './helpers.js';

const EXTRA = 450;
let dir: string;
let db: Db;
let repo: Repository;
let stop: () => void;

function addPrograms(target: Db) {
  const writer = Writer.on(target);
  const template = programsResource.input.parse(seedData.programs[0]);
  writer.bulk(() => {
    for (let i = 0; i < EXTRA; i++)
      writer.put(
        programsResource,
        {
          ...template,
          id: `snapshot-program-${i}`,
          name: `M snapshot ${String(i).padStart(4, '0')} of Roots to Thrive`,
        },
        { actor: 'test', at: '2026-01-01T00:00:00.000Z' },
      );
  });
}

const names = () =>
  new Map(
    (
      db.$client.prepare('select id, name from programs where deleted_at is null').all() as {
        id: string;
        name: string;
      }[]
    ).map((r) => [r.id, r.name]),
  );
const rename = (id: string, name: string) =>
  db.$client.prepare('update programs set name = ? where id = ?').run(name, id);

/** Walks pages of 100 by name; after the first page, moves a seen row to the end and an unseen row to the start. */
function walkWithRenames(pages: Generator<Record<string, unknown>[]>, round: number) {
  const seen: { id: string; name: unknown }[] = [];
  let first = true;
  for (const page of pages) {
    seen.push(...page.map((p) => ({ id: p.id as string, name: p.name })));
    if (first) {
      first = false;
      const done = seen[10]?.id as string;
      const ahead = `snapshot-program-${EXTRA - 5 * round}`;
      expect(seen.some((s) => s.id === ahead)).toBe(false);
      rename(done, `ZZZ moved after the cursor ${round}`);
      rename(ahead, `000 moved before the cursor ${round}`);
    }
  }
  return seen;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'katalog-snapshot-'));
  db = freshDb(join(dir, 'k.db'));
  addPrograms(db);
  const version = watchDataVersion(db);
  stop = () => version.stop();
  repo = new Repository(db, 'a-test-cursor-secret-of-32-chars!', version);
});

afterAll(() => {
  stop();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('export snapshot', () => {
  it('a live walk repeats and skips rows renamed across the cursor (the hazard is real)', () => {
    const before = names();
    const seen = walkWithRenames(repo.pages(programsResource, {}, 100), 1);
    const ids = seen.map((s) => s.id);
    expect(new Set(ids).size).toBeLessThan(ids.length);
    expect(new Set(ids).size).toBeLessThan(before.size);
  });

  it('a snapshot walk returns every row once, as it was when the walk began', () => {
    const before = names();
    const snapshot = repo.snapshot();
    let seen: { id: string; name: unknown }[];
    try {
      seen = walkWithRenames(snapshot.pages(programsResource, {}, 100), 2);
    } finally {
      snapshot.close();
    }
    const ids = seen.map((s) => s.id);
    expect(ids.length).toBe(before.size);
    expect(new Set(ids)).toEqual(new Set(before.keys()));
    for (const s of seen) expect(s.name).toBe(before.get(s.id));
    // The renames were committed: the live data has them, the snapshot did not.
    expect(names()).not.toEqual(before);
  });
});

describe('q= in a snapshot: the match set computed once, in the snapshot', () => {
  const ids = (rows: Record<string, unknown>[][]) => rows.flatMap((page) => page.map((r) => r.id as string));

  it('both forms of the match table select exactly what the per-page match selects, in the same order', () => {
    const conn = new Database(db.$client.name, { readonly: true });
    try {
      // Filled in chunks of 7 rowids after the last one copied, as a snapshot fills its table.
      const insert = () => conn.prepare(`insert into temp.m (r) ${matchRowidsAfterSql(7)}`);
      for (const q of ['snapshot', 'M snapshot 01', 'ketamine', 'zzzqqqxxyy']) {
        const fts = ftsQuery(q) as string;
        conn.exec('drop table if exists temp.m; create temp table m (r integer primary key)');
        let after = -1;
        while (insert().run(fts, after, 'programs').changes === 7)
          after = conn.prepare('select max(r) from temp.m').pluck().get() as number;
        const select = (cond: { text: string; params: unknown[] }) =>
          (
            conn
              .prepare(`select id from programs where deleted_at is null and ${cond.text} order by name, id`)
              .all(...cond.params) as { id: string }[]
          ).map((r) => r.id);
        const expected = select(matchCondition('programs', 'programs.id', fts, false));
        expect(select(matchCondition('programs', 'programs.id', fts, true)), q).toEqual(expected);
        for (const dense of [false, true])
          expect(
            select(materializedMatchCondition('programs', 'programs.id', 'temp.m', dense)),
            `${q} ${dense}`,
          ).toEqual(expected);
      }
    } finally {
      conn.close();
    }
  });

  it('a q= walk prepared in chunks, with other work between them, equals the live walk', async () => {
    const live = ids([...repo.pages(programsResource, { q: 'snapshot' }, 50)]);
    expect(live.length).toBeGreaterThan(400);
    const snapshot = repo.snapshot(40);
    let turns = 0;
    let done = false;
    const count = () => {
      if (done) return;
      turns++;
      setImmediate(count);
    };
    try {
      setImmediate(count);
      await snapshot.prepare(programsResource, { q: 'snapshot' });
      done = true;
      // One chunk of 40 rowids per turn: other callbacks ran between the chunks.
      expect(turns).toBeGreaterThanOrEqual(Math.floor(live.length / 40) - 1);
      expect(ids([...snapshot.pages(programsResource, { q: 'snapshot' }, 50)])).toEqual(live);
    } finally {
      done = true;
      snapshot.close();
    }
  });

  it('a q= walk of a snapshot equals the live walk, and keeps the matches of its snapshot under renames', () => {
    const live = ids([...repo.pages(programsResource, { q: 'snapshot' }, 50)]);
    expect(live.length).toBeGreaterThan(100);
    const before = names();
    const snapshot = repo.snapshot();
    const seen: Record<string, unknown>[][] = [];
    try {
      let first = true;
      for (const page of snapshot.pages(programsResource, { q: 'snapshot' }, 50)) {
        seen.push(page);
        if (first) {
          first = false;
          // An unseen match renamed so that it no longer matches, and a non-match renamed to match:
          // the walk keeps to the matches of its snapshot.
          const unseen = live.at(-3) as string;
          expect(ids(seen)).not.toContain(unseen);
          rename(unseen, 'ZZZ no longer found');
          const other = [...before.keys()].find((id) => !live.includes(id)) as string;
          rename(other, 'AAA snapshot now found');
        }
      }
    } finally {
      snapshot.close();
    }
    expect(ids(seen)).toEqual(live);
    for (const item of seen.flat()) expect(item.name).toBe(before.get(item.id as string));
  });
});

describe('snapshots on connections kept for reuse (SnapshotPool)', () => {
  const count = (sqlite: Database.Database) =>
    sqlite.prepare(`select count(*) from programs where name like 'pool %'`).pluck().get() as number;

  it('reuses an idle connection with a snapshot taken anew, its temporary tables gone', () => {
    const pool = new SnapshotPool(db.$client.name);
    try {
      const first = pool.open();
      const before = count(first.sqlite);
      first.sqlite.exec('create table temp.q_match_0 (r integer primary key)');
      rename('snapshot-program-7', 'pool renamed while held');
      // The held snapshot does not see the write; a second one, opened meanwhile, is another connection that does.
      expect(count(first.sqlite)).toBe(before);
      const second = pool.open();
      expect(second.sqlite).not.toBe(first.sqlite);
      expect(count(second.sqlite)).toBe(before + 1);
      second.close();
      first.close();
      rename('snapshot-program-8', 'pool renamed while idle');
      // The next use takes an idle connection: a new snapshot, with what was written while it was idle.
      const again = pool.open();
      expect([first.sqlite, second.sqlite]).toContain(again.sqlite);
      expect(count(again.sqlite)).toBe(before + 2);
      const temp = again.sqlite.prepare(`select count(*) from temp.sqlite_schema where type = 'table'`).pluck();
      expect(temp.get()).toBe(0);
      again.close();
      // Closing twice releases once: the connection is not kept twice.
      again.close();
      const [a, b] = [pool.open(), pool.open()];
      expect(a.sqlite).not.toBe(b.sqlite);
      a.close();
      b.close();
    } finally {
      pool.closeAll();
    }
  });

  it('does not reuse a connection to a file since replaced on disk (a restore)', () => {
    const file = join(dir, 'replaced.db');
    const make = (path: string, value: string) => {
      const conn = new Database(path);
      conn.exec(`create table t (v text); insert into t values ('${value}')`);
      conn.close();
    };
    make(file, 'old file');
    const pool = new SnapshotPool(file);
    const value = () => {
      const s = pool.open();
      try {
        return s.sqlite.prepare('select v from t').pluck().get();
      } finally {
        s.close();
      }
    };
    try {
      expect(value()).toBe('old file');
      make(`${file}.new`, 'new file');
      renameSync(`${file}.new`, file);
      expect(value()).toBe('new file');
    } finally {
      pool.closeAll();
    }
  });

  it('closes its idle connections on closeAll, and one released after it', () => {
    const pool = new SnapshotPool(db.$client.name);
    const held = pool.open();
    const idle = pool.open();
    idle.close();
    pool.closeAll();
    expect(idle.sqlite.open).toBe(false);
    expect(held.sqlite.open).toBe(true);
    held.close();
    expect(held.sqlite.open).toBe(false);
  });

  it('q= walks one after another on the repository’s kept connections see the data of their own start', () => {
    const ids = (s: ReturnType<Repository['snapshot']>) => {
      try {
        return [...s.pages(programsResource, { q: 'pool' }, 50)].flat().map((r) => r.id as string);
      } finally {
        s.close();
      }
    };
    const first = ids(repo.snapshot());
    rename('snapshot-program-9', 'pool renamed between walks');
    const second = ids(repo.snapshot());
    expect(first).not.toContain('snapshot-program-9');
    expect(new Set(second)).toEqual(new Set([...first, 'snapshot-program-9']));
  });
});

describe('an export stream gives its snapshot back however it ends', () => {
  // A snapshot held open keeps its read transaction, and a checkpoint cannot reset the log past it.
  const checkpointBusy = () => {
    // Without waiting for the reader (the connection's busy timeout would wait 5 s first).
    const timeout = db.$client.pragma('busy_timeout', { simple: true });
    db.$client.pragma('busy_timeout = 0');
    try {
      return (db.$client.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[])[0]?.busy ?? Number.NaN;
    } finally {
      db.$client.pragma(`busy_timeout = ${Number(timeout)}`);
    }
  };
  const closed = (stream: NodeJS.ReadableStream) => new Promise((done) => stream.once('close', done));

  it('destroyed before its first read (the client left during a q= fill)', async () => {
    const stream = await exportStream(repo, programsResource, { q: 'snapshot' }, 'csv');
    rename('snapshot-program-11', 'export left before reading');
    expect(checkpointBusy()).toBe(1);
    const done = closed(stream);
    stream.destroy();
    await done;
    expect(checkpointBusy()).toBe(0);
  });

  it('destroyed after some pages: the walk stops and reads nothing more', async () => {
    const stream = await exportStream(repo, programsResource, {}, 'ndjson');
    let lines = 0;
    const done = closed(stream);
    stream.on('data', (chunk: string) => {
      lines += String(chunk).split('\n').length - 1;
      if (lines >= 150) stream.destroy();
    });
    await done;
    expect(lines).toBeLessThan(names().size);
    rename('snapshot-program-12', 'export left while reading');
    expect(checkpointBusy()).toBe(0);
  });
});

describe('CSV export over HTTP on a file database', () => {
  let t: TestApp;
  beforeAll(async () => {
    const other = freshDb(join(dir, 'http.db'));
    addPrograms(other);
    t = await startApp({}, other);
  });
  afterAll(async () => {
    await t.close();
  });

  it('streams every program once, in order, through the snapshot connection', async () => {
    const res = await t.http.get('/v1/programs.csv').expect(200);
    const rows = parse(res.text, { columns: true }) as { id: string; name: string }[];
    const live = t.db.$client.prepare('select count(*) as n from programs where deleted_at is null').get() as {
      n: number;
    };
    expect(rows.length).toBe(live.n);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const sorted = [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    expect(rows.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
  });

  it('keeps to its snapshot while records are renamed through the store during the stream', async () => {
    const before = new Map(
      (
        t.db.$client.prepare('select id, name from programs where deleted_at is null').all() as {
          id: string;
          name: string;
        }[]
      ).map((r) => [r.id, r.name]),
    );
    const res = await fetch(`${t.url}/v1/programs.csv`);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const first = await reader.read();
    text += decoder.decode(first.value, { stream: true });
    // Renames across the cursor, through the record store, after the stream began: a seen row to the
    // end of the order, unseen rows to its start.
    const writer = Writer.on(t.db);
    const rename = (id: string, name: string) =>
      writer.update(
        programsResource,
        id,
        (current) => programsResource.input.parse({ ...current, name }),
        'any',
        'test',
        'updated',
      );
    rename('snapshot-program-0', 'ZZZ renamed during the stream, of Roots to Thrive');
    for (let i = 1; i <= 5; i++)
      rename(`snapshot-program-${EXTRA - i}`, `000 renamed during the stream ${i}, of Roots to Thrive`);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const rows = parse(text, { columns: true }) as { id: string; name: string }[];
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Map(rows.map((r) => [r.id, r.name]))).toEqual(before);
  });
});
