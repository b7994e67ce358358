/**
 * What operations repeat, said once: shared parameters, error responses and record examples become
 * OpenAPI components that operations refer to by `$ref`. Schemas are shared by Zod's registry
 * (`meta({ id })`, see docs.ts); these parts are not schemas, so they are shared here, after the
 * document is generated. Without this every operation carried its own copy and the document was
 * five times its size, for the reader, Swagger UI and the generated client alike.
 */

import { REFERENCES } from '../resources/references.js';
import { PROBLEM_TYPES, type ProblemStatus, problemExample } from './problem.js';

type Json = Record<string, unknown>;
type Parameter = Json & { name?: string; in?: string; example?: unknown; schema?: Json; $ref?: string };
type Media = Json & { example?: unknown; examples?: Record<string, unknown> };
type Response = Json & { $ref?: string; content?: Record<string, Media> };
type Operation = Json & {
  operationId?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses?: Record<string, Response>;
};
type Doc = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, unknown> };

/** `updated_since` → `UpdatedSince`, `if-match` → `IfMatch`. */
const pascal = (s: string) =>
  s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, _sep, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');

const operationsOf = (doc: Doc) => Object.values(doc.paths ?? {}).flatMap((ops) => Object.values(ops));

/** A section of components/, copied before it is added to (it may be a module's constant). */
function section(doc: Doc, name: string): Record<string, unknown> {
  doc.components ??= {};
  const copy = { ...(doc.components[name] as Record<string, unknown> | undefined) };
  doc.components[name] = copy;
  return copy;
}

/**
 * Parameters used by more than one operation become components/parameters: one per distinct
 * declaration, named for the parameter (`Limit`, `Cursor`, `UpdatedSince`) or, where collections
 * declare it differently (their sort fields, filters), for the collection too (`ProgramSort`).
 *
 * Query parameters keep their examples in their schema (`examples`), not as a parameter example:
 * Swagger UI fills Try it out with a parameter example, which turned the first Execute of a list
 * into a filtered one (`q=sublingual`, `updated_since=…`).
 *
 * `nouns` names the collection of a tag (`programs` → `Program`).
 */
export function shareParameters(spec: object, nouns: Readonly<Record<string, string>>): void {
  const doc = spec as Doc;
  const uses = new Map<string, { parameter: Parameter; count: number; tags: Set<string> }>();
  for (const op of operationsOf(doc)) {
    op.parameters = op.parameters?.map(exampleInSchema);
    for (const p of op.parameters ?? []) {
      if (p.$ref) continue;
      const key = JSON.stringify(p);
      const use = uses.get(key) ?? { parameter: p, count: 0, tags: new Set<string>() };
      use.count++;
      use.tags.add(op.tags?.[0] ?? '');
      uses.set(key, use);
    }
  }
  const shared = [...uses.entries()].filter(([, u]) => u.count > 1);
  // A declaration several collections share is named for the parameter when it is the only one so
  // shared; one collection's own (or another of the same name) is named for the collection too.
  const acrossTags = new Map<string, number>();
  for (const [, u] of shared) {
    const name = u.parameter.name ?? '';
    if (u.tags.size > 1) acrossTags.set(name, (acrossTags.get(name) ?? 0) + 1);
  }
  const components = section(doc, 'parameters');
  const names = new Map<string, string>();
  for (const [key, u] of shared) {
    const name = u.parameter.name ?? '';
    const tag = [...u.tags][0] ?? '';
    const base =
      u.tags.size > 1 && acrossTags.get(name) === 1 ? pascal(name) : `${nouns[tag] ?? pascal(tag)}${pascal(name)}`;
    const unique = uniqueName(components, base);
    components[unique] = u.parameter;
    names.set(key, unique);
  }
  for (const op of operationsOf(doc)) {
    op.parameters = op.parameters?.map((p) => {
      const name = p.$ref ? undefined : names.get(JSON.stringify(p));
      return name ? { $ref: `#/components/parameters/${name}` } : p;
    });
  }
}

/** A query parameter's example moved into its schema's `examples` (which Swagger UI does not pre-fill). */
function exampleInSchema(p: Parameter): Parameter {
  if (p.in !== 'query' || p.example === undefined) return p;
  const { example, schema, ...rest } = p;
  return { schema: { ...schema, examples: (schema?.examples as unknown[] | undefined) ?? [example] }, ...rest };
}

/**
 * Error responses (application/problem+json, with their example and headers) become
 * components/responses named for their problem type: `ValidationError`, `NotFound`, `RateLimited`…
 */
export function shareErrorResponses(spec: object): void {
  const doc = spec as Doc;
  const components = section(doc, 'responses');
  const names = new Map<string, string>();
  for (const op of operationsOf(doc)) {
    for (const [status, res] of Object.entries(op.responses ?? {})) {
      if (Number(status) < 400 || res.$ref) continue;
      const key = JSON.stringify(res);
      let name = names.get(key);
      if (!name) {
        const type = (PROBLEM_TYPES as Record<number, readonly [string, string]>)[Number(status) as ProblemStatus];
        name = uniqueName(components, pascal(type?.[0] ?? `error-${status}`));
        components[name] = res;
        names.set(key, name);
      }
      (op.responses as Record<string, Response>)[status] = { $ref: `#/components/responses/${name}` };
    }
  }
}

