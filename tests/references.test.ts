import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { BY_SIBLING, referencePaths, referencesIn } from '../src/resources/references.js';
import { citedFaq, startApp, type TestApp } from './helpers.js';

/**
 * References are declared once, on the schemas (src/resources/references.ts), and enforced on every
 * write: a dangling reference is a 422 naming the field, in every collection and at every depth; a
 * referenced record cannot be deleted (409 naming who points at it); a restore cannot point at a
 * deleted record. A property test deletes and restores at random and checks the database after each step.
 */

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp({ WRITE_RATE_LIMIT_MAX: '100000' });
  key = createKey(t.db, 'editor', 'write').key;
});
afterAll(() => t.close());
const auth = () => ({ authorization: `Bearer ${key}` });
const etag = async (path: string) => String((await t.http.get(path).expect(200)).headers.etag);

const seedOf = (collection: string) =>
  seedData[collection as keyof typeof seedData] as unknown as Record<string, unknown>[];

/** Replace the value at a reference path of a document with `value` (the first occurrence). */
function setAt(doc: unknown, path: string[], value: string): boolean {
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(doc) || !doc.length) return false;
    if (!rest.length) {
      doc[0] = value;
      return true;
    }
    return setAt(doc[0], rest, value);
  }
  const o = doc as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || o[head] === null || o[head] === undefined) return false;
  if (!rest.length) {
    o[head] = value;
    return true;
  }
  return setAt(o[head], rest, value);
}

