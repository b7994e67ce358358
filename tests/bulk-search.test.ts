/**
 * `Writer.bulk` indexes its batch for search once per table when the batch ends (the triggers stand
 * aside while src/search/triggers.ts SEARCH_PENDING lists records): the index it leaves is the one the
 * triggers write record by record, for new records, changed ones and deleted ones, and the flag
 * never outlives the transaction.
 */
import { describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import type { Db } from '../src/db/client.js';
import { Writer } from '../src/repository/writes.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { programsResource } from '../src/resources/programs/programs.resource.js';
import { SEARCH_PENDING } from '../src/search/triggers.js';
import { freshDb } from './helpers.js';

const AT = '2026-01-01T00:00:00.000Z';
const program = programsResource.input.parse(seedData.programs[0]);
const price = pricesResource.input.parse(seedData.prices.find((p) => p.program_id === program.id));

/** Programs and two prices each; some renamed, one deleted and one restored, as `write` runs them. */
function writeAll(db: Db, write: (fn: () => void) => void) {
  const writer = Writer.on(db);
  const put = (i: number, name: string) => {
    const id = `bulk-program-${i}`;
    writer.put(programsResource, { ...program, id, name }, { actor: 'test', at: AT });
    for (const kind of ['session', 'program'])
      writer.put(
        pricesResource,
        { ...price, id: `${id}-${kind}`, program_id: id, label: `${name} ${kind} zephyr${i}` },
        { actor: 'test', at: AT },
      );
  };
  write(() => {
    for (let i = 0; i < 30; i++) put(i, `Quokka cohort ${i} of Roots to Thrive`);
  });
  write(() => {
    for (let i = 0; i < 30; i += 3) put(i, `Wombat circle ${i} of Roots to Thrive`);
    writer.remove(pricesResource, 'bulk-program-4-session', 'any', 'test');
    writer.remove(pricesResource, 'bulk-program-5-session', 'any', 'test');
    writer.restore(pricesResource, 'bulk-program-5-session', 'test');
  });
}

const index = (db: Db) =>
  db.$client
    .prepare(
      'select k.collection, k.record_id, s.title, s.body from search s join search_keys k on k.id = s.rowid order by k.collection, k.record_id',
    )
    .all();
const found = (db: Db, q: string) =>
  db.$client
    .prepare(
      'select k.record_id as id from search join search_keys k on k.id = search.rowid where search match ? order by 1',
    )
    .pluck()
    .all(q);

describe('bulk writes and the search index', () => {
  it('index a batch exactly as the triggers index record by record', () => {
    const single = freshDb();
    const bulk = freshDb();
    writeAll(single, (fn) => fn());
    const writer = Writer.on(bulk);
    writeAll(bulk, (fn) => writer.bulk(fn));
    expect(index(bulk)).toEqual(index(single));
    expect(found(bulk, 'wombat')).toHaveLength(30);
    expect(found(bulk, 'quokka')).toHaveLength(59);
    // The deleted price is not found, the restored one is.
    expect(found(bulk, 'zephyr4')).toEqual(['bulk-program-4-program']);
    expect(found(bulk, 'zephyr5')).toEqual(['bulk-program-5-program', 'bulk-program-5-session']);
    expect(bulk.$client.prepare(`select count(*) from ${SEARCH_PENDING}`).pluck().get()).toBe(0);
  });

  it('leave no flag behind when a batch fails, and single writes index at once again', () => {
    const db = freshDb();
    const writer = Writer.on(db);
    expect(() =>
      writer.bulk(() => {
        writer.put(
          programsResource,
          { ...program, id: 'bulk-dangling', name: 'Numbat of Roots to Thrive' },
          { actor: 't', at: AT },
        );
        writer.put(
          pricesResource,
          { ...price, id: 'bulk-dangling-price', program_id: 'no-such-program' },
          { actor: 't', at: AT },
        );
      }),
    ).toThrow(/no-such-program/);
    expect(db.$client.prepare(`select count(*) from ${SEARCH_PENDING}`).pluck().get()).toBe(0);
    writer.put(
      programsResource,
      { ...program, id: 'after-bulk', name: 'Numbat of Roots to Thrive' },
      { actor: 't', at: AT },
    );
    expect(found(db, 'numbat')).toEqual(['after-bulk']);
  });
});