/** The rate-limit counters. */
const RATE_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
/** The statuses every write can answer alike, before it reads the record. */
const REFUSALS = ['401', '403', '405', '413', '415', '429'];
/** The server errors a write can answer. */
const SERVER_ERRORS = ['500', '503'];
/** What every public read can answer besides its own statuses: a failed If-Match, the rate limit and a server error. */
const READ_ERRORS = ['412', '429', '500'];

/**
 * The error statuses every write answers alike (no or a bad key, a missing scope, a body too large
 * or not JSON, the rate limit; an unexpected error, a database not ready) become one `default`
 * response per write, components/responses `Refused`, whose description lists each status and what
 * it means; the rate limit and the server error of every public read are its `default` likewise
 * (`RateLimitedOrServerError`). An explicit status of the operation (400, 404, 409, 412, 422, 428)
 * still says what is particular to it; OpenAPI gives it precedence over `default`. Saying the eight
 * statuses once per write instead of eight times was 21 KB of the document, one `default` instead
 * of a `4XX` and a `5XX` (and instead of a 429 and a 500 on each read) 7 KB more. The statuses stay
 * machine-readable in the description (`**429**: …`): tests/fuzz.test.ts looks a status up there
 * when it falls to `default`. Runs after shareErrorResponses (the responses are `$ref`s to
 * components named for their problem type).
 */
export function groupCommonErrors(spec: object): void {
  const doc = spec as Doc;
  const components = section(doc, 'responses') as Record<string, Response>;
  const group = (name: string, range: string, statuses: string[], lead: string) => {
    for (const op of operationsOf(doc)) {
      const responses = op.responses ?? {};
      if (!statuses.every((st) => responses[st]?.$ref)) continue;
      // An operation keeps one explicit 4xx status at least (Redocly's `operation-4xx-response`): a
      // read whose only client error is the rate limit (`/v1`) keeps its 429 and 500.
      if (range === 'default' && !Object.keys(responses).some((st) => /^4/.test(st) && !statuses.includes(st)))
        continue;
      const parts = statuses.map((st) => {
        const ref = String(responses[st]?.$ref);
        return [st, components[ref.slice(ref.lastIndexOf('/') + 1)] as Response] as const;
      });
      const headers = Object.assign({}, ...parts.map(([, r]) => r.headers));
      const [, first] = parts[0] as readonly [string, Response];
      // The headers of every operation it stands for (a PATCH's 415 adds Accept-Patch: hostile 18b H18b-7), as it
      // lists Allow for a 405 and Retry-After for a 429; each header's description says when it is sent.
      if (components[name]) Object.assign((components[name] as Response).headers ?? {}, headers);
      else
        components[name] = {
          description: `${lead} ${parts.map(([st, r]) => `**${st}**: ${r.description}`).join(' ')}`,
          content: first.content,
          headers,
        };
      const kept = Object.entries(responses).filter(([st]) => !statuses.includes(st));
      op.responses = Object.fromEntries([...kept, [range, { $ref: `#/components/responses/${name}` }]]);
    }
  };
  // A record write evaluates If-Match and If-None-Match (a create and a restore too): its 412 is one of them.
  group(
    'RefusedRecordWrite',
    'default',
    [...REFUSALS, '412'].sort().concat(SERVER_ERRORS),
    'Refused, nothing written, as every record write may be, or a server error (the example is a 401):',
  );
  group(
    'Refused',
    'default',
    [...REFUSALS, ...SERVER_ERRORS],
    'Refused before anything is read or written, as every write may be, or a server error (the example is a 401):',
  );
  // Reads that need a key (webhooks) list their refusals; their server errors are one range.
  group('ServerError', '5XX', SERVER_ERRORS, 'A server error (the example is a 500):');
  group(
    'RateLimitedOrServerError',
    'default',
    READ_ERRORS,
    'Precondition failed, rate limited, or a server error (the example is a 412):',
  );
  // Components a range now says, referred to by nothing else, go.
  const used = JSON.stringify(doc.paths);
  for (const name of Object.keys(components))
    if (
      !used.includes(`"#/components/responses/${name}"`) &&
      !JSON.stringify(components).includes(`responses/${name}"`)
    )
      delete components[name];
}

/**
 * A request the server refuses before any route reads it (a URI or header fields too long, an `Expect` it does not meet,
 * a request that took too long, broken framing) is a problem on every operation. The operations whose statuses do not
 * end in a `default` (the probes, the webhook reads) get one, components/responses `Malformed`, so that a client and a
 * contract test have a type for it (hostile 18 H18-6). Runs after groupCommonErrors.
 */
