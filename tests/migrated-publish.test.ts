/**
 * A migration that corrects stored records in SQL is published like a write (seed/load.ts
 * `publishMigrations`): the corrected records get a new version, an "updated" change event and a
 * revision, so partners syncing with `updated_since` or the change feed receive the correction.
 * The migrations here are the real ones, plus one correction of the test's own, applied as the
 * server applies them on start (every migration it has not applied yet).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { loadSeed, publishMigrations } from '../seed/load.js';
import { migrateDb, openDb } from '../src/db/client.js';
import { MIGRATIONS_DIR } from '../src/db/paths.js';
import { Writer } from '../src/repository/writes.js';
import { faqsResource } from '../src/resources/faqs/faqs.resource.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every migration Katalog has, then `sql` as one more (a correction made in SQL, as 0020-0024 are). */
function withCorrection(name: string, sql: string): string {
  const folder = join(dir, name);
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'));
  for (const e of journal.entries) cpSync(join(MIGRATIONS_DIR, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  const last = journal.entries.at(-1);
  const tag = `${String(last.idx + 1).padStart(4, '0')}_${name}`;
  journal.entries.push({ idx: last.idx + 1, version: '6', when: last.when + 1000, tag, breakpoints: true });
  writeFileSync(join(folder, `${tag}.sql`), sql);
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

describe('records a migration corrects are published as new versions', () => {
  const [seeded, edited, untouched, bumped, stale] = seedData.faqs.map((f) => f.id);
  const db = openDb(join(dir, 'k.db'));
  migrateDb(db);
  loadSeed(db, seedData);
  // An editor's change through the store, before the upgrade.
  Writer.on(db).update(faqsResource, edited as string, (f) => ({ ...f, position: 77 }), 'any', 'anna', 'updated');
  const version = (id: string) =>
    (db.$client.prepare('select version from faqs where id = ?').get(id) as { version: number }).version;
  const before = {
    seeded: version(seeded as string),
    edited: version(edited as string),
    bumped: version(bumped as string),
    stale: version(stale as string),
  };
  // A revision written before a field existed lacks its key; the record holds null there: the same content.
  const org = seedData.organizations.find((o) => Object.values(o).some((v) => v === null)) as { id: string };
  const last = db.$client
    .prepare(
      "select seq, after from revisions where collection = 'organizations' and record_id = ? order by seq desc limit 1",
    )
    .get(org.id) as { seq: number; after: string };
  const older = JSON.parse(last.after) as Record<string, unknown>;
  const nullKey = Object.keys(older).find((k) => older[k] === null) as string;
  delete older[nullKey];
  db.$client.prepare('update revisions set after = ? where seq = ?').run(JSON.stringify(older), last.seq);
  const orgVersion = () =>
    (db.$client.prepare('select version from organizations where id = ?').get(org.id) as { version: number }).version;
  const orgBefore = orgVersion();
  const events = () => (db.$client.prepare('select count(*) as n from changes').get() as { n: number }).n;
  const eventsBefore = events();
  // The correction: two records' answers changed in SQL; a third also given a version and an event by
  // the migration itself (as 0021 does), so only its revision is missing; a fourth given a version but
  // neither a new updated_at nor an event.
  const folder = withCorrection(
    'test_correction',
    `UPDATE faqs SET answer = answer || ' (corrected)' WHERE id IN ('${seeded}', '${edited}', '${bumped}', '${stale}');--> statement-breakpoint
UPDATE faqs SET version = version + 1 WHERE id = '${stale}';--> statement-breakpoint
UPDATE faqs SET version = version + 1, updated_at = '2029-12-31T00:00:00.000Z' WHERE id = '${bumped}';--> statement-breakpoint
INSERT INTO changes (collection, record_id, action, version, changed_at) SELECT 'faqs', id, 'updated', version, updated_at FROM faqs WHERE id = '${bumped}';`,
  );
  const applied = migrateDb(db, folder);
  // Whatever applied the migrations (here an earlier call, as \`npm run keys\` would), publishing still follows.
  const again = migrateDb(db, folder);
  const at = '2030-01-01T00:00:00.000Z';
  const published = publishMigrations(db, at);

  it('counts the migrations a call applies, and publishes exactly the records whose content changed', () => {
    expect(applied).toBe(1);
    expect(again).toBe(0);
    expect(published).toBe(4);
    expect(version(stale as string)).toBe(before.stale + 1);
    expect(version(seeded as string)).toBe(before.seeded + 1);
    expect(version(edited as string)).toBe(before.edited + 1);
    expect(version(bumped as string)).toBe(before.bumped + 1);
    expect(version(untouched as string)).toBe(1);
    // A key its older revision lacks, null now: not a change.
    expect(nullKey).toBeDefined();
    expect(orgVersion()).toBe(orgBefore);
    // Three new events; the migration wrote the fourth itself, and it is not repeated.
    expect(events()).toBe(eventsBefore + 4);
    // The one a migration versioned without a date is dated by the publishing, event and record alike.
    const staleAt = db.$client.prepare('select updated_at from faqs where id = ?').get(stale) as { updated_at: string };
    expect(staleAt.updated_at).toBe(at);
    expect(
      db.$client
        .prepare("select changed_at from changes where collection = 'faqs' and record_id = ? order by seq desc")
        .get(stale),
    ).toEqual({ changed_at: at });
  });

  it('gives each a revision from what it was to what it is, by the seed when the seed wrote it last', () => {
    const rev = (id: string) =>
      db.$client
        .prepare(
          'select version, actor, before, after from revisions where collection = ? and record_id = ? order by seq desc limit 1',
        )
        .get('faqs', id) as { version: number; actor: string; before: string; after: string };
    for (const id of [seeded, edited, bumped, stale] as string[]) {
      const r = rev(id);
      expect(r.version, id).toBe(version(id));
      expect(JSON.parse(r.after).answer, id).toMatch(/ \(corrected\)$/);
      expect(JSON.parse(r.before).answer, id).not.toMatch(/ \(corrected\)$/);
    }
    expect(rev(seeded as string).actor).toBe('seed');
    expect(rev(edited as string).actor).toBe('migration');
  });

  it('shows the corrections to a partner syncing with the change feed since before the upgrade', () => {
    const changed = db.$client
      .prepare("select distinct record_id from changes where collection = 'faqs' and changed_at >= '2029-12-31'")
      .all() as { record_id: string }[];
    expect(changed.map((c) => c.record_id).sort()).toEqual([seeded, edited, bumped, stale].sort());
    const updated = db.$client.prepare('select id from faqs where updated_at = ?').all(at) as { id: string }[];
    expect(updated.map((u) => u.id).sort()).toEqual([seeded, edited, stale].sort());
  });

  it('publishes nothing the second time, and the seed keeps the editor’s record as the migration left it', () => {
    expect(migrateDb(db, folder)).toBe(0);
    expect(publishMigrations(db, at)).toBe(0);
    const report = loadSeed(db, seedData);
    expect(report.kept_edits).toEqual([`faqs/${edited}`]);
    db.$client.close();
  });
});
