/**
 * Hostile 18b (the parts that are not a price's amount_text, which tests/hostile18b-amounts.test.ts holds): whom a
 * source reports and an access step's qualifier are words its excerpts write (H18b-6), verbatim where the field says so,
 * and a publisher is a name an excerpt writes (H18b-8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

type Doc = Record<string, unknown>;
/** The paths a changed copy of a seeded record is refused on (none: taken), checked as every write checks it. */
const refusedOf = (collection: string, change: (r: Doc) => void, pick: (r: Doc) => boolean = () => true) => {
  const resource = resources.find((r) => r.tableName === collection);
  const record = structuredClone((seedData as unknown as Record<string, Doc[]>)[collection]?.find(pick));
  if (!resource || !record) throw new Error(collection);
  change(record);
  const r = resource.input.safeParse(record);
  // The fields it is refused on, each once (two rules may refuse one field).
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
};
const withVia = (id: string) => (c: Doc) => c.id === id;

describe('whom a source reports, and an access step’s qualifier, are words its excerpts write (H18b-6)', () => {
  it('every seeded record of every collection keeps the rule', () => {
    for (const r of resources)
      for (const record of (seedData as unknown as Record<string, unknown[]>)[r.tableName] ?? [])
        expect(r.input.safeParse(record).success, `${r.tableName}/${(record as { id: string }).id}`).toBe(true);
  });
  it('a scope.via no excerpt of its stated_by writes is a 422 naming scope.via; the seeded one is taken', () => {
    const reported = seedData.contraindications.find((c) => c.scope.via) as { id: string };
    const via = (v: string) => (c: Doc) => {
      (c.scope as Doc).via = v;
    };
    expect(refusedOf('contraindications', via('Harvard Medical School researchers'), withVia(reported.id))).toEqual([
      'scope.via',
    ]);
    expect(refusedOf('contraindications', via('one program'), withVia(reported.id))).toEqual([]);
    // In a condition's role statement too, at its depth.
    const psychosis = (c: Doc) => {
      const s = (c.role_statements as { scope: Doc }[])[0] as { scope: Doc };
      s.scope.via = 'the American Psychiatric Association';
    };
    expect(refusedOf('conditions', psychosis, withVia('psychosis'))).toContain('role_statements.0.scope.via');
  });
  it("an access step's hedge no excerpt of its source writes is a 422 naming it; its own is taken", () => {
    const stepHedge = (hedge: string) => (p: Doc) => {
      ((p.access as { steps: Doc[] }).steps[1] as Doc).hedge = hedge;
    };
    const rtt = withVia('roots-to-thrive-group');
    expect(refusedOf('programs', stepHedge('is guaranteed to cure'), rtt)).toEqual(['access.steps.1.hedge']);
    expect(refusedOf('programs', stepHedge('where appropriate'), rtt)).toEqual([]);
    expect(refusedOf('programs', stepHedge('Where Appropriate'), rtt)).toEqual(['access.steps.1.hedge']);
    const orgHedge = (o: Doc) => {
      ((o.access_steps as Doc[])[0] as Doc).hedge = 'guaranteed to';
    };
    expect(refusedOf('organizations', orgHedge, (o) => (o.access_steps as unknown[]).length > 0)).toEqual([
      'access_steps.0.hedge',
    ]);
  });
});

describe('over HTTP: an invented attribution is a 422 naming scope.via, and nothing is stored (H18b-6)', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18b', 'write').key;
  });
  afterAll(() => t.close());
  it('PATCH scope.via "Harvard Medical School researchers" is refused; the record and the fit check are unchanged', async () => {
    const reported = seedData.contraindications.find((c) => c.scope.via) as { id: string };
    const url = `/v1/contraindications/${reported.id}`;
    const before = (await t.http.get(url).expect(200)).body.data;
    const res = await t.http
      .patch(url)
      .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send({ scope: { via: 'Harvard Medical School researchers' } });
    expect(res.status, res.text).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { name: string }) => e.name)).toEqual(['scope.via']);
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });
});

