/**
 * Attack: writes that are well-formed JSON but break what the data model means (an upper bound
 * below its lower bound, a made-up currency, NUL in text), merge patches that cannot clear a field
 * or bump versions for nothing, If-Match tags that were never issued, and bodies nested thousands
 * of levels deep. Every one is a 4xx problem+json naming the field, and nothing is stored.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp();
  key = createKey(t.db, 'validation', 'write').key;
});
afterAll(() => t.close());

const auth = () => ({ authorization: `Bearer ${key}` });
const ranged = seedData.prices.find((p) => p.amount_min != null && p.amount_max != null) as (typeof seedData.prices)[0];
const price = (over: Record<string, unknown>) => ({ ...ranged, id: 'validation-price', ...over });
/** A tag without its encoding suffix (supertest asks for gzip; write responses carry the identity tag). */
const base = (tag: string) => tag.replace(/-(gzip|br)"$/, '"');
const etagOf = async (url: string) => (await t.http.get(url).expect(200)).headers.etag as string;
const patch = async (url: string, body: unknown, ifMatch?: string) =>
  t.http
    .patch(url)
    .set(auth())
    .set('if-match', ifMatch ?? (await etagOf(url)))
    .set('content-type', 'application/merge-patch+json')
    .send(typeof body === 'string' ? body : JSON.stringify(body));
const expectProblem = (res: { status: number; headers: Record<string, string>; body: unknown }, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
};
const names = (res: { body: { errors?: { name: string }[] } }) => (res.body.errors ?? []).map((e) => e.name);

describe('rules across fields, on POST, PUT and PATCH', () => {
  it.each([
    ['amount_max below amount_min', { amount_min: 500, amount_max: 100 }, 'amount_max'],
    ['an upper amount without a lower one', { amount_min: null, amount_max: 100 }, 'amount_min'],
    ['open_ended with an amount_max', { open_ended: true }, 'amount_max'],
    [
      'sessions_included_max below sessions_included',
      { sessions_included: 6, sessions_included_max: 2 },
      'sessions_included_max',
    ],
  ])('a price with %s is a 422 naming the field', async (_what, over, field) => {
    const res = await t.http.post('/v1/prices').set(auth()).send(price(over));
    expectProblem(res, 422);
    expect(names(res)).toContain(field);
    await t.http.get('/v1/prices/validation-price').expect(404);
  });

  it('a currency that is not ISO 4217 is refused; a real one is accepted', async () => {
    const bad = await t.http
      .post('/v1/prices')
      .set(auth())
      .send(price({ currency: 'ZZZ' }));
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(names(bad)).toContain('currency');
    await t.http
      .post('/v1/prices')
      .set(auth())
      // Its text writes a bare "$": a real currency written so (hostile 18c H18c-6: not EUR).
      .send(price({ currency: 'AUD' }))
      .expect(201);
  });

  it('PUT checks the same rules', async () => {
    const url = `/v1/prices/${ranged.id}`;
    const { id: _id, ...body } = price({ amount_min: 900, amount_max: 10 });
    const res = await t.http
      .put(url)
      .set(auth())
      .set('if-match', await etagOf(url))
      .send(body);
    expectProblem(res, 422);
    expect(names(res)).toContain('amount_max');
  });

  it.each([
    ['programs', 'group_size_min', 'group_size_max'],
    ['programs', 'medicine_sessions', 'medicine_sessions_max'],
    ['dosing-routes', 'dose_min', 'dose_max'],
    ['session-phases', 'duration_min_minutes', 'duration_max_minutes'],
  ])('a merge patch putting %s.%s above its maximum is a 422', async (collection, min, max) => {
    const record = (seedData as unknown as Record<string, Record<string, unknown>[]>)[
      collection.replace('-', '_')
    ]?.[0];
    const url = `/v1/${collection}/${record?.id}`;
    const before = (await t.http.get(url).expect(200)).body.data;
    const res = await patch(url, {
      [min]: 50,
      [max]: 10,
      ...(collection === 'dosing-routes' ? { dose_unit: 'mg' } : {}),
    });
    expectProblem(res, 422);
    expect(names(res)).toContain(max);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });

  it('rules hold inside arrays too (a practical rule of a session phase)', async () => {
    const phase = seedData.session_phases[0] as (typeof seedData.session_phases)[0];
    const url = `/v1/session-phases/${phase.id}`;
    const rule = {
      rule: 'Stay seated',
      value_min: 5,
      value_max: 1,
      unit: 'hours',
      scope: phase.practical_rules[0]!.scope,
    };
    const res = await patch(url, { practical_rules: [rule] });
    expectProblem(res, 422);
    expect(res.body.detail).toContain('practical_rules[0].value_max');
  });

  it('the rules are in the OpenAPI document, on the write bodies', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    // Write bodies are named components referenced by $ref: follow the reference, and the ones it
    // is composed of (`PriceCreateInput` is `PriceReplaceInput` with an id).
    const named = (ref: string): string => {
      const schema = spec.components.schemas[ref.split('/').at(-1) as string];
      const parts = (schema.allOf ?? []).map((s: { $ref: string }) => named(s.$ref));
      return [JSON.stringify(schema), ...parts].join('\n');
    };
    const schemaOf = (requestBody: { content: Record<string, { schema: { $ref?: string } }> }) =>
      named(requestBody.content['application/json']?.schema.$ref as string);
    const body = schemaOf(spec.paths['/v1/prices'].post.requestBody);
    expect(body).toContain('amount_max ≥ amount_min');
    // The rule every body keeps is said once, in the API's description (hostile 17 H17-3 paid for the closed bodies).
    expect(spec.info.description).toContain('control character');
    const put = schemaOf(spec.paths['/v1/prices/{id}'].put.requestBody);
    expect(put).toContain('open_ended: true leaves amount_max null');
  });
});