export function defaultForMalformed(spec: object): void {
  const doc = spec as Doc;
  const components = section(doc, 'responses') as Record<string, Response>;
  const header = (name: string) => ({ $ref: `#/components/headers/${name}` });
  // Answered before any route, so with the rate-limit counters on every path, the probes' too.
  components.Malformed = {
    description:
      'Refused before routing: **400** framing, **408** too slow, **414** URI too long, **417** Expect, **431** headers too large.',
    // Its example is a 414, one of its own statuses (the example of another response would mislead).
    content: {
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example: problemExample(414) },
    },
    headers: Object.fromEntries(['X-Request-Id', ...RATE_HEADERS].map((h) => [h, header(h)])),
  };
  for (const op of operationsOf(doc)) {
    const responses = op.responses ?? {};
    if (!responses.default) op.responses = { ...responses, default: { $ref: '#/components/responses/Malformed' } };
  }
}

/**
 * Success responses that several operations give alike (a written record, `204 Deleted`, the
 * revisions of a record) become components/responses. Where only their descriptions differ
 * ("Created." and "Replaced."), the component has the one most of them give and each other
 * operation keeps its own on the reference (OpenAPI 3.1).
 * Named for what they carry: `Program` (`{ data: Program }`), `RevisionList`, else their description.
 */
export function shareSuccessResponses(spec: object): void {
  const doc = spec as Doc;
  const groups = new Map<string, { members: Response[]; descriptions: Map<string, number> }>();
  for (const op of operationsOf(doc)) {
    for (const [status, res] of Object.entries(op.responses ?? {})) {
      if (Number(status) >= 400 || res.$ref) continue;
      // A body schema that repeats the response's description says it once.
      for (const media of Object.values(res.content ?? {}))
        if ((media.schema as Json | undefined)?.description === res.description)
          delete (media.schema as Json).description;
      const { description, ...rest } = res;
      const key = JSON.stringify(rest);
      const group = groups.get(key) ?? { members: [], descriptions: new Map<string, number>() };
      group.members.push(res);
      group.descriptions.set(String(description), (group.descriptions.get(String(description)) ?? 0) + 1);
      groups.set(key, group);
    }
  }
  const components = section(doc, 'responses');
  for (const { members, descriptions } of groups.values()) {
    if (members.length < 2) continue;
    const { description: _d, ...rest } = members[0] as Response;
    // The description most of them give is the component's; the others keep theirs on the reference.
    const description = [...descriptions].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '';
    const name = uniqueName(components, responseName(rest, description));
    components[name] = { description, ...rest };
    for (const res of members) {
      const own = String(res.description);
      for (const k of Object.keys(res)) delete res[k];
      Object.assign(res, { $ref: `#/components/responses/${name}` }, own === description ? {} : { description: own });
    }
  }
}

function responseName(res: Response, description: string): string {
  const data = (res.content?.['application/json']?.schema as { properties?: { data?: Json } } | undefined)?.properties
    ?.data;
  const ref = (data?.$ref ?? (data?.items as Json | undefined)?.$ref) as string | undefined;
  if (ref) return `${ref.split('/').pop()}${data?.$ref ? '' : 'List'}`;
  // Named for its first words: "Deleted (soft): …" is `Deleted`.
  return pascal(description.split(/[.,:;(]/)[0] ?? description);
}

/**
 * Examples of success responses become components/examples, referred to from each response: the
 * record examples in `named` (one record of each collection, shown by every single-record read and
 * write) under their names; an example that several operations show (the JSON-LD document every
 * collection's read shows, the revision list) under the name of its schema or of the response, and
 * summarized by what that schema or response says, never by one operation's description ("One
 * Source" under a condition); any other under the id of the operation that shows it. Besides
 * saying each once, this keeps pages of JSON out of the generated client: openapi-typescript prints
 * an inline `example` into the types as a comment, and a referenced one not.
 */
export function shareExamples(
  spec: object,
  named: Readonly<Record<string, { summary: string; value: unknown }>>,
): void {
  const doc = spec as Doc;
  const components = section(doc, 'examples');
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Json>;
  const byValue = new Map<string, string>();
  for (const [name, ex] of Object.entries(named)) byValue.set(JSON.stringify(ex.value), name);
  const shownBy = new Map<string, Set<unknown>>();
  const successMedia = function* () {
    for (const op of operationsOf(doc)) {
      for (const [status, res] of Object.entries(op.responses ?? {})) {
        if (Number(status) >= 400 || res.$ref) continue;
        for (const [type, media] of Object.entries(res.content ?? {})) {
          if (media.example === null || typeof media.example !== 'object') continue;
          yield { op, res, type, media, key: JSON.stringify(media.example) };
        }
      }
    }
  };
  for (const { op, key } of successMedia()) shownBy.set(key, (shownBy.get(key) ?? new Set()).add(op));
  const used = new Map<string, { summary: string; value: unknown }>();
  for (const { op, res, type, media, key } of successMedia()) {
    let name = byValue.get(key);
    if (!name) {
      const taken = { ...named, ...Object.fromEntries(used) };
      const schemaName = ((media.schema as Json | undefined)?.$ref as string | undefined)?.split('/').pop();
      if ((shownBy.get(key)?.size ?? 0) > 1) {
        // Shown by several operations: named and summarized by what they share.
        const description = schemaName ? String(schemas[schemaName]?.description ?? schemaName) : res.description;
        name = uniqueName(taken, schemaName ?? responseName(res, String(res.description ?? '')));
        used.set(name, { summary: firstClause(String(description ?? name), !!schemaName), value: media.example });
      } else {
        const suffix = type === 'application/json' ? '' : pascal(type.split('/')[1] ?? type);
        name = uniqueName(taken, `${op.operationId}${suffix}`);
      }
      byValue.set(key, name);
    }
    // Summarized by the first clause of the response's description ("A page of programs as JSON").
    if (!used.has(name))
      used.set(name, named[name] ?? { summary: firstClause(String(res.description ?? name)), value: media.example });
    delete media.example;
    media.examples = { [name]: { $ref: `#/components/examples/${name}` } };
  }
  for (const [name, ex] of [...used].sort(([a], [b]) => (a < b ? -1 : 1))) components[name] = ex;
}

/**
 * The first clause of a description, for an example's summary: up to the first `;` or `:` that is
 * not inside parentheses or backticks ("The database can serve requests (`replica`: on read nodes
 * only)." is whole); with `sentence`, the first sentence if it ends before (a schema's description).
 */
export function firstClause(text: string, sentence = false): string {
  let depth = 0;
  let code = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') code = !code;
    else if (code) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || c === ':')) return text.slice(0, i);
    // A sentence's end: the first sentence is the clause.
    else if (sentence && depth === 0 && c === '.' && text[i + 1] === ' ' && /[A-Z]/.test(text[i + 2] ?? ''))
      return text.slice(0, i + 1);
  }
  return text;
}