describe('every PATCH declares Accept-Patch on the response its 415 falls to, and sends it (H18b-7)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
  });
  afterAll(() => t.close());
  type Res = { $ref?: string; description?: string; headers?: Record<string, unknown> };
  it('in the served spec: the explicit 415, else the default naming **415**, lists Accept-Patch', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const deref = (r: Res | undefined) => (r?.$ref ? spec.components.responses[r.$ref.split('/').pop() as string] : r);
    let patches = 0;
    for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, { responses: object }>>)) {
      const op = ops.patch;
      if (!op) continue;
      patches++;
      const responses = op.responses as Record<string, Res>;
      const covering = deref(responses['415'] ?? responses['4XX'] ?? responses.default) as Res;
      if (!responses['415']) expect(covering.description, path).toContain('**415**:');
      expect(Object.keys(covering.headers ?? {}), `PATCH ${path}`).toContain('Accept-Patch');
    }
    expect(patches).toBeGreaterThanOrEqual(resources.length + 1);
    expect(spec.components.headers['Accept-Patch'].description).toMatch(/PATCH/);
  });
  it('over HTTP: a PATCH of another media type is a 415 with Accept-Patch, on a record and on a webhook', async () => {
    const write = createKey(t.db, 'h18b-patch', 'write').key;
    const hooks = createKey(t.db, 'h18b-hooks', 'webhooks').key;
    for (const [url, key] of [
      [`/v1/faqs/${seedData.faqs[0]?.id}`, write],
      ['/v1/webhooks/no-such-endpoint', hooks],
    ] as const) {
      const res = await t.http
        .patch(url)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'text/plain' })
        .send('x');
      expect(res.status, `${url}: ${res.text}`).toBe(415);
      expect(res.headers['accept-patch'], url).toMatch(/application\/merge-patch\+json/);
    }
  });
});

describe('a publisher is a name an excerpt writes, and a verbatim qualifier keeps its case (H18b-8)', () => {
  const kair = (s: Doc) => s.id === 'kair-group-therapy-unpacked';
  const publisher =
    (name: string, inferred = false) =>
    (s: Doc) => {
      s.publisher = name;
      s.publisher_inferred = inferred;
      // An excerpt that writes each word tried, in lower case: "group", "the".
      (s.citations as Doc[]).push({ source_id: s.id, excerpt: 'Why the group helps', section: 'x' });
    };
  it('"GROUP" (the excerpt writes "group"), "the", "The", "kair program" unmarked are 422s naming publisher_inferred', () => {
    for (const name of ['GROUP', 'group', 'the', 'The', 'kair program', 'of the'])
      expect(refusedOf('sources', publisher(name), kair), name).toEqual(['publisher_inferred']);
  });
  it('the name an excerpt writes is taken; any publisher marked as Katalog’s reading is too', () => {
    expect(refusedOf('sources', publisher('KAIR Program'), kair)).toEqual([]);
    expect(refusedOf('sources', publisher('GROUP', true), kair)).toEqual([]);
    expect(refusedOf('sources', () => {}, kair)).toEqual([]);
  });
  it('a scope hedge in another case than its excerpt ("ALTOGETHER" of "altogether") is a 422 naming scope.hedge', () => {
    const written = (c: Doc) => (c.citations as { excerpt: string }[]).some((e) => e.excerpt.includes('altogether'));
    const hedge = (h: string) => (c: Doc) => {
      (c.scope as Doc).hedge = h;
    };
    expect(refusedOf('contraindications', hedge('ALTOGETHER'), written)).toEqual(['scope.hedge']);
    expect(refusedOf('contraindications', hedge('Altogether'), written)).toEqual(['scope.hedge']);
    expect(refusedOf('contraindications', hedge('altogether'), written)).toEqual([]);
  });
});

