/**
 * Hostile 18: a price's typed fields are what its amount_text writes, read once by one reader (src/resources/prices/
 * amount-text.ts): currencies in every way they are written (H18-1), scale words (H18-2), qualifiers and open-ended words
 * (H18-3), a "+" before a tax (H18-4), the tax note (H18-5), hedges as whole words (H18-11), minus signs and discounts
 * (H18-12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { readAmount } from '../src/resources/prices/amount-text.js';
import { pricesResource } from '../src/resources/prices/prices.resource.js';
import { startApp, type TestApp } from './helpers.js';
import { refused } from './price-bodies.js';

describe('the currency an amount_text names, however it is written, is the currency (H18-1)', () => {
  it.each([
    ['$1,530 (CAD)', 'CAD'],
    ['CAD: $1,530', 'CAD'],
    ['$1,530 in CAD', 'CAD'],
    ['$1,530 cad', 'CAD'],
    ['CDN$1,530', 'CAD'],
    ['Cdn $1,530', 'CAD'],
    ['CAN$1,530', 'CAD'],
    ['C$1,530', 'CAD'],
    ['US $1,530', 'USD'],
    ['U.S. $1,530', 'USD'],
    ['1,530 €', 'EUR'],
    ['€  1,530', 'EUR'],
    ['A$1,530', 'AUD'],
    ['NZ$1,530', 'NZD'],
    ['R$1,530', 'BRL'],
    ['₹1,530', 'INR'],
    ['1,530 Canadian dollars', 'CAD'],
    ['$1,530 Canadian', 'CAD'],
    ['1,530 euros', 'EUR'],
    ['$1,530 CAD NET', 'CAD'],
    ['$1,530 CAD ALL IN', 'CAD'],
    ['1,530 USD PER SESSION', 'USD'],
    ['1,530 EUR TOTAL', 'EUR'],
  ])('%s is %s: another currency is a 422 naming currency', (text, code) => {
    expect(readAmount(text).currencies.map((c) => c.code)).toContain(code);
    const other = code === 'USD' ? 'CAD' : 'USD';
    const stated = { currency_implied: false, inferred_fields: [] };
    expect(refused({ amount_text: text, currency: other, ...stated })).toContain('currency');
    expect(refused({ amount_text: text, currency: code, ...stated })).toEqual([]);
    expect(refused({ amount_text: text, currency: code })).toContain('currency_implied');
  });
  it('two currencies are refused; a capitalised phrase is not one; a bare "$", "¥" or "kr" names none', () => {
    expect(refused({ amount_text: '$1,530 USD/CAD' })).toContain('amount_text');
    // A text that names no currency is an inferred one (H18-19): "$1,530" is no stated EUR.
    expect(refused({ currency: 'EUR', currency_implied: false, inferred_fields: [] })).toContain('currency_implied');
    for (const text of ['$1,530 ALL IN', 'ALL IN $1,530', '$1,530 TRY IT', '$1,530', '¥1,530', '1,530 kr'])
      expect(readAmount(text).currencies, text).toEqual([]);
    expect(refused({ amount_text: '$1,530 ALL IN' })).toEqual([]);
  });
});

describe('a figure is read exactly or refused (H18-2, H18-12)', () => {
  it.each(['$1k', '$1 k', '$2 million', '$1.5 thousand', '$1.5 M', '$3bn', '-$1,530', 'Fee: −1,530'])(
    '%s is a 422 naming amount_text',
    (text) => {
      expect(refused({ amount_text: text })).toContain('amount_text');
    },
  );
  it('a discount is no price: "$1,530 off" with amount 1,530 is a 422 naming amount_min', () => {
    expect(refused({ amount_text: '$1,530 off' })).toContain('amount_min');
  });
  it("a range's dash, a word's hyphen and units are not signs or scales", () => {
    for (const text of [
      '$1,000-$3,000',
      'CAD $2,325–$6,930',
      'COVID-19 rate $1,530',
      '$1,530 per month',
      '$1,530 / 5 mg',
    ])
      expect(readAmount(text).unread, text).toEqual([]);
  });
});

describe('the flags and hedges are what the text writes (H18-3, H18-4, H18-11)', () => {
  it.each(['≈$1,530', '∼$1,530', 'approx. $1,530', 'about $1,530', '$1,530 (approximately)'])(
    '%s: its qualifier must be in hedges',
    (text) => {
      expect(refused({ amount_text: text })).toContain('hedges');
      const h = readAmount(text).hedges;
      expect(refused({ amount_text: text, hedges: h, approximate: true })).toEqual([]);
    },
  );
  it.each(['$1,530 +', '$1,530 and up', '$1,530 or more', 'from $1,530', '≥$1,530', '$1,530+'])(
    '%s is open-ended',
    (text) => {
      expect(refused({ amount_text: text })).toContain('open_ended');
      expect(refused({ amount_text: text, open_ended: true, open_ended_from: 1530 })).toEqual([]);
    },
  );
  it('a "+" before a tax, a fee or another amount is not open-ended', () => {
    for (const text of [
      '$1,530+GST',
      '$1,530 + GST',
      '$1,530+ fees',
      '$1,530 + $740/additional',
      'from $1,530 to $2,000',
    ])
      expect(readAmount(text).openEnded, text).toBeNull();
    expect(refused({ amount_text: '$1,530+GST', tax_note: '+GST' })).toEqual([]);
  });
  it('a hedge is whole words of the text or an excerpt: not "e", "$" inside a word, or part of a figure', () => {
    expect(refused({ hedges: ['e'], approximate: true })).toContain('hedges');
    expect(refused({ hedges: ['53'], approximate: true })).toContain('hedges');
    expect(refused({ hedges: ['snapshot'], approximate: true })).toEqual([]);
  });
});

describe('the tax note is what the text or an excerpt writes (H18-5)', () => {
  it('"+ GST" beside "incl. GST" or "+ tax" is a 422 naming tax_note; a tax the text names needs the note', () => {
    expect(refused({ amount_text: '$1,530 incl. GST', tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + tax', tax_note: '+ GST' })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + GST', tax_note: '+ tax' })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + GST', tax_note: null })).toContain('tax_note');
    expect(refused({ amount_text: '$1,530 + GST', tax_note: '+ GST' })).toEqual([]);
  });
  it('every seeded price is read as it is stored', () => {
    for (const p of seedData.prices) expect(pricesResource.input.safeParse(p).success, p.id).toBe(true);
  });
});

describe('over HTTP: a refused text stores nothing, and JSON-LD never types a refused reading', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18', 'write').key;
  });
  afterAll(() => t.close());
  it('"1,530 €" as CAD and "$2 million" as 2 are 422s; the record keeps what it had', async () => {
    const url = '/v1/prices/kair-group-session-100-250';
    const before = (await t.http.get(url).expect(200)).body.data;
    const patch = (body: object) =>
      t.http
        .patch(url)
        .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
        .send(body);
    for (const body of [
      { amount_text: '1,530 €', amount_min: 1530, amount_max: null, currency: 'CAD', currency_implied: false },
      { amount_text: '$2 million', amount_min: 2, amount_max: null },
    ]) {
      const res = await patch(body);
      expect(res.status, res.text).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await t.http.get(url).expect(200)).body.data).toEqual(before);
  });
});

describe('who says a statement is a source the record cites, in words its excerpts write (H18-8)', () => {
  const refusedOf = (collection: string, change: (r: Record<string, unknown>) => void) => {
    const resource = resources.find((r) => r.tableName === collection);
    const record = structuredClone((seedData as unknown as Record<string, Record<string, unknown>[]>)[collection]?.[0]);
    if (!resource || !record) throw new Error(collection);
    change(record);
    const r = resource.input.safeParse(record);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  it('every seeded record of every collection keeps the rule', () => {
    for (const r of resources)
      for (const record of (seedData as unknown as Record<string, unknown[]>)[r.tableName] ?? [])
        expect(r.input.safeParse(record).success, `${r.tableName}/${(record as { id: string }).id}`).toBe(true);
  });
  it('a scope stated by a source the record does not cite, or a hedge no excerpt writes, is a 422 naming it', () => {
    expect(
      refusedOf('contraindications', (c) => {
        (c.scope as { stated_by: string[] }).stated_by = ['no-such-cited-source'];
      }),
    ).toContain('scope.stated_by.0');
    expect(
      refusedOf('contraindications', (c) => {
        (c.scope as { hedge: string | null }).hedge = 'absolutely never, under any circumstances';
      }),
    ).toContain('scope.hedge');
    expect(
      refusedOf('dosing_routes', (d) => {
        const scope = d.dose_scope as { hedge: string | null } | null;
        if (scope) scope.hedge = 'always exactly';
        else throw new Error('the first dosing route has no dose scope');
      }),
    ).toContain('dose_scope.hedge');
  });
  it('an FAQ answered by a source it does not cite, and a publisher no excerpt writes unmarked, are 422s', () => {
    const other = (id: unknown) =>
      id === 'kair-group-therapy-unpacked' ? 'group-ketamine-therapy-canada' : 'kair-group-therapy-unpacked';
    expect(
      refusedOf('faqs', (f) => {
        f.answered_by = other(f.answered_by);
        f.citations = (f.citations as { source_id: string }[]).filter((c) => c.source_id !== f.answered_by);
      }),
    ).toContain('answered_by');
    expect(
      refusedOf('sources', (s) => {
        s.publisher = 'Nature Publishing';
        s.publisher_inferred = false;
      }),
    ).toContain('publisher_inferred');
  });
});

describe("a program's price has its program's format (H18-17)", () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18-format', 'write').key;
  });
  afterAll(() => t.close());
  const patch = (url: string, body: object) =>
    t.http
      .patch(url)
      .set({ authorization: `Bearer ${key}`, 'if-match': '*', 'content-type': 'application/merge-patch+json' })
      .send(body);
  it('a price of another format than its program is a 422 naming format; so is a program change its prices disagree with', async () => {
    const price = (await t.http.get('/v1/prices/roots-to-thrive-group-price').expect(200)).body.data;
    const program = (await t.http.get(`/v1/programs/${price.program_id}`).expect(200)).body.data;
    expect(price.format).toBe(program.format);
    const other = program.format === 'group' ? 'individual' : 'group';
    const refused = await patch('/v1/prices/roots-to-thrive-group-price', { format: other });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.errors.map((e: { name: string }) => e.name)).toEqual(['format']);
    const moved = await patch(`/v1/programs/${program.id}`, { format: other });
    expect(moved.status, moved.text).toBe(422);
    expect(moved.body.errors[0]).toMatchObject({ name: 'format' });
    expect(moved.body.errors[0].detail).toContain('prices/roots-to-thrive-group-price');
    expect((await t.http.get('/v1/prices/roots-to-thrive-group-price').expect(200)).body.data).toEqual(price);
    expect((await t.http.get(`/v1/programs/${program.id}`).expect(200)).body.data).toEqual(program);
  });
});

describe("a fit row's favoured_format is what its cells mark (H18-13)", () => {
  const fit = resources.find((r) => r.tableName === 'format_fit');
  it.each(seedData.format_fit.map((f) => [f.id, f] as const))('%s: only its own summary is taken', (_id, row) => {
    if (!fit) throw new Error('format_fit');
    for (const favoured of ['group', 'individual', 'neither'] as const) {
      const r = fit.input.safeParse({ ...row, favoured_format: favoured });
      expect(r.success, `${row.id}: ${favoured}`).toBe(favoured === row.favoured_format);
      if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toContain('favoured_format');
    }
  });
});

describe('the spec declares what every response can be (H18-6)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());
  it('every operation ends in a default; a 405 declares Allow, a 401 and a 403 WWW-Authenticate', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const deref = (r: { $ref?: string }) =>
      (r.$ref ? spec.components.responses[r.$ref.split('/').pop() as string] : r) as { headers?: object };
    for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, { responses: object }>>))
      for (const [method, op] of Object.entries(ops)) {
        const responses = op.responses as Record<string, { $ref?: string }>;
        expect(responses.default, `${method} ${path}`).toBeDefined();
        for (const [status, header] of [
          ['405', 'Allow'],
          ['401', 'WWW-Authenticate'],
          ['403', 'WWW-Authenticate'],
        ] as const)
          if (responses[status])
            expect(
              Object.keys(deref(responses[status] as { $ref?: string }).headers ?? {}),
              `${method} ${path} ${status}`,
            ).toContain(header);
      }
  });
  it('over HTTP: a URI too long on a probe is the problem its default declares, with the headers it declares', async () => {
    const spec = (await t.http.get('/openapi.json').expect(200)).body;
    const declared = spec.components.responses.Malformed;
    const res = await t.http.get(`/healthz?x=${'a'.repeat(9000)}`);
    expect(res.status).toBe(414);
    expect(declared.description).toContain('**414**');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const h of Object.keys(declared.headers)) expect(res.headers[h.toLowerCase()], h).toBeDefined();
  });
});

describe('a referenced record is counted once in the 409 (H18-14)', () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await startApp({ WRITE_RATE_LIMIT_MAX: '1000' });
    key = createKey(t.db, 'hostile18-409', 'write').key;
  });
  afterAll(() => t.close());
  it('one record pointing through two fields is one live record, with both fields named', async () => {
    const auth = { authorization: `Bearer ${key}` };
    const faq = seedData.faqs[0] as (typeof seedData.faqs)[number];
    const source = seedData.sources.find((s) => s.id === faq.answered_by) as (typeof seedData.sources)[number];
    await t.http
      .post('/v1/sources')
      .set(auth)
      .send({ ...source, id: 'h18-source' })
      .expect(201);
    const created = await t.http
      .post('/v1/faqs')
      .set(auth)
      .send({
        ...faq,
        id: 'h18-faq',
        related: [],
        answered_by: 'h18-source',
        citations: faq.citations.map((c) => ({ ...c, source_id: 'h18-source' })),
      });
    expect(created.status, created.text).toBe(201);
    const res = await t.http.delete('/v1/sources/h18-source').set({ ...auth, 'if-match': '*' });
    expect(res.status, res.text).toBe(409);
    expect(res.body.detail).toContain('is referenced by 1 live record: faqs/h18-faq (');
    expect(res.body.detail).toMatch(/answered_by/);
    expect(res.body.detail).toMatch(/citations\[\]\.source_id/);
  });
});

describe('numbers possible for their unit, and addresses that are what they read (H18-9, H18-10, H18-15)', () => {
  const refusedIn = (collection: string, over: Record<string, unknown>, pick = 0) => {
    const resource = resources.find((r) => r.tableName === collection);
    const record = (seedData as unknown as Record<string, Record<string, unknown>[]>)[collection]?.[pick];
    if (!resource || !record) throw new Error(collection);
    const r = resource.input.safeParse({ ...record, ...over });
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  it('a finding of 150 percent, 2.5 or −5 participants, or out of 0 is a 422 naming it', () => {
    const at = seedData.findings.findIndex((f) => f.value_unit === 'percent');
    for (const over of [
      // A fall of more than all of it (a rise may be more: hostile 18b H18b-11).
      { value: 150, value_unit: 'percent', denominator: null, direction: 'decreased' },
      { value: -150, value_unit: 'percent', denominator: null },
      { value: 2.5, value_unit: 'participants', denominator: null },
      { value: -5, value_unit: 'participants', denominator: null },
    ])
      expect(refusedIn('findings', over, at), JSON.stringify(over)).toContain('value');
    expect(refusedIn('findings', { value: 79, value_unit: 'percent', denominator: 0 }, at)).toContain('denominator');
    expect(refusedIn('findings', {}, at)).toEqual([]);
  });
  it('a web address with a user name, or a character a URI cannot hold, is a 422', () => {
    for (const website of ['https://psychedelic.healthcare@evil.example/find-care', 'https://evil.example/<script>'])
      expect(refusedIn('organizations', { website }), website).toContain('website');
    // A query string is URI characters (and, an address being one a cited excerpt writes since hostile 21 H21-8, one
    // written in an excerpt here).
    const website = 'https://psychedelic.healthcare/find-care?a=1';
    const citations = seedData.organizations[0]?.citations as Record<string, unknown>[];
    expect(
      refusedIn('organizations', { website, citations: [...citations, { ...citations[0], excerpt: website }] }),
    ).toEqual([]);
  });
  it('a webhook address on port 0 is refused', async () => {
    const { webhookUrl } = await import('../src/webhooks/address.js');
    expect(webhookUrl('http://127.0.0.1:0/x', true)).toEqual({ problem: 'must not name port 0' });
    expect(webhookUrl('https://hooks.example:00/x', true)).toEqual({ problem: 'must not name port 0' });
    expect(webhookUrl('https://hooks.example:8080/x', true)).toEqual({ href: 'https://hooks.example:8080/x' });
  });
});