describe('text is plain text', () => {
  it.each([
    ['NUL', '\u0000'],
    ['escape', '\u001b[31m'],
    ['backspace', '\b'],
    // C1 controls (hostile 16 H16-10): NEL, the 8-bit CSI, the first and the last of the range.
    ['NEL', '\u0085'],
    ['CSI', '\u009b[31m'],
    ['U+0080', '\u0080'],
    ['U+009F', '\u009f'],
  ])('%s in a text field is a 422 naming the field, on POST and PATCH', async (_what, bad) => {
    const res = await t.http
      .post('/v1/prices')
      .set(auth())
      .send(price({ id: 'validation-nul', label: `Group${bad}price` }));
    expectProblem(res, 422);
    expect(names(res)).toEqual(['label']);
    const url = `/v1/prices/${ranged.id}`;
    const patched = await patch(url, { note: `a${bad}b` });
    expectProblem(patched, 422);
    expect(patched.body.detail).toContain('note');
  });

  it('tab, line feed and carriage return are text', async () => {
    const url = `/v1/prices/${ranged.id}`;
    const res = await patch(url, { note: 'line one\r\n\tline two' });
    expect(res.status).toBe(200);
    expect(res.body.data.note).toBe('line one\r\n\tline two');
  });
});

describe('a price’s typed figures are the ones it writes (hostile 15 H15-4)', () => {
  it('an amount amount_text does not write, or a currency other than the code it writes, is a 422 naming it', async () => {
    const url = '/v1/prices/kair-group-session-100-250';
    const before = (await t.http.get(url).expect(200)).body.data;
    const off = await patch(url, { amount_min: 150 });
    expectProblem(off, 422);
    expect(names(off)).toEqual(['amount_min']);
    expect(off.body.detail).toContain('100, 250');
    const coded = '/v1/prices/roots-to-thrive-group-price';
    const other = await patch(coded, { currency: 'USD' });
    expectProblem(other, 422);
    expect(names(other)).toEqual(['currency']);
    const implied = await patch(coded, { currency_implied: true, inferred_fields: ['currency'] });
    expectProblem(implied, 422);
    expect(names(implied)).toContain('currency_implied');
    // Both together, as written, are taken; nothing refused was stored.
    expect((await patch(url, { amount_text: '$150-$250', amount_min: 150 })).status).toBe(200);
    expect((await patch(url, { amount_text: before.amount_text, amount_min: before.amount_min })).status).toBe(200);
    expect((await t.http.get(coded).expect(200)).body.data.currency).toBe('CAD');
    // A sign that names one currency is compared as a code is (hostile 17b H17b-2).
    for (const [text, currency] of [
      ['€1,530', 'EUR'],
      ['US$1,530', 'USD'],
      ['C$1,530', 'CAD'],
      ['£1,530', 'GBP'],
    ] as const) {
      const other = currency === 'CAD' ? 'USD' : 'CAD';
      const res = await patch(coded, { amount_text: text, amount_min: 1530, currency: other, currency_implied: false });
      expectProblem(res, 422);
      expect(names(res), text).toContain('currency');
      expect(res.body.detail).toContain(`must be ${currency}`);
      expect(res.body.detail, 'the words read as the currency are quoted').toContain(`"${text.replace(/1,530$/, '')}"`);
    }
  });

  it('a capitalised phrase after a figure is not a currency code: "$100-$250 ALL IN" (review C15-11, hostile 17b H17b-6)', async () => {
    const url = '/v1/prices/kair-group-session-100-250';
    const before = (await t.http.get(url).expect(200)).body.data;
    for (const text of ['$100-$250 ALL IN', 'ALL IN $100-$250', '$100-$250 TRY IT']) {
      const res = await patch(url, { amount_text: text });
      expect(res.status, `${text}: ${res.text}`).toBe(200);
      expect(res.body.data).toMatchObject({ amount_text: text, currency: 'USD', currency_implied: true });
    }
    // A code after a figure is still one, alone or before a tax note, and the refusal quotes what it read.
    for (const text of ['$100-$250 CAD', '$100-$250 CAD + GST']) {
      const res = await patch(url, { amount_text: text });
      expectProblem(res, 422);
      expect(res.body.detail).toContain('must be CAD, the currency amount_text writes ("CAD")');
    }
    expect((await patch(url, { amount_text: before.amount_text })).status).toBe(200);
  });

  it('a comma that is not a thousands separator is no figure: never read as 25 or 100 (hostile 17 H17-1)', async () => {
    const url = '/v1/prices/kair-group-session-100-250';
    const before = (await t.http.get(url).expect(200)).body.data;
    for (const [text, min, max] of [
      ['€2,5', 25, null],
      ['€2,5', 2.5, null],
      ['$1,00-$250', 100, 250],
      ['$1,2,3,4', 1234, null],
      ['$10,00,000', 1000000, null],
      // A thousands point, a leading point, groups by spaces, a multiplier (review 27 R27-3).
      ['€2.500', 2.5, null],
      ['€2.500', 2500, null],
      ['$.50', 50, null],
      ['$.50', 0.5, null],
      ['CAD 1 530', 530, null],
      ['CAD 1 530', 1530, null],
      ['$1k', 1, null],
      // Any space, an apostrophe, cents after a spaced group, other scripts' digits (hostile 17b H17b-1, H17b-5).
      ['$1\u2009530', 530, null],
      ["$1'530", 530, null],
      ['$1 530.50', 530.5, null],
      ['$\u0661\u0665\u0663\u0660', 1530, null],
      ['＄１，５３０', 1530, null],
    ] as const) {
      const res = await patch(url, { amount_text: text, amount_min: min, amount_max: max });
      expectProblem(res, 422);
      expect(names(res), text).toContain('amount_text');
      expect(res.body.detail).toContain('a comma before each group of three (1,530), cents after a point (2.50)');
      // Nor is a figure it cannot read offered as one (review 27 R27-15).
      expect(res.body.detail, text).not.toMatch(
        /must be a figure amount_text writes \([^)]*\b(25|100|1234|2\.5|50|530|1)\b/,
      );
    }
    // Thousands, decimals and a comma after a figure are read as before.
    for (const [text, min, max] of [
      ['$1,530.50', 1530.5, null],
      ['$100-$250, often', 100, 250],
      ['$1,000,000', 1000000, null],
      ['$100.', 100, null],
      ['$2.50 each', 2.5, null],
    ] as const)
      expect((await patch(url, { amount_text: text, amount_min: min, amount_max: max })).status, text).toBe(200);
    expect(
      (
        await patch(url, {
          amount_text: before.amount_text,
          amount_min: before.amount_min,
          amount_max: before.amount_max,
        })
      ).status,
    ).toBe(200);
  });
});