function uniqueName(taken: Record<string, unknown>, base: string): string {
  let name = base;
  for (let i = 2; name in taken; i++) name = `${base}${i}`;
  return name;
}

type ObjectSchema = Json & {
  properties?: Record<string, unknown>;
  required?: string[];
  additionalProperties?: unknown;
};

/**
 * A schema that is another one with more fields required, or (where neither closes its properties)
 * with more fields, is written as that one plus the difference: `ProgramExpanded` is
 * `ProgramSparse` with every field required, `ProgramCreateInput` is `ProgramReplaceInput` with an
 * `id`. Zod writes each out in full; the two forms accept exactly the same documents, and the
 * reader (and the generated client) see how the schemas relate.
 */
export function composeSchemas(spec: object): void {
  const schemas = (spec as Doc).components?.schemas as Record<string, ObjectSchema> | undefined;
  if (!schemas) return;
  const composed = new Set<string>();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [name, a] of Object.entries(schemas)) {
    if (a.type !== 'object' || !a.properties) continue;
    const aProps = a.properties;
    let best: [string, ObjectSchema] | undefined;
    for (const [other, b] of Object.entries(schemas)) {
      if (other === name || composed.has(other) || b.type !== 'object' || !b.properties) continue;
      const bKeys = Object.keys(b.properties);
      if (!bKeys.every((k) => k in aProps && same(aProps[k], b.properties?.[k]))) continue;
      const more = Object.keys(aProps).length > bKeys.length;
      // More properties only where neither closes its set (else B would refuse A's extra ones).
      if (more && (a.additionalProperties !== undefined || b.additionalProperties !== undefined)) continue;
      if (!more && !same(a.additionalProperties, b.additionalProperties)) continue;
      if (!(b.required ?? []).every((k) => a.required?.includes(k))) continue;
      if (!more && (b.required ?? []).length >= (a.required ?? []).length) continue;
      if (JSON.stringify(b).includes(`"#/components/schemas/${name}"`)) continue;
      if (!best || bKeys.length > Object.keys(best[1].properties ?? {}).length) best = [other, b];
    }
    if (!best) continue;
    const [base, b] = best;
    const extra = Object.fromEntries(Object.entries(aProps).filter(([k]) => !(k in (b.properties ?? {}))));
    const { type: _t, properties: _p, required, additionalProperties: _a, ...rest } = a;
    schemas[name] = {
      allOf: [{ $ref: `#/components/schemas/${base}` }],
      ...(Object.keys(extra).length ? { type: 'object', properties: extra } : {}),
      required: (required ?? []).filter((k) => !b.required?.includes(k)),
      ...rest,
    };
    composed.add(name);
  }
}

/**
 * A record's schema said by its sparse form: `ProgramSparse` (what `fields` and `include` return:
 * every field, optional, and the related records) writes each field out once, and `Program` is
 * `ProgramSparse` with every field required and no related record (`"organization": false`). Zod
 * writes both out in full; the two forms accept exactly the same documents (both close their
 * properties), and the field descriptions are in one place instead of two. Runs before
 * composeSchemas (which then writes `ProgramExpanded` as `ProgramSparse` with every field required)
 * and shareProperties (which points the other schemas at `ProgramSparse`'s fields).
 */