describe('references declared once, enforced on every write', () => {
  it('knows every reference of every collection from the schemas', () => {
    const declared = Object.fromEntries(
      resources.map((r) => [r.tableName, referencePaths(r.writable).map((p) => `${p.path.join('.')}->${p.target}`)]),
    );
    expect(declared.programs).toEqual(
      expect.arrayContaining([
        'organization_id->organizations',
        'routes.*->dosing_routes',
        'citations.*.source_id->sources',
      ]),
    );
    expect(declared.faqs).toContain(`related.*.id->${BY_SIBLING}`);
    expect(declared.session_phases).toContain('practical_rules.*.scope.program_ids.*->programs');
    expect(declared.session_phases).toContain('practical_rules.*.scope.stated_by.*->sources');
    expect(declared.guides).toContain('items.*.scope.program_ids.*->programs');
    expect(declared.faqs).toContain('answered_by->sources');
    expect(declared.programs).toContain('access.steps.*.organization_id->organizations');
    expect(declared.contraindications).toContain('scope.program_ids.*->programs');
    for (const r of resources) expect(declared[r.tableName]).toContain('citations.*.source_id->sources');
    // The fields that name another record say so (a schema cloned after notSelf would lose it: review 27 R27-9).
    const selfRules = resources.flatMap((r) =>
      referencePaths(r.writable)
        .filter((p) => p.self)
        .map((p) => `${r.tableName}.${p.path.join('.')}:${p.self}`),
    );
    expect(selfRules.sort()).toEqual([
      'faqs.related.*.id:other',
      'organizations.parent_organization_id:acyclic',
      'organizations.partner_organization_ids.*:other',
      'organizations.website_organization_id:other',
    ]);
  });

  const cases = resources.flatMap((r) =>
    referencePaths(r.writable)
      .filter((p) => p.target !== BY_SIBLING)
      .map((p) => [r.path, p.path.join('.'), r.tableName] as const),
  );

  it.each(cases)(
    '%s: a dangling %s is a 422 naming the field, on POST and on PUT',
    async (path, refPath, collection) => {
      const records = seedOf(collection);
      const ref = referencePaths(resources.find((r) => r.tableName === collection)!.writable).find(
        (p) => p.path.join('.') === refPath,
      )!;
      // A seed record with a value at this path, or the first record with a one-element array or object added.
      let doc = structuredClone(records.find((d) => setAt(structuredClone(d), ref.path, 'x')) ?? records[0]) as Record<
        string,
        unknown
      >;
      // A cited source renamed everywhere the record names it (its statements' stated_by too), so that only the
      // reference dangles: who says a statement must be a source the record cites (hostile 18 H18-8).
      const cited = (doc.citations as { source_id?: string }[] | undefined)?.map((c) => c.source_id);
      if (ref.path[0] === 'citations' && cited?.length)
        doc = JSON.parse(
          JSON.stringify(doc, (k, v) =>
            k !== 'id' && typeof v === 'string' && cited.includes(v) ? 'no-such-record' : v,
          ),
        );
      else if (!setAt(doc, ref.path, 'no-such-record')) {
        doc = structuredClone(records[0]) as Record<string, unknown>;
        if (ref.path.join('.') === 'scope.program_ids.*' || ref.path.join('.') === 'dose_scope.program_ids.*') {
          const field = ref.path[0] as string;
          doc[field] = {
            level: 'program',
            format: null,
            program_ids: ['no-such-record'],
            stated_by: [(doc.citations as { source_id: string }[])[0]!.source_id],
            hedge: null,
            inferred: false,
          };
        } else return; // no record holds this reference and it cannot be added generically
      }
      const created = await t.http
        .post(`/v1/${path}`)
        .set(auth())
        .send({ ...doc, id: `dangling-${collection.replace(/_/g, '-')}` });
      expect(created.status, JSON.stringify(created.body)).toBe(422);
      expect(created.body.errors.map((e: { name: string }) => e.name).join(' ')).toContain(ref.path[0]);
      const id = String(doc.id);
      const put = await t.http
        .put(`/v1/${path}/${id}`)
        .set(auth())
        .set('if-match', await etag(`/v1/${path}/${id}`))
        .send(doc);
      expect(put.status).toBe(422);
    },
  );

  it('faq related: an unknown or hostile collection name and a missing record are 422', async () => {
    const base = structuredClone(seedData.faqs[0]!) as Record<string, unknown>;
    for (const related of [
      [{ collection: '__proto__', id: 'x' }],
      [{ collection: 'constructor', id: 'x' }],
      [{ collection: 'programs', id: 'no-such-program' }],
      [{ collection: 'format-fit', id: 'no-such-row' }],
    ]) {
      const res = await t.http
        .post('/v1/faqs')
        .set(auth())
        .send({ ...base, id: 'faq-related-check', related });
      expect(res.status, JSON.stringify(related)).toBe(422);
      expect(res.body.errors[0].name).toMatch(/^related\[0\]\.(collection|id)$/);
    }
    await t.http.get('/v1/faqs/faq-related-check').expect(404);
  });

  it('faq related names a collection by its URL segment only, never its internal key (hostile 16 H16-1)', async () => {
    const base = structuredClone(seedData.faqs[0]!) as Record<string, unknown>;
    const named = resources.filter((r) => r.tableName !== r.path);
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) {
      const id = String(seedOf(r.tableName)[0]?.id);
      const internal = await t.http
        .post('/v1/faqs')
        .set(auth())
        .send({ ...base, id: 'faq-related-key', related: [{ collection: r.tableName, id }] });
      expect(internal.status, r.tableName).toBe(422);
      expect(internal.body.errors[0].name).toBe('related[0].collection');
      expect(internal.body.errors[0].detail).toContain(r.path);
    }
    await t.http.get('/v1/faqs/faq-related-key').expect(404);
    // The URL segment is taken, and served back as written: a link that resolves.
    const r = named[0]!;
    const id = String(seedOf(r.tableName)[0]?.id);
    await t.http
      .post('/v1/faqs')
      .set(auth())
      .send({ ...base, id: 'faq-related-key', related: [{ collection: r.path, id }] })
      .expect(201);
    const served = (await t.http.get('/v1/faqs/faq-related-key').expect(200)).body.data.related;
    expect(served).toEqual([{ collection: r.path, id }]);
    await t.http.get(`/v1/${served[0].collection}/${served[0].id}`).expect(200);
    await t.http.delete('/v1/faqs/faq-related-key').set(auth()).set('if-match', '*').expect(204);
  });

  it('the spec’s x-references name collections by their URL segment', async () => {
    const spec = JSON.stringify((await t.http.get('/openapi.json').expect(200)).body);
    const named = [...spec.matchAll(/"x-references":"([^"]*)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(10);
    // BY_SIBLING: the collection its sibling `collection` names.
    const segments = new Set([...resources.map((r) => r.path), BY_SIBLING]);
    for (const n of named) expect(segments.has(String(n)), String(n)).toBe(true);
  });

  it('PATCH of a session phase rule to a program that does not exist is a 422', async () => {
    const phase = seedData.session_phases.find((p) => p.practical_rules.length)!;
    const rules = structuredClone(phase.practical_rules);
    rules[0]!.scope = { ...rules[0]!.scope, level: 'program', format: null, program_ids: ['no-such-program'] };
    const res = await t.http
      .patch(`/v1/session-phases/${phase.id}`)
      .set(auth())
      .set('if-match', await etag(`/v1/session-phases/${phase.id}`))
      .send({ practical_rules: rules });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].name).toBe('practical_rules[0].scope.program_ids[0]');
  });

  it('refuses to delete a referenced record (409 naming the referrers); allows it once they are gone', async () => {
    const res = await t.http
      .delete('/v1/programs/roots-to-thrive-group')
      .set(auth())
      .set('if-match', await etag('/v1/programs/roots-to-thrive-group'));
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('prices/roots-to-thrive-group-price (program_id)');
    await t.http.get('/v1/programs/roots-to-thrive-group').expect(200);
    const src = await t.http
      .delete('/v1/sources/kair-group-therapy-unpacked')
      .set(auth())
      .set('if-match', await etag('/v1/sources/kair-group-therapy-unpacked'));
    expect(src.status).toBe(409);
    expect(src.body.detail).toMatch(/citations\[\]\.source_id/);
    // A reference deep inside a JSON column (a guide item's scope) holds too.
    const colorado = await t.http
      .delete('/v1/programs/colorado-five-week-group')
      .set(auth())
      .set('if-match', await etag('/v1/programs/colorado-five-week-group'));
    expect(colorado.status).toBe(409);
    expect(colorado.body.detail).toContain('guides/guide-costs (items[].scope.program_ids[])');
  });
});

