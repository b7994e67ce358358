/**
 * Stored markup never comes back live (issue 14, item 3): search highlights are escaped text plus
 * <mark>, JSON-LD is safe to embed in a <script> block, CSV cells never start a spreadsheet formula.
 * The hostile content is stored through the real write path with a real key.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/auth/keys.js';
import { csvField } from '../src/export/export.js';
import { htmlSafeJson } from '../src/http/html-safe-json.js';
import { highlightHtml } from '../src/search/search.js';
import { shownText, startApp, type TestApp } from './helpers.js';

let t: TestApp;
let auth: { authorization: string };
beforeAll(async () => {
  t = await startApp();
  auth = { authorization: `Bearer ${createKey(t.db, 'editor-mallory', 'write').key}` };
});
afterAll(() => t.close());

const citation = {
  source_id: 'group-ketamine-therapy-canada',
  excerpt: 'The 24-hour no-driving rule applies regardless of group or individual format.',
  section: 'Frequently asked questions',
};
async function storeFaq(id: string, question: string, answer: string) {
  await t.http
    .post('/v1/faqs')
    .set(auth)
    .send({ id, question, answer, answered_by: citation.source_id, position: 90, related: [], citations: [citation] })
    .expect(201);
}

const shown = shownText;

describe('stored XSS through search highlights', () => {
  const question = '<img src=x onerror=alert(1)> Zqxjkv "quoted" & \'single\'';
  const answer = 'Before <script>alert(document.cookie)</script> zqxjkv after &amp; <b onmouseover=x>bold</b>';
  beforeAll(() => storeFaq('xss-in-search', question, answer));

  it('returns title and snippet as escaped text whose only tags are <mark>', async () => {
    const res = await t.http.get('/v1/search?q=zqxjkv').expect(200);
    const hit = res.body.data.find((h: { id: string }) => h.id === 'xss-in-search');
    expect(hit).toBeDefined();
    for (const html of [hit.title, hit.snippet] as string[]) {
      expect(html).toContain('<mark>');
      // Every < and > left is part of a <mark> tag; every & starts an entity.
      expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(html).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    }
    expect(hit.title).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>Zqxjkv</mark> &quot;quoted&quot; &amp; &#39;single&#39;',
    );
    // Escaped, not altered: a browser shows exactly the stored text.
    expect(shown(hit.title)).toBe(question);
    expect(shown(hit.snippet)).toBe(answer);
  });

  it('a stored mark or field character opens no <mark> and splits no field', async () => {
    // The characters the index marks matches (U+E000, U+E001) and fields (U+2029) with are not indexed from a record.
    const q = 'Wvxqzy \uE001 asks \uE000 this?';
    const a = 'The KAIR article says \uE001 wvxqzy \uE000 stays\u2029 here.';
    await storeFaq('marks-in-search', q, a);
    const hit = (await t.http.get('/v1/search?q=wvxqzy').expect(200)).body.data.find(
      (h: { id: string }) => h.id === 'marks-in-search',
    );
    for (const html of [hit.title, hit.snippet] as string[]) {
      // Marks open and close in turn, each around the query's word only.
      expect(html.match(/<\/?mark>/g)).toEqual(['<mark>', '</mark>']);
      expect(html).toMatch(/<mark>wvxqzy<\/mark>/i);
    }
    expect(shown(hit.title)).toBe(q.replace(/[\uE000\uE001]/g, ''));
    expect(shown(hit.snippet)).toBe(a.replace(/[\uE000\uE001]/g, '').replace('\u2029', ' '));
  });

  it('escapes before marking, whatever the text (unit)', () => {
    expect(highlightHtml('a < \uE000b\uE001 > "c" & \'d\'')).toBe(
      'a &lt; <mark>b</mark> &gt; &quot;c&quot; &amp; &#39;d&#39;',
    );
    expect(highlightHtml('</mark><script>')).toBe('&lt;/mark&gt;&lt;script&gt;');
  });
});

describe('breaking out of <script type="application/ld+json">', () => {
  const name = '</script><script>alert(1)</script><!-- & \u2028\u2029';
  beforeAll(() => {
    t.db.$client
      .prepare('update programs set name = ?, version = version + 1 where id = ?')
      .run(name, 'roots-to-thrive-group');
  });

  it.each([
    ['/v1/programs/roots-to-thrive-group.jsonld', {}],
    ['/v1/programs/roots-to-thrive-group', { accept: 'application/ld+json' }],
  ])('%s serializes the name so that no HTML can end the block, and the data is unchanged', async (url, headers) => {
    for (let i = 0; i < 2; i++) {
      // The second read is a cache hit answered before Fastify: the same bytes.
      const res = await t.http.get(url).set(headers).buffer(true).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
      const text = res.text;
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      expect(text).toContain('\\u003c/script\\u003e\\u003cscript\\u003e');
      expect(JSON.parse(text).name).toBe(name);
    }
  });

  it('htmlSafeJson is valid JSON of the same data (unit)', () => {
    const value = { a: '<>&\u2028\u2029</script>', b: [1, -2.5, true, null], 'k<': 'é😀' };
    const text = htmlSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('CSV injection (formulas in exported cells)', () => {
  const formulas = [
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '＝1+1',
    "'already quoted",
  ];
  beforeAll(async () => {
    for (const [i, q] of formulas.entries()) {
      // Through the API; a leading tab or CR is then set in the database, whatever write validation
      // thinks of control characters: the export must hold even for data stored before it.
      await storeFaq(`csv-injection-${i}`, q.replace(/^[\t\r]/, ''), `Answer ${i}.`);
      t.db.$client.prepare('update faqs set question = ? where id = ?').run(q, `csv-injection-${i}`);
    }
  });

  it('prefixes every text cell that could start a formula with a quote; dropping it gives the stored text', async () => {
    // The negotiated export takes the export's parameters only (a limit there is a 400, as on .csv).
    for (const url of ['/v1/faqs.csv', '/v1/faqs']) {
      const res = await t.http.get(url).set('accept', 'text/csv').buffer(true).expect(200);
      const rows: Record<string, string>[] = parse(res.text, { columns: true, record_delimiter: '\r\n' });
      for (const [i, q] of formulas.entries()) {
        const row = rows.find((r) => r.id === `csv-injection-${i}`) as Record<string, string>;
        expect(row.question).toBe(`'${q}`);
        expect(row.question?.slice(1)).toBe(q);
      }
      // No cell of the whole export starts with a formula character.
      for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    }
  });

  it('leaves numbers, booleans, nested values and plain text as they are (unit)', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(false)).toBe('false');
    expect(csvField(['=x'])).toBe('"[""=x""]"');
    expect(csvField('plain, text')).toBe('"plain, text"');
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
  });
});