export function entitiesOverSparse(spec: object): void {
  const schemas = (spec as Doc).components?.schemas as Record<string, ObjectSchema> | undefined;
  if (!schemas) return;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [name, entity] of Object.entries(schemas)) {
    const sparse = schemas[`${name}Sparse`];
    if (!sparse?.properties || !entity.properties || entity.type !== 'object' || sparse.type !== 'object') continue;
    if (entity.additionalProperties !== false || sparse.additionalProperties !== false) continue;
    const fields = entity.properties;
    if (!Object.entries(fields).every(([k, v]) => same(sparse.properties?.[k], v))) continue;
    if (!(sparse.required ?? []).every((k) => entity.required?.includes(k))) continue;
    const related = Object.keys(sparse.properties).filter((k) => !(k in fields));
    const { type: _t, properties: _p, additionalProperties: _a, required, ...rest } = entity;
    schemas[name] = {
      allOf: [{ $ref: `#/components/schemas/${name}Sparse` }],
      ...(related.length ? { properties: Object.fromEntries(related.map((k) => [k, false])) } : {}),
      required: required ?? [],
      ...rest,
    };
  }
}

/**
 * After composeSchemas: where `ProgramExpanded` is `ProgramSparse` with the fields required,
 * `Program` is `ProgramExpanded` without the related records (the same documents, the list of
 * required fields said once).
 */
export function entitiesOverExpanded(spec: object): void {
  const schemas = (spec as Doc).components?.schemas as Record<string, ObjectSchema> | undefined;
  if (!schemas) return;
  for (const [name, entity] of Object.entries(schemas)) {
    const expanded = schemas[`${name}Expanded`];
    const sparseRef = `#/components/schemas/${name}Sparse`;
    const onSparse = (s: ObjectSchema | undefined) =>
      JSON.stringify(s?.allOf) === JSON.stringify([{ $ref: sparseRef }]) && !s?.type;
    if (!onSparse(entity) || !onSparse(expanded)) continue;
    const needed = expanded?.required ?? [];
    if (!needed.every((k) => entity.required?.includes(k))) continue;
    entity.allOf = [{ $ref: `#/components/schemas/${name}Expanded` }];
    // What the sparse form requires (the id) is required through it.
    const sparseRequired = schemas[`${name}Sparse`]?.required ?? [];
    const rest = (entity.required ?? []).filter((k) => !needed.includes(k) && !sparseRequired.includes(k));
    if (rest.length) entity.required = rest;
    else delete entity.required;
  }
}

/**
 * Keywords that say nothing: the bounds Zod writes on every integer (±2^53−1, JSON's safe integers,
 * which no value of Katalog comes near) and `required: false` on parameters (the default).
 */
export function dropNoise(spec: object): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      const obj = node as Json;
      if (obj.type === 'integer' && obj.maximum === Number.MAX_SAFE_INTEGER) delete obj.maximum;
      if (obj.type === 'integer' && obj.minimum === Number.MIN_SAFE_INTEGER) delete obj.minimum;
      if (typeof obj.in === 'string' && typeof obj.name === 'string' && obj.required === false) delete obj.required;
      for (const value of Object.values(obj)) walk(value);
    }
  };
  walk(spec);
}

/**
 * `x-references` names a collection as clients name it, by its URL segment (`dosing-routes`), never by its internal key
 * (`dosing_routes`), which a client or generator following it would turn into a link to nothing (hostile 16 H16-1).
 */
export function referencesBySegment(spec: object, segments: Readonly<Record<string, string>>): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      const obj = node as Json;
      const target = obj[REFERENCES];
      if (typeof target === 'string' && Object.hasOwn(segments, target)) obj[REFERENCES] = segments[target];
      for (const value of Object.values(obj)) walk(value);
    }
  };
  walk(spec);
}

/** Every `$ref` in a document rewritten by `map` (refs it maps to undefined are kept). */
function rewriteRefs(node: unknown, map: (ref: string) => string | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteRefs(item, map);
  } else if (node && typeof node === 'object') {
    const obj = node as Json;
    if (typeof obj.$ref === 'string') obj.$ref = map(obj.$ref) ?? obj.$ref;
    for (const value of Object.values(obj)) rewriteRefs(value, map);
  }
}

/**
 * Zod's registry gives every schema used in a request an input variant (`IdInput`, `CurrencyInput`)
 * beside the output one. Where the two are written the same, the input variant goes and what
 * referred to it refers to the one schema.
 */
export function mergeIdenticalInputs(spec: object): void {
  const doc = spec as Doc;
  const schemas = doc.components?.schemas as Record<string, unknown> | undefined;
  if (!schemas) return;
  const merged = new Map<string, string>();
  // Repeat: an input variant becomes identical once the ones it refers to are merged.
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(schemas) as string[]) {
      const output: string | undefined = name.endsWith('Input') ? name.slice(0, -'Input'.length) : undefined;
      if (!output || !(output in schemas)) continue;
      if (JSON.stringify(schemas[name]) !== JSON.stringify(schemas[output])) continue;
      delete schemas[name];
      merged.set(`#/components/schemas/${name}`, `#/components/schemas/${output}`);
      rewriteRefs(doc, (ref) => merged.get(ref));
      changed = true;
    }
  }
}