describe('a record that points at itself', () => {
  const patch = (path: string, body: object) =>
    etag(path).then((tag) =>
      t.http
        .patch(path)
        .set(auth())
        .set('if-match', tag)
        .set('content-type', 'application/merge-patch+json')
        .send(body),
    );

  it('a source citing itself can be created so and deleted: it is not its own referrer', async () => {
    const source = seedOf('sources').find((x) => x.id === 'port-credit-therapy-centre') as Record<string, unknown>;
    const { id: _id, ...body } = structuredClone(source);
    await t.http
      .post('/v1/sources')
      .set(auth())
      .send({ ...body, id: 'self-citing-source' })
      .expect(201);
    const cited = (await t.http.get('/v1/sources/self-citing-source').expect(200)).body.data.citations as object[];
    const patched = await patch('/v1/sources/self-citing-source', {
      citations: cited.map((c) => ({ ...c, source_id: 'self-citing-source' })),
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    // Created pointing at itself in one POST, as a PATCH allows (reprobe R-2).
    await t.http
      .post('/v1/sources')
      .set(auth())
      .send({
        ...body,
        id: 'self-citing-at-once',
        citations: cited.map((c) => ({ ...c, source_id: 'self-citing-at-once' })),
      })
      .expect(201);
    for (const path of ['/v1/sources/self-citing-source', '/v1/sources/self-citing-at-once']) {
      const res = await t.http
        .delete(path)
        .set(auth())
        .set('if-match', await etag(path));
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(204);
      await t.http.get(path).expect(404);
    }
  });

  it('a field that names another record refuses the record itself, and a parent chain its start (hostile 16 H16-11)', async () => {
    const refused = async (
      res: { status: number; body: { errors?: { name: string; detail: string }[] } },
      name: string,
    ) => {
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.errors?.map((e) => e.name)).toContain(name);
    };
    const org = '/v1/organizations/atma-cena';
    const before = (await t.http.get(org).expect(200)).body.data.version;
    await refused(await patch(org, { parent_organization_id: 'atma-cena' }), 'parent_organization_id');
    await refused(await patch(org, { partner_organization_ids: ['atma-cena'] }), 'partner_organization_ids[0]');
    await refused(await patch(org, { website_organization_id: 'atma-cena' }), 'website_organization_id');
    // A FAQ related to itself, in a POST and in a PATCH.
    await refused(
      await t.http
        .post('/v1/faqs')
        .set(auth())
        .send({ ...citedFaq('self-related-faq'), related: [{ collection: 'faqs', id: 'self-related-faq' }] }),
      'related[0].id',
    );
    await t.http.get('/v1/faqs/self-related-faq').expect(404);
    const faq = seedOf('faqs')[0] as { id: string };
    await refused(
      await patch(`/v1/faqs/${faq.id}`, { related: [{ collection: 'faqs', id: faq.id }] }),
      'related[0].id',
    );
    // A parent chain: a → b is taken, then b → a (through a stored a) is refused, as is c → a → b → c.
    for (const id of ['chain-a', 'chain-b', 'chain-c']) {
      const base = structuredClone(seedOf('organizations').find((o) => o.id === 'atma-cena')) as Record<
        string,
        unknown
      >;
      await t.http
        .post('/v1/organizations')
        .set(auth())
        .send({ ...base, id, parent_organization_id: null, partner_organization_ids: [], access_steps: [] })
        .expect(201);
    }
    expect((await patch('/v1/organizations/chain-a', { parent_organization_id: 'chain-b' })).status).toBe(200);
    expect((await patch('/v1/organizations/chain-b', { parent_organization_id: 'chain-c' })).status).toBe(200);
    await refused(
      await patch('/v1/organizations/chain-b', { parent_organization_id: 'chain-a' }),
      'parent_organization_id',
    );
    await refused(
      await patch('/v1/organizations/chain-c', { parent_organization_id: 'chain-a' }),
      'parent_organization_id',
    );
    // A PUT too; a parent that leads elsewhere is taken.
    const c = (await t.http.get('/v1/organizations/chain-c').expect(200)).body.data;
    const { version: _v, created_at: _c, updated_at: _u, ...doc } = c;
    const put = await t.http
      .put('/v1/organizations/chain-c')
      .set(auth())
      .set('if-match', await etag('/v1/organizations/chain-c'))
      .send({ ...doc, parent_organization_id: 'chain-b' });
    await refused(put, 'parent_organization_id');
    expect((await patch('/v1/organizations/chain-c', { parent_organization_id: 'atma-cena' })).status).toBe(200);
    // However long the chain (hostile 17b H17b-4: a walk bounded at 1,000 steps let a cycle of 1,002 through).
    const columns = (
      t.db.$client.prepare("select name from pragma_table_info('organizations')").all() as { name: string }[]
    ).map((c) => c.name);
    const insert = t.db.$client.prepare(
      `insert into organizations (${columns.join(', ')}) select ${columns
        .map((c) => (c === 'id' || c === 'parent_organization_id' ? '?' : c))
        .join(', ')} from organizations where id = 'chain-a'`,
    );
    // With chain-a's citations, as every record has some.
    const cite = t.db.$client.prepare(
      "insert into citations (collection, record_id, position, source_id, excerpt, section) select collection, ?, position, source_id, excerpt, section from citations where collection = 'organizations' and record_id = 'chain-a'",
    );
    t.db.$client.transaction(() => {
      for (let i = 0; i < 1200; i++) cite.run(`long-${i}`);
      for (let i = 0; i < 1200; i++)
        insert.run(
          ...columns
            .filter((c) => c === 'id' || c === 'parent_organization_id')
            .map((c) => (c === 'id' ? `long-${i}` : i === 0 ? null : `long-${i - 1}`)),
        );
    })();
    await refused(
      await patch('/v1/organizations/long-0', { parent_organization_id: 'long-1199' }),
      'parent_organization_id',
    );
    // A deleted parent is refused once, as not live, not also as a cycle (H17b-8).
    // (long-1199 is the chain's last: no record points at it.)
    t.db.$client
      .prepare("update organizations set deleted_at = '2026-01-01T00:00:00.000Z' where id = 'long-1199'")
      .run();
    const deleted = await patch('/v1/organizations/long-0', { parent_organization_id: 'long-1199' });
    expect(deleted.status).toBe(422);
    expect(deleted.body.errors).toHaveLength(1);
    expect((await t.http.get(org).expect(200)).body.data.version).toBe(before);
  });

  it('whose site an address is, is named only with an address (hostile 16 H16-11)', async () => {
    const program = '/v1/programs/roots-to-thrive-group';
    const res = await patch(program, { access: { website: null } });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.errors.map((e: { name: string }) => e.name)).toContain('access.website');
    const none = await patch(program, { access: { website_organization_id: null } });
    expect(none.status).toBe(422);
    expect(none.body.errors.map((e: { name: string }) => e.name)).toContain('access.website_organization_id');
    const both = await patch(program, { access: { website: null, website_organization_id: null } });
    expect(both.status, JSON.stringify(both.body)).toBe(200);
    // Port Credit's address is ATMA CENA's site: without an address, it is no one's.
    const org = await patch('/v1/organizations/port-credit-therapy-centre', { website: null });
    expect(org.status).toBe(422);
    expect(org.body.errors.map((e: { name: string }) => e.name)).toContain('website');
    const own = await patch('/v1/organizations/roots-to-thrive', { website: null });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
  });
});

