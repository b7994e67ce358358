/**
 * Hostile round 13, the write and precondition findings: If-None-Match on writes and If-Match /
 * If-Unmodified-Since on reads (H13-2), one status for a body that breaks the schema on every method
 * (H13-3), the Bearer scheme in any case (H13-4), one error for an unsafe integer in a merge patch
 * (H13-8), one wording and one path notation for body errors (H13-11), no body on DELETE and restore
 * (H13-15), and RFC 3339 date-times in lower case (H13-18).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { citedFaq, startApp, type TestApp } from './helpers.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await startApp();
  key = createKey(t.db, 'hostile-13', 'write').key;
});
afterAll(() => t.close());

const auth = () => ({ authorization: `Bearer ${key}` });
/** A tag without its encoding suffix (supertest asks for gzip). */
const base = (tag: string) => tag.replace(/-(gzip|br)"$/, '"');
const etagOf = async (url: string) => base((await t.http.get(url).expect(200)).headers.etag as string);
const versionOf = async (url: string) => (await t.http.get(url).expect(200)).body.data.version as number;
const create = async (id: string) => {
  await t.http.post('/v1/faqs').set(auth()).send(citedFaq(id)).expect(201);
  return `/v1/faqs/${id}`;
};
type Res = { status: number; headers: Record<string, string>; body: { detail?: string; errors?: { name: string }[] } };
const expectProblem = (res: Res, status: number) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
};
const names = (res: Res) => (res.body.errors ?? []).map((e) => e.name);

describe('H13-2: If-None-Match on writes, If-Match and If-Unmodified-Since on reads', () => {
  it.each([
    ['*', async () => '*'],
    ['the current tag', async (url: string) => etagOf(url)],
    ['the current tag, weak', async (url: string) => `W/${await etagOf(url)}`],
    ['a list holding the current tag', async (url: string) => `"nope", ${await etagOf(url)}`],
  ])('PATCH, PUT and DELETE with If-None-Match %s are 412 and write nothing', async (what, tag) => {
    const url = await create(`h13-inm${what.replace(/\W+/g, '-')}`.replace(/-$/, ''));
    const before = await versionOf(url);
    const inm = await tag(url);
    const ifMatch = await etagOf(url);
    expectProblem(
      await t.http
        .patch(url)
        .set(auth())
        .set('if-match', ifMatch)
        .set('if-none-match', inm)
        .set('content-type', 'application/merge-patch+json')
        .send('{"position":71}'),
      412,
    );
    expectProblem(
      await t.http
        .put(url)
        .set(auth())
        .set('if-match', '*')
        .set('if-none-match', inm)
        .send({ ...citedFaq(url.slice(9)), position: 72 }),
      412,
    );
    expectProblem(await t.http.delete(url).set(auth()).set('if-match', ifMatch).set('if-none-match', inm), 412);
    expect(await versionOf(url)).toBe(before);
  });

  it('If-Match is evaluated first: a stale If-Match is 412 whatever If-None-Match says', async () => {
    const url = await create('h13-inm-order');
    const res = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '"v0-stale"')
      .set('if-none-match', '"other"')
      .set('content-type', 'application/merge-patch+json')
      .send('{"position":71}');
    expectProblem(res, 412);
    expect(res.body.detail).toMatch(/If-Match/);
  });

  it('an If-None-Match that names another tag lets the write through', async () => {
    const url = await create('h13-inm-other');
    const stale = await etagOf(url);
    await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send('{"position":73}')
      .expect(200);
    const res = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '*')
      .set('if-none-match', stale)
      .set('content-type', 'application/merge-patch+json')
      .send('{"position":74}');
    expect(res.status).toBe(200);
    expect(res.body.data.position).toBe(74);
  });

  it('POST: If-None-Match * on an existing id is 412; If-Match on an id that does not exist is 412; neither writes', async () => {
    const url = await create('h13-post-inm');
    expectProblem(
      await t.http
        .post('/v1/faqs')
        .set(auth())
        .set('if-none-match', '*')
        .send({ ...citedFaq('h13-post-inm'), position: 75 }),
      412,
    );
    expect((await t.http.get(url).expect(200)).body.data.position).toBe(99);
    expectProblem(
      await t.http.post('/v1/faqs').set(auth()).set('if-match', '"nope"').send(citedFaq('h13-post-im')),
      412,
    );
    await t.http.get('/v1/faqs/h13-post-im').expect(404);
    // The condition that holds: create only if it does not exist.
    await t.http.post('/v1/faqs').set(auth()).set('if-none-match', '*').send(citedFaq('h13-post-new')).expect(201);
  });

  it('restore: If-Match on a deleted record (it has no current representation) is 412 and restores nothing', async () => {
    const url = await create('h13-restore-im');
    await t.http.delete(url).set(auth()).set('if-match', '*').expect(204);
    expectProblem(await t.http.post(`${url}/restore`).set(auth()).set('if-match', '*'), 412);
    await t.http.get(url).expect(404);
    // If-None-Match: * holds for a record that has no current representation.
    await t.http.post(`${url}/restore`).set(auth()).set('if-none-match', '*').expect(200);
  });

  it.each(['GET', 'HEAD'] as const)(
    '%s with a failed If-Match or If-Unmodified-Since is 412, even when the response is cached',
    async (method) => {
      const url = '/v1/programs/roots-to-thrive-group';
      const send = (headers: Record<string, string>) =>
        (method === 'GET' ? t.http.get(url) : t.http.head(url)).set(headers);
      // Twice: the second plain request is answered by the front path.
      await send({}).expect(200);
      const tag = base((await send({}).expect(200)).headers.etag as string);
      const failing: Record<string, string>[] = [
        { 'if-match': '"x"' },
        { 'if-match': `W/${tag}` },
        { 'if-unmodified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
      ];
      for (const headers of failing) {
        const res = await send(headers);
        expect(res.status, JSON.stringify(headers)).toBe(412);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers.etag).toBeUndefined();
      }
      await send({ 'if-match': tag }).expect(200);
      await send({ 'if-match': '*' }).expect(200);
      await send({ 'if-unmodified-since': new Date(Date.now() + 60_000).toUTCString() }).expect(200);
      // If-Match is evaluated before If-None-Match: both hold, so the 304 stands.
      await send({ 'if-match': tag, 'if-none-match': tag }).expect(304);
    },
  );

  it('an export, which has no ETag, holds only If-Match: * (review C13-2; tests/review-code-13.test.ts has the rest)', async () => {
    await t.http.get('/v1/faqs.csv').set('if-match', '"x"').expect(412);
    await t.http.get('/v1/faqs.csv').set('if-match', '*').expect(200);
  });
});