/** `#/components/schemas/Program/properties/name`, escaped as a JSON Pointer (RFC 6901). */
const pointer = (...segments: string[]) =>
  `#/${segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

/**
 * A property written alike in several schemas is written out once, in the first schema that has
 * it, and referred to from the others by JSON Pointer: `ProgramSparse.name` is
 * `{ "$ref": "#/components/schemas/Program/properties/name" }`. The entity schemas come first, so
 * the record is where a field is described, and its sparse form, its inputs and its variants point
 * there. Small properties (shorter than the reference) stay as they are.
 */
export function shareProperties(spec: object): void {
  const schemas = (spec as Doc).components?.schemas as Record<string, ObjectSchema> | undefined;
  if (!schemas) return;
  // The schema that writes a record's fields out is its sparse form (entitiesOverSparse).
  const variant = (name: string) =>
    /(Expanded|Input)$/.test(name) || (/Sparse$/.test(name) && !schemas[name]?.properties);
  // Sorted, so the document does not depend on the order routes were registered in.
  const names = Object.keys(schemas).sort();
  const order = [...names.filter((n) => !variant(n)), ...names.filter(variant)];
  const first = new Map<string, string>();
  // The same, by value alone, for a filter's schema (whose parameter may be named otherwise: `price_unit` is a price's
  // `unit`): only values that say what they are (a description or an enumeration), never a bare `integer`.
  const firstByValue = new Map<string, string>();
  for (const name of order) {
    const properties = schemas[name]?.properties;
    if (!properties) continue;
    for (const [key, value] of Object.entries(properties)) {
      // Only a property of the same name is the same property: `Revision.seq` is not a reference to
      // `WebhookAttempt.duration_ms` because both happen to be integers.
      const json = JSON.stringify(value);
      const text = `${key}\u0000${json}`;
      const at = first.get(text);
      if (!at) {
        const here = pointer('components', 'schemas', name, 'properties', key);
        first.set(text, here);
        const said = value as Json;
        if (!firstByValue.has(json) && (said.description !== undefined || said.enum !== undefined))
          firstByValue.set(json, here);
        continue;
      }
      if (text.length > at.length + 12) properties[key] = { $ref: at };
    }
  }
  // A facet's values are the field's own (`ProgramFacets.dosing_setting[].value`).
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith('Facets')) continue;
    for (const [key, facet] of Object.entries(schema.properties ?? {})) {
      const value = ((facet as Json).items as ObjectSchema | undefined)?.properties;
      if (!value?.value) continue;
      const text = `${key}\u0000${JSON.stringify(value.value)}`;
      const at = first.get(text);
      if (at && text.length > at.length + 12) value.value = { $ref: at };
    }
  }
  // A filter's values are the field's own (`category=absolute,group_specific`): its schema, or the
  // schema of each item of a list parameter, points at the field where it is the same.
  const parameters = (spec as Doc).components?.parameters as Record<string, Parameter> | undefined;
  const shared = (schema: unknown) => {
    const text = JSON.stringify(schema);
    const at = firstByValue.get(text);
    return at && text.length > at.length + 12 ? { $ref: at } : undefined;
  };
  for (const p of Object.values(parameters ?? {})) {
    if (!p.schema) continue;
    const whole = shared(p.schema);
    if (whole) p.schema = whole;
    else if (p.schema.items) p.schema = { ...p.schema, items: shared(p.schema.items) ?? p.schema.items };
  }
}

/**
 * The two export paths of a collection (`/v1/programs.csv`, `/v1/programs.ndjson`) documented as one
 * templated path, `/v1/programs.{extension}`: the same parameters, one operation instead of two. What
 * the formats are (RFC 4180 CSV and its escaping, NDJSON) is said once, on the `Extension` parameter,
 * and the response once, `Export`. The list documents the same streams by `Accept`.
 */
export function shareExports(spec: object): void {
  const doc = spec as Doc;
  const paths = doc.paths ?? {};
  const out: Record<string, Record<string, Operation>> = {};
  const parameters = section(doc, 'parameters');
  const responses = section(doc, 'responses');
  for (const [path, ops] of Object.entries(paths)) {
    const csv = /^(.*)\.csv$/.exec(path);
    const ndjson = /^(.*)\.ndjson$/.exec(path);
    if (ndjson && paths[`${ndjson[1]}.csv`]) continue;
    const other = csv ? paths[`${csv[1]}.ndjson`]?.get : undefined;
    const op = ops.get;
    if (!csv || !op || !other || Object.keys(ops).length !== 1) {
      out[path] = ops;
      continue;
    }
    const { description, responses: res, operationId, summary: _s, ...rest } = op;
    const ok = res?.['200'] as Response | undefined;
    if (!responses.Export) {
      const media = (description: string, example: string) => ({
        schema: { type: 'string', description },
        example,
      });
      responses.Export = {
        description:
          'Every matching record, streamed: `.csv` as `text/csv`, `.ndjson` as `application/x-ndjson` (the same streams as the list with that `Accept`, and the same filters; a bad query is a 400 problem before anything is sent). The CSV header row names the fields of the record, in the order of its schema.',
        content: {
          'text/csv': media('RFC 4180 CSV text (see the `extension` parameter).', 'id,name,…\r\n…'),
          'application/x-ndjson': media('One JSON record per line, the same objects as the list.', '{"id":"…"}\n'),
        },
        headers: ok?.headers,
      };
      parameters.Extension = {
        name: 'extension',
        in: 'path',
        required: true,
        description: `The format of the export.\n\n\`csv\`: ${description}\n\n\`ndjson\`: ${other.description}`,
        schema: { type: 'string', enum: ['csv', 'ndjson'] },
      };
    }
    out[`${csv[1]}.{extension}`] = {
      get: {
        operationId: String(operationId).replace(/Csv$/, ''),
        summary: `Export every ${(op.tags?.[0] ?? '').replace(/-/g, ' ')} record as CSV or NDJSON`,
        description: 'Streamed.',
        ...rest,
        parameters: [{ $ref: '#/components/parameters/Extension' }, ...(op.parameters ?? [])],
        responses: Object.fromEntries(
          Object.entries(res ?? {}).map(([status, r]) => [
            status,
            status === '200' ? { $ref: '#/components/responses/Export' } : r,
          ]),
        ),
      },
    };
  }
  doc.paths = out;
}