describe('no live record ever points at a missing or deleted one (property)', () => {
  /** Every reference held by a live record, checked against the live records of its target. */
  function dangling(): string[] {
    const live = new Map<string, Set<string>>();
    for (const r of resources)
      live.set(
        r.tableName,
        new Set(t.db.all<{ id: string }>(sql`select id from ${r.table} where deleted_at is null`).map((x) => x.id)),
      );
    const byPath = new Map(resources.map((r) => [r.path, r.tableName]));
    const out: string[] = [];
    for (const r of resources) {
      const paths = referencePaths(r.writable);
      const rows = (t.db.select().from(r.table).all() as Record<string, unknown>[]).filter(
        (x) => x.deleted_at === null,
      );
      for (const row of rows) {
        const doc = r.fromRow(
          row,
          t.db.all(sql`select source_id from citations where collection = ${r.tableName} and record_id = ${row.id}`),
        );
        for (const ref of referencesIn(doc, paths)) {
          // A FAQ's related record names its collection by URL segment; every other reference by key.
          const coll = byPath.get(ref.target) ?? ref.target;
          if (!live.get(coll)?.has(String(ref.id)))
            out.push(`${r.tableName}/${row.id}.${ref.name} -> ${coll}/${ref.id}`);
        }
      }
    }
    return out;
  }

  it('after random deletes and restores across every collection', async () => {
    expect(dangling()).toEqual([]);
    // The checker itself sees a dangling reference written behind the API's back.
    t.db.run(
      sql`update faqs set related = ${JSON.stringify([{ collection: 'format-fit', id: 'gone' }])} where id = ${seedData.faqs[0]!.id}`,
    );
    expect(dangling()).toEqual([`faqs/${seedData.faqs[0]!.id}.related[0].id -> format_fit/gone`]);
    t.db.run(
      sql`update faqs set related = ${JSON.stringify(seedData.faqs[0]!.related)} where id = ${seedData.faqs[0]!.id}`,
    );
    expect(dangling()).toEqual([]);
    const all = resources.flatMap((r) => seedOf(r.tableName).map((d) => [r.path, String(d.id)] as const));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...all), fc.boolean()), { minLength: 1, maxLength: 12 }),
        async (steps) => {
          for (const [[path, id], restore] of steps) {
            if (restore) {
              await t.http.post(`/v1/${path}/${id}/restore`).set(auth());
            } else {
              const got = await t.http.get(`/v1/${path}/${id}`);
              if (got.status !== 200) continue;
              const res = await t.http
                .delete(`/v1/${path}/${id}`)
                .set(auth())
                .set('if-match', String(got.headers.etag));
              expect([204, 409]).toContain(res.status);
            }
            expect(dangling()).toEqual([]);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
