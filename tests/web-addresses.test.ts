/**
 * Every address a record holds (a source's or a study's `url`, an organization's `website`, a program's
 * `access.website`) is an http(s) address with a host name (hostile 13, H13-19): frontends render them as links, so a
 * `javascript:`, `data:` or `vbscript:` address written through the API would run in their pages. The fields are found
 * from each collection's input schema (every string of format `uri`), not listed here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedData } from '../seed/data/index.js';
import { createKey } from '../src/auth/keys.js';
import { resources } from '../src/resources/index.js';
import { startApp, type TestApp } from './helpers.js';

let t: TestApp;
let auth: { authorization: string };
beforeAll(async () => {
  t = await startApp();
  auth = { authorization: `Bearer ${createKey(t.db, 'web-addresses', 'write').key}` };
});
afterAll(() => t.close());

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  format?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Paths of the `uri` strings of a schema, through objects, references and unions. */
function uriPaths(schema: JsonSchema, defs: Record<string, JsonSchema>, path: string[] = []): string[][] {
  if (schema.$ref) return uriPaths(defs[schema.$ref.split('/').pop() as string] ?? {}, defs, path);
  if (schema.format === 'uri') return [path];
  const nested = Object.entries(schema.properties ?? {}).flatMap(([k, s]) => uriPaths(s, defs, [...path, k]));
  const branches = [...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  return [...nested, ...branches.flatMap((s) => uriPaths(s, defs, path))];
}

const fields = resources.flatMap((r) => {
  const schema = z.toJSONSchema(r.input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return uriPaths(schema, schema.$defs ?? {}).map((path) => ({ resource: r, path }));
});

function withValue(record: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]];
  return { ...record, [head]: rest.length ? withValue(record[head] as Record<string, unknown>, rest, value) : value };
}

describe('addresses in records', () => {
  it('are found in every collection that holds one', () => {
    expect(fields.map((f) => `${f.resource.path}.${f.path.join('.')}`).sort()).toEqual(
      expect.arrayContaining(['organizations.website', 'programs.access.website', 'sources.url', 'studies.url']),
    );
  });

  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.org/x',
    'https://',
    // No host name: an IP address in any spelling, a name without a dot (review C13b-2).
    'http://169.254.169.254/',
    'http://127.1/',
    'http://0x7f.1/',
    'https://[::1]/',
    'https://localhost/',
  ];

  it.each(fields.map((f) => [`${f.resource.path}.${f.path.join('.')}`, f] as const))(
    '%s takes an http(s) address and refuses any other scheme with a 422 naming it',
    async (_name, { resource, path }) => {
      const seeded = (seedData as unknown as Record<string, Record<string, unknown>[]>)[resource.tableName]?.[0];
      if (!seeded) throw new Error(`no seeded ${resource.path}`);
      for (const [i, value] of hostile.entries()) {
        const body = withValue({ ...seeded, id: `web-address-${i}` }, path, value);
        const res = await t.http.post(`/v1/${resource.path}`).set(auth).send(body);
        expect(res.status, `${value}`).toBe(422);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(
          (res.body.errors as { name: string }[]).map((e) => e.name),
          value,
        ).toContain(path.join('.'));
        await t.http.get(`/v1/${resource.path}/web-address-${i}`).expect(404);
      }
      // Any web address, an internationalised name and a fully qualified one (trailing dot) too (review C13-5).
      for (const [i, value] of ['https://example.org/a?b=c', 'https://пример.рф/', 'http://example.org./'].entries()) {
        // An excerpt writes it (where an address must be one a cited excerpt writes: hostile 21 H21-8).
        const citations = seeded.citations as Record<string, unknown>[];
        const cited = {
          ...seeded,
          id: `web-address-ok-${i}`,
          citations: [...citations, { ...citations[0], excerpt: value }],
        };
        const body = withValue(cited, path, value);
        const res = await t.http.post(`/v1/${resource.path}`).set(auth).send(body);
        expect(res.status, res.text).toBe(201);
        await t.http.delete(`/v1/${resource.path}/web-address-ok-${i}`).set(auth).set('if-match', '*').expect(204);
      }
    },
  );
});