/** A collection as its operations name it: its URL segment and its noun (`dosing-routes`, `DosingRoute`). */
export type CollectionName = { path: string; singular: string };

/**
 * Operations every collection has alike but for its tag, its id parameter and its noun
 * (`GET /v1/programs/{id}/revisions`) are documented once, on the templated path
 * `/v1/{collection}/{id}/revisions`, whose `collection` parameter is the enum of the collections
 * (from the registry); the URLs clients call are the same, and the operation is listed under every
 * collection's tag. What differs per collection, if anything (each operation's description), is
 * said on that parameter. Only operations that are otherwise identical (parameters, responses,
 * security) are merged: the restore of each collection answers its own record type and keeps its
 * path. The typed client expands the template back into one path per collection
 * (scripts/client.ts), so a client calls `/v1/programs/{id}.jsonld` with the same types as before.
 * Runs after shareSuccessResponses (alike responses are the same `$ref`).
 */
export function shareRecordOperations(spec: object, collections: readonly CollectionName[]): void {
  const doc = spec as Doc;
  const paths = doc.paths ?? {};
  const components = section(doc, 'parameters') as Record<string, Parameter>;
  const segments = new Map(collections.map((c) => [c.path, c]));
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The operations of each suffix (`/revisions`): one per collection, in registry order.
  const bySuffix = new Map<string, { collection: CollectionName; path: string; method: string; op: Operation }[]>();
  for (const [path, ops] of Object.entries(paths)) {
    // A suffix that is a segment of its own (`/revisions`): `/v1/{collection}/{id}.jsonld` would be
    // ambiguous with `/v1/programs/{id}` (both match `/v1/programs/x.jsonld`; Redocly's
    // `no-ambiguous-paths`), so the JSON-LD reads keep a path per collection.
    const m = /^\/v1\/([a-z-]+)\/\{id\}(\/.+)$/.exec(path);
    const collection = m && segments.get(m[1] as string);
    const entries = Object.entries(ops);
    if (!m || !collection || entries.length !== 1) continue;
    const [method, op] = entries[0] as [string, Operation];
    const key = `${method} ${m[2]}`;
    bySuffix.set(key, [...(bySuffix.get(key) ?? []), { collection, path, method, op }]);
  }
  const out: Record<string, Record<string, Operation>> = { ...paths };
  for (const [key, members] of bySuffix) {
    if (members.length !== collections.length || members.length < 2) continue;
    const idOf = (op: Operation) =>
      (op.parameters ?? []).find((p) => (p.$ref ? components[p.$ref.split('/').pop() as string] : p)?.in === 'path');
    // What is left once the collection's own parts are taken out must be the same for every one.
    const rest = ({ op }: { op: Operation }) => {
      const { operationId: _o, summary: _s, description: _d, tags: _t, parameters, ...others } = op;
      return JSON.stringify({ ...others, parameters: parameters?.filter((p) => p !== idOf(op)) });
    };
    const first = members[0] as (typeof members)[number];
    if (!members.every((m) => rest(m) === rest(first) && idOf(m.op))) continue;
    const [method, suffix] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
    const descriptions = members.map((m) => String(m.op.description ?? ''));
    const alike = descriptions.every((d) => d === descriptions[0]);
    const { operationId, summary, description: _d, tags: _t, parameters, ...others } = first.op;
    // Its noun as the summary writes it: `dosing route` (revisions) or `dosingroute` (JSON-LD).
    const noun = first.collection.singular;
    const id = String(operationId).replace(noun, 'Record');
    // `JsonLdCollection`, `RevisionsCollection`: named for the operation.
    const name = uniqueName(components, `${id.replace(/^[a-z]+Record/, '')}Collection`);
    components[name] = {
      name: 'collection',
      in: 'path',
      required: true,
      description: alike
        ? 'The collection, as in its URL (`/v1/programs`).'
        : `The collection, as in its URL (\`/v1/programs\`). ${members.map((m, i) => `\`${m.collection.path}\`: ${descriptions[i]}`).join(' ')}`,
      schema: { type: 'string', enum: members.map((m) => m.collection.path) },
    };
    components.RecordId ??= {
      name: 'id',
      in: 'path',
      required: true,
      description: 'Id of the record.',
      schema: { $ref: '#/components/schemas/Id' },
    };
    const label = new RegExp(`\\b(?:${literal(noun.replace(/([a-z])([A-Z])/g, '$1 $2'))}|${literal(noun)})\\b`, 'i');
    const op: Operation = {
      operationId: id,
      summary: String(summary).replace(label, 'record'),
      description: alike ? descriptions[0] : 'What each collection’s records are: see the `collection` parameter.',
      tags: members.map((m) => m.op.tags?.[0] ?? m.collection.path),
      parameters: [
        { $ref: `#/components/parameters/${name}` },
        ...(parameters ?? []).map((p) => (p === idOf(first.op) ? { $ref: '#/components/parameters/RecordId' } : p)),
      ],
      ...others,
    };
    for (const m of members) delete out[m.path];
    out[`/v1/{collection}/{id}${suffix}`] = { [method]: op };
  }
  doc.paths = out;
  // The collections' own id parameters that nothing refers to any more go.
  const used = JSON.stringify(doc.paths);
  for (const name of Object.keys(components))
    if (!used.includes(`"#/components/parameters/${name}"`) && /Id$/.test(name)) delete components[name];
}