describe("a program's format change its prices disagree with says what works; a restore says what changed (H18b-10)", () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18b-format', 'write').key;
  });
  afterAll(() => t.close());
  const send = (method: 'patch' | 'delete' | 'post', url: string, body?: object) =>
    method === 'post'
      ? t.http.post(url).set({ authorization: `Bearer ${key}` })
      : t.http[method](url)
          .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
          .send(body);
  it('the 422 names detaching (program_id null) or deleting the price first; both then work', async () => {
    // A program of its own with one price of its own: a copy of a seeded program and of its price.
    const seeded = (await t.http.get('/v1/prices/roots-to-thrive-group-price').expect(200)).body.data;
    const {
      id: _p,
      version: _pv,
      created_at: _pc,
      updated_at: _pu,
      ...program
    } = (await t.http.get(`/v1/programs/${seeded.program_id}`).expect(200)).body.data;
    const { id: _i, version: _v, created_at: _c, updated_at: _u, ...price } = seeded;
    const auth = { authorization: `Bearer ${key}` };
    const made = await t.http
      .post('/v1/programs')
      .set(auth)
      .send({ ...program, id: 'h18b-program' });
    expect(made.status, made.text).toBe(201);
    const priced = await t.http
      .post('/v1/prices')
      .set(auth)
      .send({ ...price, id: 'h18b-price', program_id: 'h18b-program' });
    expect(priced.status, priced.text).toBe(201);
    const url = '/v1/programs/h18b-program';
    const before = (await t.http.get(url).expect(200)).body.data;
    const other = program.format === 'group' ? 'individual' : 'group';
    const refused = await send('patch', url, { format: other });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.errors[0].name).toBe('format');
    expect(refused.body.errors[0].detail).toBe(
      'prices/h18b-price has another format and belongs to this record: detach it (program_id null) or delete it first',
    );
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
    // What it says works: the price deleted, the program changes.
    expect((await send('delete', '/v1/prices/h18b-price')).status).toBe(204);
    const moved = await send('patch', url, { format: other });
    expect(moved.status, moved.text).toBe(200);
    // The deleted price comes back as it was, of its old format: the 422 says the program's format changed after it.
    const restore = await send('post', '/v1/prices/h18b-price/restore');
    expect(restore.status, restore.text).toBe(422);
    expect(restore.body.errors[0].name).toBe('format');
    expect(restore.body.errors[0].detail).toContain(
      `the format of programs/h18b-program, which it belongs to, changed to "${other}" after the delete`,
    );
    await t.http.get('/v1/prices/h18b-price').expect(404);
    // Changed back, the price can be restored; detached, the program's format can change with the price kept.
    expect((await send('patch', url, { format: program.format })).status).toBe(200);
    expect((await send('post', '/v1/prices/h18b-price/restore')).status).toBe(200);
    expect((await send('patch', '/v1/prices/h18b-price', { program_id: null })).status).toBe(200);
    expect((await send('patch', url, { format: other })).status).toBe(200);
  });
});