describe('a price’s flags say what its text writes (hostile 17b H17b-3)', () => {
  it('"+", "~" and each hedge must agree with amount_text and the excerpts', async () => {
    const url = '/v1/prices/kair-group-session-100-250';
    const before = (await t.http.get(url).expect(200)).body.data;
    for (const [body, name] of [
      [{ amount_text: '$10,000+', amount_min: 10000, amount_max: null, open_ended: false }, 'open_ended'],
      [{ amount_text: '$100-$250', open_ended: true, amount_max: null, open_ended_from: null }, 'open_ended'],
      [{ amount_text: '~$100-$250' }, 'hedges'],
      [{ hedges: [...before.hedges, 'roughly'] }, 'hedges[3]'],
    ] as const) {
      const res = await patch(url, body);
      expectProblem(res, 422);
      expect(names(res), JSON.stringify(body)).toContain(name);
    }
    // A tax added after the figure ("~CAD $5,850 + GST") is no open end.
    const roots = (await t.http.get('/v1/prices/roots-to-thrive-group-price').expect(200)).body.data;
    expect(roots.amount_text).toMatch(/\d \+ GST/);
    expect(roots.open_ended).toBe(false);
    expect((await t.http.get(url).expect(200)).body.data.version).toBe(before.version);
  });
});