describe('H13-3: a body that parses but breaks the schema is 422 on every method; malformed JSON is 400', () => {
  it('position "5" is 422 on POST, PUT and PATCH alike', async () => {
    const url = await create('h13-status');
    const post = await t.http
      .post('/v1/faqs')
      .set(auth())
      .send({ ...citedFaq('h13-status-new'), position: '5' });
    const put = await t.http
      .put(url)
      .set(auth())
      .set('if-match', '*')
      .send({ ...citedFaq('h13-status'), position: '5' });
    const patch = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send('{"position":"5"}');
    for (const res of [post, put, patch]) {
      expectProblem(res, 422);
      expect(res.body.detail).toBe('position: must be a number');
      expect((res.body as { type?: string }).type).toBe(post.body.type);
    }
  });

  it('a missing required field is 422 on POST and PUT', async () => {
    const url = await create('h13-missing');
    const { question: _q, ...rest } = citedFaq('h13-missing');
    expectProblem(
      await t.http
        .post('/v1/faqs')
        .set(auth())
        .send({ ...rest, id: 'h13-missing-new' }),
      422,
    );
    expectProblem(await t.http.put(url).set(auth()).set('if-match', '*').send(rest), 422);
  });

  it('malformed JSON stays 400 on every method', async () => {
    const url = await create('h13-malformed');
    for (const req of [
      t.http.post('/v1/faqs'),
      t.http.put(url).set('if-match', '*'),
      t.http.patch(url).set('if-match', '*'),
    ]) {
      expectProblem(await req.set(auth()).set('content-type', 'application/json').send('{"position":'), 400);
    }
  });
});