describe('a finding holds the figures a source can report, and none a double cannot count (H18b-11)', () => {
  const percent = (f: Doc) => f.value_unit === 'percent';
  // The figures are this test's: an excerpt writes them in digits, so that only the rules for what a unit can count
  // are tried (a figure is one an excerpt writes: hostile 21 H21-1).
  const digits = (n: unknown) =>
    typeof n === 'number' && Math.abs(n) <= Number.MAX_SAFE_INTEGER
      ? Math.abs(n).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
      : '';
  const set = (over: Doc) => (f: Doc) =>
    Object.assign(f, over, {
      // The words of every direction (a direction is one its summary words: hostile 21 H21-5).
      summary: `${String(f.summary)} (it increased, decreased or was unchanged)`,
      citations: [
        ...(f.citations as Doc[]),
        {
          ...(f.citations as Doc[])[0],
          excerpt: ((v, n) => `${v}% of ${n} participants; ${v} participants; ${v} sessions; ${v} months`)(
            digits(over.value ?? f.value),
            digits(over.denominator),
          ),
        },
      ],
    });
  it('a rise of 150 percent is taken with direction increased or improved, refused with another direction', () => {
    for (const direction of ['increased', 'improved'])
      expect(refusedOf('findings', set({ value: 150, direction }), percent), direction).toEqual([]);
    for (const direction of ['decreased', 'unchanged', 'not_applicable'])
      expect(refusedOf('findings', set({ value: 150, direction }), percent), direction).toEqual(['value']);
    expect(refusedOf('findings', set({ value: -1, direction: 'increased' }), percent)).toEqual(['value']);
  });
  it('a mean of sessions or events is taken; participants stay whole; nothing is past 2^53 − 1', () => {
    for (const value_unit of ['sessions', 'events'])
      expect(refusedOf('findings', set({ value: 5.5, value_unit, denominator: null }), percent), value_unit).toEqual(
        [],
      );
    expect(refusedOf('findings', set({ value: -0.5, value_unit: 'sessions', denominator: null }), percent)).toEqual([
      'value',
    ]);
    expect(refusedOf('findings', set({ value: 5.5, value_unit: 'participants', denominator: null }), percent)).toEqual([
      'value',
    ]);
    for (const value_unit of ['participants', 'sessions', 'events', 'months'])
      expect(refusedOf('findings', set({ value: 1e300, value_unit, denominator: null }), percent), value_unit).toEqual([
        'value',
      ]);
    expect(refusedOf('findings', set({ value: 1e300, direction: 'increased' }), percent)).toEqual(['value']);
    expect(refusedOf('findings', set({ value: 4, value_unit: 'participants', denominator: 2 ** 53 }), percent)).toEqual(
      ['denominator'],
    );
    expect(
      refusedOf(
        'findings',
        set({ value: 4, value_unit: 'participants', denominator: Number.MAX_SAFE_INTEGER }),
        percent,
      ),
    ).toEqual([]);
  });
});

describe('a web address writes its path, query and fragment in URI characters (H18b-12)', () => {
  // An excerpt writes it: an address is one a cited excerpt writes (hostile 21 H21-8); here its characters are tried.
  const site = (website: string) => (o: Doc) => {
    o.website = website;
    o.citations = [...(o.citations as Doc[]), { ...(o.citations as Doc[])[0], excerpt: website }];
  };
  it.each([
    'https://example.org/%zz',
    'https://example.org/%',
    'https://example.org/%2',
    'https://example.org/[x]',
    'https://example.org/é',
    'https://example.org/?q=é',
    'https://example.org/path#a#b',
    'https://example.org/#a]',
  ])('%s is a 422 naming website', (website) => {
    expect(refusedOf('organizations', site(website))).toEqual(['website']);
  });
  it.each([
    'https://example.org/%20a%2F',
    'https://medium.com/@author/post',
    'https://example.org/a?b=c&d=%C3%A9#part',
    'https://пример.рф/',
    'http://example.org./',
  ])('%s is taken', (website) => {
    expect(refusedOf('organizations', site(website))).toEqual([]);
  });
  it('every seeded address is written as the URL parser writes it', () => {
    const urls: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string' && /^https?:\/\//.test(v)) urls.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(seedData);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(new URL(u).href, u).toBe(u);
  });
});

describe("a fit row's cell is marked when it begins with a mark: ✓ ✔ ✅ ☑ (H18b-13)", () => {
  const fitRow = (group: string | null, individual: string | null, favoured: string) => (f: Doc) => {
    Object.assign(f, { group_format: group, individual_format: individual, favoured_format: favoured });
  };
  it.each(['✓', '✔', '✅', '☑', '☑️', ' ✔ (after stabilization)'])('"%s" marks the group column', (mark) => {
    expect(refusedOf('format_fit', fitRow(mark, null, 'group'))).toEqual([]);
    expect(refusedOf('format_fit', fitRow(mark, null, 'neither'))).toEqual(['favoured_format']);
    expect(refusedOf('format_fit', fitRow(null, mark, 'individual'))).toEqual([]);
    expect(refusedOf('format_fit', fitRow(mark, mark, 'neither'))).toEqual([]);
  });
  it.each(['not ✓', '(✓ in some programs)', 'x', '(exclusion in both)'])('"%s" marks nothing', (cell) => {
    expect(refusedOf('format_fit', fitRow(cell, null, 'neither'))).toEqual([]);
    expect(refusedOf('format_fit', fitRow(cell, null, 'group'))).toEqual(['favoured_format']);
  });
});