/**
 * An example set on a component schema (`examples`, JSON Schema 2020-12), for a value that several
 * responses show inside their bodies: the record of a collection is the example of its schema, and a
 * page, a single read and a write show it as their `data` rather than each repeating it.
 */
export function examplesOnSchemas(spec: object, bySchema: Readonly<Record<string, unknown>>): void {
  const schemas = (spec as Doc).components?.schemas as Record<string, Json> | undefined;
  for (const [name, value] of Object.entries(bySchema)) {
    const schema = schemas?.[name];
    if (!schema) throw new Error(`examplesOnSchemas: no schema ${name}`);
    schema.examples = [value];
  }
}

/**
 * Members a replace body may carry as GET gave them: the ones the server sets, ignored (collection-writes.ts), and the
 * `id`, which must be the path's (review 27 R27-1). The API's description says so, once.
 */
export const SERVER_SET_MEMBERS = ['id', 'version', 'created_at', 'updated_at'] as const;

/**
 * Record write bodies are closed, as the server reads them (http/body-shape.ts: a member the schema does not have, at
 * any depth, is a 400; hostile 17 H17-3): every object of an input component (`CitationInput`, the items of FAQ
 * `related`) says `additionalProperties: false`. A whole record's input is closed where it is used, with
 * `unevaluatedProperties: false` (a create body is the replace body and `id`, through `allOf`), and declares the
 * members the server sets and ignores (`version`, `created_at`, `updated_at`), which a body read with GET carries.
 */
export function closeRecordInputs(spec: object): void {
  const doc = spec as Doc;
  const schemas = doc.components?.schemas as Record<string, Json> | undefined;
  if (!schemas) return;
  const whole = (name: string) => /(Create|Replace)Input$/.test(name);
  // Every object inside a schema, not across a $ref: closed unless it says what else it takes.
  const closeObjects = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) for (const item of node) closeObjects(item, false);
    else if (node && typeof node === 'object') {
      const obj = node as Json;
      if (!top && obj.type === 'object' && obj.properties && obj.additionalProperties === undefined)
        obj.additionalProperties = false;
      for (const [key, value] of Object.entries(obj))
        if (key !== 'examples' && key !== 'example') closeObjects(value, false);
    }
  };
  // The input components a record input refers to, at any depth.
  const nested = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node && typeof node === 'object') {
      const obj = node as Json;
      const ref = typeof obj.$ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(obj.$ref)?.[1] : undefined;
      if (ref && !whole(ref) && !nested.has(ref) && schemas[ref]) {
        // A scalar (`Id`, `Currency`) has nothing to close; an object schema shared with the reads would be closed for both.
        if (ref.endsWith('Input')) {
          nested.add(ref);
          visit(schemas[ref]);
        } else if (JSON.stringify(schemas[ref]).includes('"properties"'))
          throw new Error(`record inputs refer to the output schema ${ref}: close it apart`);
      }
      for (const value of Object.values(obj)) visit(value);
    }
  };
  for (const [name, schema] of Object.entries(schemas)) if (whole(name)) visit(schema);
  for (const name of nested) closeObjects(schemas[name], false);
  for (const [name, schema] of Object.entries(schemas)) {
    if (!whole(name)) continue;
    closeObjects(schema, true);
    if (name.endsWith('ReplaceInput'))
      schema.properties = {
        ...(schema.properties as Json),
        ...Object.fromEntries(SERVER_SET_MEMBERS.map((m) => [m, {}])),
      };
    else schema.unevaluatedProperties = false;
  }
  // A replace body is closed where it is the whole body (PUT); a create input already is.
  for (const methods of Object.values(doc.paths ?? {}))
    for (const op of Object.values(methods)) {
      const content = (op as { requestBody?: { content?: Record<string, { schema?: Json }> } }).requestBody?.content;
      for (const media of Object.values(content ?? {})) {
        const ref = media.schema?.$ref;
        if (typeof ref === 'string' && /ReplaceInput$/.test(ref))
          media.schema = { $ref: ref, unevaluatedProperties: false };
      }
    }
}