describe('H13-4: the Bearer scheme is case-insensitive', () => {
  it.each(['bearer', 'BEARER', 'BeArEr'])('Authorization: %s <key> is accepted', async (scheme) => {
    await t.http
      .post('/v1/faqs')
      .set('authorization', `${scheme} ${key}`)
      .send(
        citedFaq(
          `h13-scheme-${scheme.toLowerCase()}-${scheme === scheme.toLowerCase() ? 1 : scheme === 'BEARER' ? 2 : 3}`,
        ),
      )
      .expect(201);
  });

  it('another scheme is named as not recognised, not as a missing key', async () => {
    const res = await t.http.post('/v1/faqs').set('authorization', `Basic ${key}`).send({});
    expectProblem(res, 401);
    expect(res.body.detail).toMatch(/scheme/i);
    expect(res.body.detail).toMatch(/Basic/);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
  });
});

describe('H13-8 and H13-11: one error, one wording, one path notation for body errors on every method', () => {
  it('an integer above 2^53 is one error naming the field bound, on POST and PATCH', async () => {
    const url = await create('h13-unsafe');
    // One a double holds exactly (2^53 + 2): the bound speaks. One it does not (2^53 + 1) is refused as inexact before
    // the schema runs (hostile 17 H17-2), also one error naming the field.
    const big = '9007199254740994';
    const post = await t.http
      .post('/v1/faqs')
      .set(auth())
      .set('content-type', 'application/json')
      .send(JSON.stringify(citedFaq('h13-unsafe-new')).replace('"position":99', `"position":${big}`));
    const patch = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send(`{"position":${big}}`);
    for (const res of [post, patch]) {
      expectProblem(res, 422);
      expect(res.body.detail).toBe('position: must be at most 1000');
      expect(res.body.errors).toHaveLength(1);
    }
    const inexact = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send('{"position":9007199254740993}');
    expectProblem(inexact, 422);
    expect(inexact.body.errors).toHaveLength(1);
    expect(inexact.body.errors[0].name).toBe('position');
  });

  it('a number past 2^53 a double cannot hold is refused where no bound would be (hostile 17 H17-2)', async () => {
    const finding = (await t.http.get('/v1/findings?limit=1&fields=id').expect(200)).body.data[0].id as string;
    const url = `/v1/findings/${finding}`;
    const before = (await t.http.get(url).expect(200)).body.data;
    for (const big of ['10000000000000001', '123456789012345678901234567890', '1e400']) {
      const res = await t.http
        .patch(url)
        .set(auth())
        .set('if-match', '*')
        .set('content-type', 'application/merge-patch+json')
        .send(`{"value":${big}}`);
      expectProblem(res, 422);
      expect(res.body.errors[0].name, big).toBe('value');
      expect(res.body.detail).toContain('cannot be stored exactly');
    }
    expect((await t.http.get(url).expect(200)).body.data.version).toBe(before.version);
  });

  it.each(['[]', '1', 'null', '"x"'])(
    'a root that is not an object (%s) is worded the same on POST and PATCH',
    async (body) => {
      const url = await create(`h13-root-${body.replace(/\W+/g, 'x')}`);
      const post = await t.http.post('/v1/faqs').set(auth()).set('content-type', 'application/json').send(body);
      const patch = await t.http
        .patch(url)
        .set(auth())
        .set('if-match', '*')
        .set('content-type', 'application/merge-patch+json')
        .send(body);
      expect(patch.status).toBe(post.status);
      expect(patch.body.detail).toBe(post.body.detail);
      expect(post.body.detail).toBe('(root): must be an object');
    },
  );

  it('nested fields are named related[0].collection, by the schema and by the reference check, on every method', async () => {
    const url = await create('h13-paths');
    const bodies = [{ related: [{}] }, { related: [{ id: 'x' }] }];
    for (const over of bodies) {
      const post = await t.http
        .post('/v1/faqs')
        .set(auth())
        .send({ ...citedFaq('h13-paths-new'), ...over });
      const put = await t.http
        .put(url)
        .set(auth())
        .set('if-match', '*')
        .send({ ...citedFaq('h13-paths'), ...over });
      const patch = await t.http
        .patch(url)
        .set(auth())
        .set('if-match', '*')
        .set('content-type', 'application/merge-patch+json')
        .send(JSON.stringify(over));
      for (const res of [post, put, patch]) {
        expectProblem(res, 422);
        expect(names(res)).toContain('related[0].collection');
        expect(res.body.detail).toMatch(/^related\[0\]\.collection: /);
      }
    }
    const ref = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', '*')
      .set('content-type', 'application/merge-patch+json')
      .send('{"related":[{"collection":"faqs","id":"no-such-faq"}]}');
    expectProblem(ref, 422);
    expect(names(ref)).toContain('related[0].id');
  });
});