describe('a deleted record’s 404 says it is deleted and how to restore it (hostile 15 H15-15)', () => {
  it('on the item, as on its revisions and on a create of its id', async () => {
    const faq = (await t.http.get('/v1/faqs/can-i-drive-home-after-a-group-session').expect(200)).body.data;
    const { version: _v, created_at: _c, updated_at: _u, ...body } = { ...faq, id: 'deleted-404-faq' };
    await t.http.post('/v1/faqs').set(auth()).send(body).expect(201);
    await t.http.delete('/v1/faqs/deleted-404-faq').set(auth()).set('if-match', '*').expect(204);
    for (const url of ['/v1/faqs/deleted-404-faq', '/v1/faqs/deleted-404-faq.jsonld']) {
      const gone = await t.http.get(url);
      expectProblem(gone, 404);
      expect(gone.body.detail, url).toBe(
        'The faqs record "deleted-404-faq" is deleted; restore it with POST /v1/faqs/deleted-404-faq/restore.',
      );
    }
    expect((await t.http.get('/v1/faqs/never-was').expect(404)).body.detail).toBe(
      'No faqs record with id "never-was".',
    );
  });

  it.each(resources.map((r) => [r.path, r.tableName] as const))(
    '%s: PUT, PATCH and DELETE of a deleted record say it as GET does (hostile 16 H16-6)',
    async (collection, table) => {
      const id = `deleted-404-${collection}`;
      // A key of its own: ten writes per collection would spend the file's shared write budget.
      const own = createKey(t.db, id, 'write').key;
      const auth = () => ({ authorization: `Bearer ${own}` });
      const seeded: Record<string, unknown> = {
        ...(seedData as unknown as Record<string, Record<string, unknown>[]>)[table]?.[0],
        id,
      };
      const { version: _v, created_at: _c, updated_at: _u, ...body } = seeded;
      const created = await t.http.post(`/v1/${collection}`).set(auth()).send(body);
      expect(created.status, created.text).toBe(201);
      const url = `/v1/${collection}/${id}`;
      await t.http.delete(url).set(auth()).set('if-match', '*').expect(204);
      const said = `The ${collection} record "${id}" is deleted; restore it with POST ${url}/restore.`;
      expect((await t.http.get(url).expect(404)).body.detail).toBe(said);
      const { id: _id, ...replacement } = body;
      for (const [method, sent] of [
        ['put', replacement],
        ['patch', {}],
        ['delete', undefined],
      ] as const) {
        for (const ifMatch of ['*', undefined]) {
          const req = t.http[method](url).set(auth());
          if (ifMatch) req.set('if-match', ifMatch);
          const res = sent === undefined ? await req : await req.send(sent);
          expectProblem(res, 404);
          expect(res.body.detail, `${method} ${ifMatch}`).toBe(said);
        }
      }
      await t.http.post(`${url}/restore`).set(auth()).expect(200);
      // A record that never was is still "no record".
      const never = await t.http.patch(`/v1/${collection}/never-was`).set(auth()).set('if-match', '*').send({});
      expect(never.body.detail).toBe(`No ${collection} record with id "never-was".`);
    },
  );
});