describe('H13-15: DELETE and restore take no body, whatever its media type', () => {
  it.each([
    ['application/json', '{"x":1}'],
    ['text/plain', 'hello'],
    ['application/merge-patch+json', '{}'],
  ])('a %s body is 400 and nothing is deleted or restored', async (type, body) => {
    const url = await create(`h13-nobody-${type.replace(/\W+/g, '-')}`);
    const del = await t.http.delete(url).set(auth()).set('if-match', '*').set('content-type', type).send(body);
    expectProblem(del, 400);
    expect(del.body.detail).toMatch(/takes no body/);
    await t.http.get(url).expect(200);
    await t.http.delete(url).set(auth()).set('if-match', '*').expect(204);
    const restore = await t.http.post(`${url}/restore`).set(auth()).set('content-type', type).send(body);
    expectProblem(restore, 400);
    expect(restore.body.detail).toMatch(/takes no body/);
    await t.http.get(url).expect(404);
    await t.http.post(`${url}/restore`).set(auth()).expect(200);
  });
});

describe('H13-15 too: the webhook actions that take no body', () => {
  it('DELETE and rotate-secret of an endpoint refuse a body, and act without one', async () => {
    const hooks = createKey(t.db, 'hostile-13-hooks', 'webhooks').key;
    const as = { authorization: `Bearer ${hooks}` };
    const made = await t.http.post('/v1/webhooks').set(as).send({ url: 'https://8.8.8.8/h' }).expect(201);
    const url = `/v1/webhooks/${made.body.data.id}`;
    for (const res of [
      await t.http.post(`${url}/rotate-secret`).set(as).set('content-type', 'text/plain').send('hello'),
      await t.http.delete(url).set(as).send({ x: 1 }),
    ]) {
      expectProblem(res, 400);
      expect(res.body.detail).toMatch(/takes no body/);
    }
    await t.http.post(`${url}/rotate-secret`).set(as).expect(200);
    await t.http.delete(url).set(as).expect(204);
  });
});

describe('H13-18: RFC 3339 date-times in lower case', () => {
  it('updated_since takes a lower-case t and z, as the upper-case form', async () => {
    const upper = await t.http.get('/v1/faqs?updated_since=2020-01-01T00:00:00Z').expect(200);
    const lower = await t.http.get('/v1/faqs?updated_since=2020-01-01t00:00:00z').expect(200);
    expect(lower.body.meta.total).toBe(upper.body.meta.total);
    expect(lower.body.data.map((r: { id: string }) => r.id)).toEqual(upper.body.data.map((r: { id: string }) => r.id));
    const none = await t.http.get('/v1/faqs?updated_since=2999-01-01t00:00:00z').expect(200);
    expect(none.body.data).toEqual([]);
  });
});

describe('H13-9: a member given twice in a body is a 400 naming it, nothing stored', () => {
  it('at the root, nested, in an array, and spelt with an escape', async () => {
    const url = await create('h13-dup');
    const before = await versionOf(url);
    for (const [text, name] of [
      ['{"position":51,"position":52}', 'position'],
      ['{"position":51,"\\u0070osition":52}', 'position'],
      ['{"related":[{"collection":"faqs","id":"h13-dup","id":"h13-dup"}]}', 'related[0].id'],
    ] as const) {
      const res = await t.http
        .patch(url)
        .set(auth())
        .set('if-match', await etagOf(url))
        .set('content-type', 'application/merge-patch+json')
        .send(text);
      expectProblem(res, 400);
      expect(names(res), text).toEqual([name]);
    }
    const post = await t.http
      .post('/v1/faqs')
      .set(auth())
      .set('content-type', 'application/json')
      .send(JSON.stringify(citedFaq('h13-dup-new')).replace('{', '{"position":3,'));
    expectProblem(post, 400);
    await t.http.get('/v1/faqs/h13-dup-new').expect(404);
    expect(await versionOf(url)).toBe(before);
    // A name inside a string value is no member.
    const quoted = await t.http
      .patch(url)
      .set(auth())
      .set('if-match', await etagOf(url))
      .set('content-type', 'application/merge-patch+json')
      .send(JSON.stringify({ answer: 'It says "position":1, "position":2 in a sentence.' }));
    expect(quoted.status, quoted.text).toBe(200);
  });
});