describe('merge patch', () => {
  it('null clears a nullable field (RFC 7396: null removes the member)', async () => {
    const url = `/v1/prices/${ranged.id}`;
    // (A range's amount_text needs its upper figure: the text says a single figure too.)
    const res = await patch(url, { amount_max: null, amount_text: `$${ranged.amount_min}` });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.amount_max).toBeNull();
    expect((await t.http.get(url).expect(200)).body.data.amount_max).toBeNull();
    // A required field cannot be removed.
    const required = await patch(url, { label: null });
    expectProblem(required, 422);
    expect(names(required)).toContain('label');
  });

  it('null clears a nullable field inside an object too; a required one there stays refused (hostile 15 H15-3)', async () => {
    const program = '/v1/programs/roots-to-thrive-group';
    const before = (await t.http.get(program).expect(200)).body.data;
    expect(before.access.website).not.toBeNull();
    // Whose site it is goes with the address (hostile 16 H16-11).
    const cleared = await patch(program, { access: { website: null, website_organization_id: null } });
    expect(cleared.status, cleared.text).toBe(200);
    expect(cleared.body.data.access).toEqual({ ...before.access, website: null, website_organization_id: null });
    const scoped = '/v1/contraindications/active-substance-use-disorder';
    // A hedge is words its excerpts write (hostile 18 H18-8): the record's own, cleared and given back.
    const hedge = (await t.http.get(scoped).expect(200)).body.data.scope.hedge as string;
    expect(hedge).toBeTruthy();
    const unhedged = await patch(scoped, { scope: { hedge: null } });
    expect(unhedged.status, unhedged.text).toBe(200);
    expect(unhedged.body.data.scope.hedge).toBeNull();
    const hedged = await patch(scoped, { scope: { hedge } });
    expect(hedged.status, hedged.text).toBe(200);
    // Into an object the patch makes where null was stored (review C15-3): as on a route that has one.
    const sublingual = (await t.http.get('/v1/dosing-routes/sublingual').expect(200)).body.data;
    const made = await patch('/v1/dosing-routes/intranasal', { dose_scope: { ...sublingual.dose_scope, hedge: null } });
    expect(names(made)).not.toContain('dose_scope.hedge');
    const required = await patch(scoped, { scope: { level: null } });
    expectProblem(required, 422);
    expect(names(required)).toContain('scope.level');
  });

  it('a patch that changes nothing is a no-op: same version, no revision, no change event', async () => {
    const url = `/v1/prices/${ranged.id}`;
    const before = await t.http.get(url).expect(200);
    const count = () =>
      t.db.get<{ revisions: number; changes: number }>(
        sql`select (select count(*) from revisions) as revisions, (select count(*) from changes) as changes`,
      );
    const counts = count();
    for (const body of [{}, { label: before.body.data.label }]) {
      const res = await patch(url, body);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual(before.body.data);
      expect(base(String(res.headers.etag))).toBe(base(String(before.headers.etag)));
    }
    expect(count()).toEqual(counts);
    expect((await t.http.get(url).expect(200)).headers.etag).toBe(before.headers.etag);
  });

  it('a body nested 5,000 levels deep is a 400 problem+json, not a 500', async () => {
    const url = `/v1/prices/${ranged.id}`;
    const deep = `${'{"note":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    expectProblem(await patch(url, deep), 400);
    const post = await t.http.post('/v1/prices').set(auth()).set('content-type', 'application/json').send(deep);
    expectProblem(post, 400);
    // As deep as the body limit allows (256 KB): still a 4xx, from parsing to validation.
    const deepest = `${'['.repeat(120_000)}${']'.repeat(120_000)}`;
    const res = await patch(url, `{"note":${deepest}}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('If-Match is strict', () => {
  it('takes exactly the strong ETag GET issued, and writes answer with the ETag GET will issue', async () => {
    const url = `/v1/faqs/${seedData.faqs[0]?.id}`;
    const etag = await etagOf(url);
    const version = Number(/^"v(\d+)-/.exec(etag)?.[1]);
    for (const forged of [`"v${version}-bogus"`, `W/${etag}`, `"v${version}"`, `${etag.slice(0, -2)}x"`]) {
      const res = await patch(url, { position: 77 }, forged);
      expectProblem(res, 412);
    }
    expect(await etagOf(url)).toBe(etag);
    const ok = await patch(url, { position: 77 }, etag);
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe(base(await etagOf(url)));
    // The ETag of a write's response is good for the next write; a list of tags works.
    const next = await patch(url, { position: 78 }, `"nope", ${ok.headers.etag}`);
    expect(next.status).toBe(200);
    // The compressed variant names the same representation.
    const gz = (await t.http.get(url).set('accept-encoding', 'gzip').expect(200)).headers.etag as string;
    expect(gz).toMatch(/-gzip"$/);
    expect((await patch(url, { position: 79 }, gz)).status).toBe(200);
  });

  it('a stale tag is a 412 and a DELETE checks it the same way', async () => {
    const url = `/v1/faqs/${seedData.faqs[1]?.id}`;
    const stale = await etagOf(url);
    await patch(url, { position: 80 }, stale).then((r) => expect(r.status).toBe(200));
    expectProblem(await patch(url, { position: 81 }, stale), 412);
    expectProblem(await t.http.delete(url).set(auth()).set('if-match', stale), 412);
    expectProblem(
      await t.http
        .delete(url)
        .set(auth())
        .set('if-match', `W/${await etagOf(url)}`),
      412,
    );
    await t.http
      .delete(url)
      .set(auth())
      .set('if-match', await etagOf(url))
      .expect(204);
  });
});

describe('a body the framework refuses is said as the API says its own (hostile 14 H14-10)', () => {
  it('a media type that is not taken names the header and what is taken; PATCH says Accept-Patch', async () => {
    const url = '/v1/faqs/can-i-drive-home-after-a-group-session';
    const patched = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '*')
      .set('content-type', 'text/plain')
      .send('{}');
    expectProblem(patched, 415);
    expect(patched.body.detail).toContain('application/merge-patch+json');
    expect(names(patched)).toEqual(['content-type']);
    expect(patched.headers['accept-patch']).toBe('application/merge-patch+json, application/json');
    const posted = await t.http.post('/v1/faqs').set(auth()).set('content-type', 'application/xml').send('<x/>');
    expectProblem(posted, 415);
    expect(posted.body.detail).toBe('The body\'s Content-Type "application/xml" is not taken: send application/json.');
    expect(posted.headers['accept-patch']).toBeUndefined();
  });

  it('a merge patch is taken by PATCH only: POST and PUT of one are a 415, and nothing is written (hostile 15 H15-6)', async () => {
    const url = '/v1/faqs/can-i-drive-home-after-a-group-session';
    const before = (await t.http.get(url).expect(200)).body.data;
    const put = await t.http
      .put(url)
      .set(auth())
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify({ position: 5 }));
    expectProblem(put, 415);
    expect(names(put)).toEqual(['content-type']);
    const post = await t.http
      .post('/v1/faqs')
      .set(auth())
      .set('content-type', 'application/merge-patch+json; charset=utf-8')
      .send(JSON.stringify({ ...before, id: 'merge-patch-post' }));
    expectProblem(post, 415);
    await t.http.get('/v1/faqs/merge-patch-post').expect(404);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });

  it('a body that is not in its Content-Encoding names that header', async () => {
    const res = await t.http
      .post('/v1/faqs')
      .set(auth())
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .send('not gzip at all');
    expectProblem(res, 400);
    expect(names(res)).toEqual(['content-encoding']);
  });
});

describe('numbers are stored as written, or refused (hostile 14 H14-11)', () => {
  it('a number a double cannot hold is a 422 naming it, and nothing is stored', async () => {
    const url = `/v1/prices/${ranged.id}`;
    const before = (await t.http.get(url).expect(200)).body.data;
    for (const [text, stored] of [
      ['1e-400', '0'],
      ['100.0000000000000001', '100'],
    ]) {
      const res = await patch(url, `{"amount_min":${text}}`);
      expectProblem(res, 422);
      expect(names(res)).toEqual(['amount_min']);
      expect(res.body.detail).toBe(`amount_min: the number ${text} cannot be stored exactly (it would be ${stored})`);
    }
    const nested = await patch(url, '{"includes":["a"],"hedges":[],"amount_max":1e-999}');
    expect(names(nested)).toEqual(['amount_max']);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
    // The same value in other spellings is taken as written: 400.00, 4e2 and 40000e-2 are 400 (a figure the price's
    // amount_text writes).
    const n = ranged.amount_min as number;
    for (const text of [`${n}.00`, `${n / 100}e2`, `${n * 100}e-2`])
      expect((await patch(url, `{"amount_min":${text}}`)).status, text).toBe(200);
  });
});

describe('a marker of a reading marks a given value (hostile 17b H17b-7)', () => {
  it('inferred_fields, inferred_place_parts or a <field>_inferred on a null value is a 422 naming the marker', async () => {
    const org = (await t.http.get('/v1/organizations/atma-cena').expect(200)).body.data;
    const priced = (await t.http.get('/v1/prices/kair-group-session-100-250').expect(200)).body.data;
    for (const [url, body, name] of [
      ['/v1/prices/kair-group-session-100-250', { inferred_fields: ['currency', 'tax_note'] }, 'inferred_fields[1]'],
      [
        '/v1/prices/kair-group-session-100-250',
        { amount_max: null, amount_text: '$100', inferred_fields: ['currency', 'amount_max'] },
        'inferred_fields[1]',
      ],
      ['/v1/programs/colorado-five-week-group', { access: { website_inferred: true } }, 'access.website_inferred'],
      [
        '/v1/organizations/atma-cena',
        { city: null, inferred_place_parts: [...org.inferred_place_parts, 'city'] },
        'inferred_place_parts',
      ],
    ] as const) {
      const res = await patch(url, body);
      expectProblem(res, 422);
      expect(
        names(res).some((n: string) => n.startsWith(name)),
        `${url} ${JSON.stringify(body)}: ${res.text}`,
      ).toBe(true);
    }
    // The same markers on given values are taken (the seed's own records are such).
    const res = await patch('/v1/prices/kair-group-session-100-250', {
      inferred_fields: [...new Set([...priced.inferred_fields, 'amount_min'])],
    });
    expect(res.status, res.text).toBe(200);
    const back = await patch('/v1/prices/kair-group-session-100-250', { inferred_fields: priced.inferred_fields });
    expect(back.status, back.text).toBe(200);
  });
});
