import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SEED_TIMESTAMP } from '../../seed/articles.js';
import type { Config } from '../config.js';
import { DISCLAIMER, Disclaimer } from '../disclaimer.js';
import { refuseUnknownMembers } from '../http/body-shape.js';
import { namesTag, noneMatchNames, tagVariants } from '../http/cache.js';
import { fieldPath, HttpProblem, withoutSafeBound } from '../http/errors.js';
import { isJsonObject, mergePatch } from '../http/merge-patch.js';
import { refuseBody } from '../http/no-body.js';
import { INTERNAL_HEADER, INTERNAL_TOKEN } from '../http/policies.js';
import { problemResponses } from '../http/problem.js';
import { CursorError, decodeCursor, encodeCursor, queryFingerprint } from '../query/cursor.js';
import { Cursor, Limit } from '../query/params.js';
import type { Precondition, Writer } from '../repository/writes.js';
import type { Resource } from '../resources/define.js';
import { bare } from '../resources/markers.js';
import { ListMeta, resourceSchemas } from '../resources/schemas.js';
import { linkTo } from './collection-reads.js';
import { ROUTE_DEPENDENCIES } from './shared.js';

export const SECURITY = [{ apiKey: [] }];
/** The rate-limit group of every write route: one budget per key. */
export const WRITE_BUDGET = 'writes';

/** Members the server sets: a document read with GET may be sent back with them; they are ignored. */
const SERVER_SET = new Set(['version', 'created_at', 'updated_at']);

/**
 * Members of `sent` that validation dropped from `kept` (Zod objects strip what they do not know),
 * at any depth, named like `citations[0].pgae`. A write never drops what a client sent without a
 * word: a misspelt field would otherwise be answered 200 and not stored. The body was checked against the schema
 * before validation (http/body-shape.ts); this is the check of what was stored, after it.
 */
export function droppedMembers(sent: unknown, kept: unknown, ignore: ReadonlySet<string> = SERVER_SET): string[] {
  const found: string[] = [];
  const stack: [unknown, unknown, string][] = [[sent, kept, '']];
  while (stack.length) {
    const [a, b, path] = stack.pop() as [unknown, unknown, string];
    if (Array.isArray(a) && Array.isArray(b)) {
      a.forEach((v, i) => {
        stack.push([v, b[i], `${path}[${i}]`]);
      });
    } else if (isJsonObject(a) && isJsonObject(b)) {
      for (const [k, v] of Object.entries(a)) {
        if (!path && ignore.has(k)) continue;
        const at = path ? `${path}.${k}` : k;
        if (Object.hasOwn(b, k)) stack.push([v, b[k], at]);
        else found.push(at);
      }
    }
  }
  return found.sort();
}

/**
 * The server-set members a replace or update body sends back (hostile 17 H17-11): each of the type GET gives, and a
 * `version` the record's current one. A stale `version` is a 412, as a stale If-Match is: with `If-Match: *` it would
 * otherwise overwrite the changes made since it was read without a word.
 */
function checkServerSet(sent: unknown, current: Record<string, unknown>): void {
  if (!isJsonObject(sent)) return;
  const errors: { name: string; in: 'body'; detail: string }[] = [];
  if ('version' in sent && !(Number.isSafeInteger(sent.version) && (sent.version as number) >= 1))
    errors.push({ name: 'version', in: 'body', detail: 'must be the version GET gives (an integer from 1)' });
  for (const m of ['created_at', 'updated_at'])
    if (m in sent && typeof sent[m] !== 'string')
      errors.push({ name: m, in: 'body', detail: 'must be the time GET gives (a string)' });
  if (errors.length) throw new HttpProblem(422, errors.map((e) => `${e.name}: ${e.detail}`).join('; '), errors);
  if ('version' in sent && sent.version !== current.version)
    throw new HttpProblem(
      412,
      `The body's version ${sent.version} is not the record's current version (${current.version}): it changed since it was read. Read it again.`,
      [{ name: 'version', in: 'body', detail: `must be the current version, ${current.version}` }],
    );
}

function refuseUnknown(sent: unknown, kept: unknown, ignore?: ReadonlySet<string>) {
  refuseUnknownMembers(droppedMembers(sent, kept, ignore));
}

/** The bodies as sent, before validation replaced them with what the schema kept. */
const sentBodies = new WeakMap<FastifyRequest, unknown>();

/**
 * A record after a merge patch. Removing a member of a record means, for a nullable field, setting
 * it to null (the record has no absent fields): `{"amount_max": null}` clears the amount.
 */
export function patchRecord(resource: Resource, current: Record<string, unknown>, patch: unknown) {
  const merged = mergePatch(current, patch);
  if (!isJsonObject(merged)) return merged;
  nullRemoved(resource.writable.shape as Record<string, z.ZodType>, merged, current, patch);
  return merged;
}

/**
 * At every depth of objects (hostile 15 H15-3: `{"access": {"website": null}}` was a 422 "must be an http:// ...
 * address", `{"scope": {"hedge": null}}` "is required"), a member the patch removed becomes null where its schema
 * takes null. `merged` holds copies of the objects on the patched path (merge-patch.ts), so it is set in place.
 */
function nullRemoved(
  shape: Record<string, z.ZodType>,
  merged: Record<string, unknown>,
  current: Record<string, unknown>,
  patch: unknown,
) {
  const sent = isJsonObject(patch) ? patch : {};
  for (const [name, field] of Object.entries(shape)) {
    if (!(name in merged)) {
      // Removed from what was stored, or sent as null into an object the patch makes (the stored one was null: review
      // C15-3, `{"dose_scope": {…, "hedge": null}}` on a route without a dose scope).
      if ((name in current || sent[name] === null) && field.safeParse(null).success) merged[name] = null;
      continue;
    }
    const inner = bare(field);
    const [m, c] = [merged[name], current[name]];
    if (inner instanceof z.ZodObject && isJsonObject(m) && m !== c)
      nullRemoved(inner.shape as Record<string, z.ZodType>, m, isJsonObject(c) ? c : {}, sent[name]);
  }
}

const MergePatch = z.record(z.string(), z.unknown()).meta({
  id: 'MergePatch',
  description:
    'An RFC 7396 JSON Merge Patch of the record (`application/merge-patch+json`, or `application/json`): null removes a field, objects merge, arrays replace. The result must validate as a whole.',
});

const actorOf = (req: FastifyRequest) => req.apiKey?.name ?? 'unknown';

const Revision = z
  .object({
    seq: z.number().int(),
    version: z.number().int(),
    action: z.enum(['created', 'replaced', 'updated', 'deleted', 'restored']),
    actor: z.string().meta({ description: 'Name of the API key that wrote it (or "seed").' }),
    at: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'Revision' });

const RevisionPageMeta = z
  .object({ limit: ListMeta.shape.limit, next_cursor: ListMeta.shape.next_cursor })
  .meta({ id: 'RevisionPageMeta' });

export interface CollectionWriteOptions {
  resource: Resource;
  writer: Writer;
  config: Config;
}

/**
 * The writes of one collection: POST, PUT, PATCH, DELETE, restore, and the revisions. Each needs a
 * write key (the auth plugin); a write answers the ETag the collection's GET issues, so the reads
 * come first. Registered once per collection.
 */
export const collectionWriteRoutes = fp(
  async (app: FastifyInstance, options: CollectionWriteOptions) => registerWriteRoutes(app, options),
  {
    name: 'katalog-routes-collection-writes',
    dependencies: [...ROUTE_DEPENDENCIES, 'katalog-auth', 'katalog-routes-collection-reads'],
  },
);

function registerWriteRoutes(app: FastifyInstance, { resource, writer, config }: CollectionWriteOptions) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const path = `/v1/${resource.path}`;
  const base = config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '';
  const readOnly = async () => {
    if (config.READ_ONLY) {
      // Its Allow is the path's on this node (errors.ts): the write routes are `primaryOnly`.
      throw new HttpProblem(405, 'This replica is read-only: send writes to the primary.');
    }
  };
  // Before the body is parsed and validated: a write to a read-only replica is a 405, and an
  // unauthenticated one a 401, whatever its body.
  const authBeforeBody = [readOnly, app.requireScope('write')];
  const { create: body, replace: withoutId, idParam: params } = resourceSchemas(resource);
  // Its example is the record's, on the record's schema (http/docs.ts).
  const one = z.object({ data: resource.entity, disclaimer: Disclaimer });
  // One budget per key across every write route of every collection: the routes share one group
  // (and RateStore gives a group one set of counters), and the limit runs after the key check
  // (both preParsing, in that order), so that it counts verified keys; requests without a valid
  // key never get this far (see KeyVerifier for how their attempts are limited).
  const rateLimit = {
    max: config.WRITE_RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW,
    groupId: WRITE_BUDGET,
    hook: 'preParsing' as const,
    keyGenerator: (req: FastifyRequest) => (req.apiKey ? `key:${req.apiKey.id}` : `ip:${req.ip}`),
  };
  // 412: If-Match and If-None-Match are evaluated on every write, a create and a restore included.
  const writeErrors = [400, 401, 403, 405, 412, 413, 415, 422, 429, 500, 503] as const;
  const ifMatch = z.object({
    'if-match': z
      .string()
      .max(500)
      .optional()
      .meta({
        description:
          'Required. The strong ETag of `GET` on the record as it was issued, `"v<version>-<hash>"` (or its `-br`/`-gzip` variant), or `*`; write responses carry the same ETag. Compared strongly: a weak (`W/`) tag, the tag of another representation (with `fields` or `include`, or JSON-LD) or an altered tag is 412.',
        examples: ['"v3-Xq2b7d1Nf0aP4kzR8sLmT6vYcEw"'],
      }),
  });
  const label = resource.singular.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  /**
   * The strong ETag GET issues for the record now, asked of the GET route itself (so it is the
   * same by construction, whatever serializes or hashes the body), or undefined without a record.
   */
  const currentTag = async (id: string): Promise<string | undefined> => {
    const res = await app.inject({
      method: 'GET',
      url: `${path}/${encodeURIComponent(id)}`,
      headers: { [INTERNAL_HEADER]: INTERNAL_TOKEN, 'accept-encoding': 'identity' },
    });
    return res.statusCode === 200 && typeof res.headers.etag === 'string' ? res.headers.etag : undefined;
  };
  /**
   * The preconditions of a write (RFC 9110 §13.2.2, in its order), against `issued`: the strong ETag GET issues for the
   * record now, or undefined when it has none (deleted, or never created).
   *
   * 1. If-Match, strictly (§13.1.1, strong comparison): `*`, or one of the tags GET issues for the record's current
   *    representation: `"v<version>-<hash>"` or its `-br`/`-gzip` variant. Weak tags, tags of other representations
   *    (`fields`, `include`, JSON-LD) or altered ones are 412. Its version is compared again in the write transaction.
   * 2. If-None-Match (§13.1.2, weak comparison): `*` while the record exists, or a tag of it, is 412: a client that
   *    sends `If-None-Match: *` means "only if there is no such record", and nothing is written.
   *
   * `absent` says what a write of a record without a current representation is: `not-found` (PUT, PATCH and DELETE
   * answer 404 whatever the conditions say), or `evaluate` (a create or a restore: an If-Match then matches nothing).
   */
  const preconditions = (
    req: FastifyRequest,
    issued: string | undefined,
    absent: 'not-found' | 'evaluate',
  ): Precondition => {
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    if (issued === undefined) {
      if (absent === 'not-found') return ifMatch === undefined ? undefined : 'any';
      if (ifMatch !== undefined)
        throw new HttpProblem(
          412,
          'If-Match names a current record, and there is none: nothing was written. Send the request without If-Match.',
        );
      return undefined;
    }
    const variants = tagVariants(issued);
    const version = Number(/^"v(\d+)-/.exec(issued)?.[1]);
    let result: Precondition;
    if (ifMatch !== undefined) {
      if (ifMatch.trim() === '*') result = 'any';
      else if (namesTag(ifMatch, variants)) result = { version };
      else
        throw new HttpProblem(
          412,
          `If-Match does not name the current representation: the record is at version ${version}, ETag ${issued}. GET it again and retry.`,
        );
    }
    if (ifNoneMatch !== undefined) {
      if (noneMatchNames(ifNoneMatch, issued))
        throw new HttpProblem(
          412,
          `If-None-Match matches the current record (version ${version}, ETag ${issued}): nothing was written.`,
        );
    }
    return result;
  };
  /** Whether the request has a precondition a create or a restore evaluates (no internal GET without one). */
  const conditional = (req: FastifyRequest) =>
    req.headers['if-match'] !== undefined || req.headers['if-none-match'] !== undefined;
  /** The preconditions of a PUT, PATCH or DELETE of the record `id`. */
  const precondition = async (req: FastifyRequest, id: string): Promise<Precondition> =>
    preconditions(req, await currentTag(id), 'not-found');
  const sendOne = async (reply: FastifyReply, item: Record<string, unknown>, status = 200) => {
    const etag = await currentTag(item.id as string);
    if (etag) reply.header('etag', etag);
    reply.code(status).header('cache-control', 'no-store');
    return { data: item, disclaimer: DISCLAIMER };
  };
  // After the body's depth and members were checked against the collection (http/body-shape.ts `checkBodyShape`, on
  // every route with a body: a member the collection does not have is a 400 before the schema runs, a merge patch's
  // too, at any depth; hostile 16 H16-3), before validation replaces the body with what the schema kept.
  const keepSent = async (req: FastifyRequest) => {
    sentBodies.set(req, req.body);
  };
  // The members a body may have: the collection's fields (a PUT may repeat the path's id), and the ones the server sets.
  const bodyMembers = { schema: resource.input, ignore: SERVER_SET };

  typed.post(
    path,
    {
      preParsing: authBeforeBody,
      preValidation: keepSent,
      config: { rateLimit, bodyMembers, primaryOnly: true },
      schema: {
        operationId: `create${resource.singular}`,
        summary: `Create a ${label}`,
        description: 'Write key; what it references must exist.',
        tags: [resource.path],
        security: SECURITY,
        body,
        response: {
          201: one.meta({
            description: 'Created.',
          }),
          ...problemResponses(...writeErrors, 409),
        },
      },
    },
    async (req, reply) => {
      refuseUnknown(sentBodies.get(req), req.body);
      // An id whose item URL is another route (`/v1/format-fit/check`) could be created but never read (hostile H-6):
      // the registered routes say which, nothing is listed by hand.
      if (app.hasRoute({ method: 'GET', url: `${path}/${req.body.id}` }))
        throw new HttpProblem(422, `id: "${req.body.id}" is taken by the route ${path}/${req.body.id}.`, [
          { name: 'id', in: 'body', detail: `reserved: ${path}/${req.body.id} is another route` },
        ]);
      if (conditional(req)) preconditions(req, await currentTag(String(req.body.id)), 'evaluate');
      const item = writer.create(resource, req.body, actorOf(req));
      reply.header('location', `${path}/${item.id}`);
      return sendOne(reply, item, 201);
    },
  );

  typed.put(
    `${path}/:id`,
    {
      preParsing: authBeforeBody,
      preValidation: keepSent,
      config: { rateLimit, bodyMembers, primaryOnly: true },
      schema: {
        operationId: `replace${resource.singular}`,
        summary: `Replace a ${label}`,
        description: 'Write key and If-Match.',
        tags: [resource.path],
        security: SECURITY,
        params,
        headers: ifMatch,
        body: withoutId,
        response: {
          200: one.meta({
            description: 'Replaced.',
          }),
          ...problemResponses(...writeErrors, 404, 428),
        },
      },
    },
    async (req, reply) => {
      const sent = sentBodies.get(req);
      // The document as GET gave it may come back whole: its id must be this one.
      if (isJsonObject(sent) && 'id' in sent && sent.id !== req.params.id)
        throw new HttpProblem(400, 'The id in the body differs from the id in the path.', [
          { name: 'id', in: 'body', detail: 'must equal the path id' },
        ]);
      refuseUnknown(sent, { ...req.body, id: req.params.id });
      const doc = { ...req.body, id: req.params.id };
      const ifMatch = await precondition(req, req.params.id);
      const replace = (current: Record<string, unknown>) => {
        checkServerSet(sent, current);
        return doc;
      };
      return sendOne(reply, writer.update(resource, req.params.id, replace, ifMatch, actorOf(req), 'replaced'));
    },
  );

  typed.patch(
    `${path}/:id`,
    {
      preParsing: authBeforeBody,
      preValidation: keepSent,
      config: { rateLimit, bodyMembers, primaryOnly: true },
      schema: {
        operationId: `update${resource.singular}`,
        summary: `Update a ${label} (JSON Merge Patch)`,
        description: 'Write key and If-Match.',
        tags: [resource.path],
        security: SECURITY,
        params,
        headers: ifMatch,
        body: {
          content: {
            'application/merge-patch+json': { schema: MergePatch },
            'application/json': { schema: MergePatch },
          },
        },
        response: {
          200: one.meta({
            description: 'Updated.',
          }),
          ...problemResponses(...writeErrors, 404, 428),
        },
      },
    },
    async (req, reply) => {
      const next = (current: Record<string, unknown>) => {
        checkServerSet(req.body, current);
        const { version: _v, created_at: _c, updated_at: _u, ...writable } = current;
        // A member set to null that the collection does not have (a misspelt field, which the merge would drop without
        // a word: hostile H-2) was named before validation, as any unknown member.
        const merged = patchRecord(resource, writable, req.body);
        const parsed = resource.input.safeParse(merged);
        if (parsed.success) refuseUnknown(merged, parsed.data);
        if (!parsed.success) {
          const errors = withoutSafeBound(
            parsed.error.issues.map((i) => ({ name: fieldPath(i.path), in: 'body' as const, detail: i.message })),
          );
          throw new HttpProblem(422, errors.map((e) => `${e.name}: ${e.detail}`).join('; '), errors);
        }
        return parsed.data;
      };
      const ifMatch = await precondition(req, req.params.id);
      return sendOne(reply, writer.update(resource, req.params.id, next, ifMatch, actorOf(req), 'updated'));
    },
  );

  typed.delete(
    `${path}/:id`,
    {
      preParsing: [...authBeforeBody, refuseBody],
      config: { rateLimit, primaryOnly: true },
      schema: {
        operationId: `delete${resource.singular}`,
        summary: `Delete a ${label}`,
        description: 'Soft delete, restorable; 409 while referenced.',
        tags: [resource.path],
        security: SECURITY,
        params,
        headers: ifMatch,
        response: {
          204: z.undefined().meta({
            description:
              'Deleted (soft): the record is gone from reads, the change feed has a tombstone, and `POST …/{id}/restore` brings it back. A record that live records point at is never deleted (409 naming them: change or delete those first), so no live record points at a deleted one.',
          }),
          ...problemResponses(...writeErrors, 404, 409, 428),
        },
      },
    },
    async (req, reply) => {
      writer.remove(resource, req.params.id, await precondition(req, req.params.id), actorOf(req));
      return reply.code(204).header('cache-control', 'no-store').send();
    },
  );

  typed.post(
    `${path}/:id/restore`,
    {
      preParsing: [...authBeforeBody, refuseBody],
      config: { rateLimit, primaryOnly: true },
      schema: {
        operationId: `restore${resource.singular}`,
        summary: `Restore a deleted ${label}`,
        description: 'Undoes a delete, as a new version.',
        tags: [resource.path],
        security: SECURITY,
        params,
        response: {
          200: one.meta({
            description: 'Restored.',
          }),
          ...problemResponses(...writeErrors, 404, 409),
        },
      },
    },
    async (req, reply) => {
      const issued = conditional(req) ? await currentTag(req.params.id) : undefined;
      // After the 404 of an id that never was, before the 409 of a record that is not deleted.
      const restored = writer.restore(resource, req.params.id, actorOf(req), () => {
        preconditions(req, issued, 'evaluate');
      });
      return sendOne(reply, restored);
    },
  );

  typed.get(
    `${path}/:id/revisions`,
    {
      config: { cache: true },
      schema: {
        operationId: `list${resource.singular}Revisions`,
        summary: `Revisions of a ${label}`,
        description: 'Every editorial write of the record, newest first, a page at a time.',
        tags: [resource.path],
        params,
        querystring: z.strictObject({ limit: Limit, cursor: Cursor.optional() }),
        response: {
          200: z.object({ data: z.array(Revision), meta: RevisionPageMeta, disclaimer: Disclaimer }).meta({
            description:
              "A page of the record's editorial writes, newest first: who, when, and the documents before and after (example: a seeded FAQ's only revision, its document cut).",
            examples: [
              {
                data: [
                  {
                    seq: 162,
                    version: 1,
                    action: 'created',
                    actor: 'seed',
                    at: SEED_TIMESTAMP,
                    before: null,
                    after: { id: 'can-i-drive-home-after-a-group-session', version: 1 },
                  },
                ],
                meta: { limit: 20, next_cursor: null },
                disclaimer: DISCLAIMER,
              },
            ],
          }),
          ...problemResponses(400, 404, 412, 429, 500),
        },
      },
    },
    async (req, reply) => {
      const { id } = req.params;
      const { limit, cursor } = req.query;
      // A cursor is bound to the record whose revisions it pages: another record's is a 400.
      const fingerprint = queryFingerprint({ revisions: resource.tableName, id });
      let before: number | null = null;
      if (cursor !== undefined) {
        const [seq, ...rest] = decodeCursor(config.CURSOR_SECRET, fingerprint, cursor);
        if (!Number.isSafeInteger(seq) || rest.length) throw new CursorError('The cursor is malformed.');
        before = seq as number;
      }
      const page = writer.revisionsOf(resource, id, { before, limit });
      const last = page.items.at(-1);
      const next_cursor = page.more && last ? encodeCursor(config.CURSOR_SECRET, fingerprint, [last.seq]) : null;
      if (next_cursor)
        reply.header(
          'link',
          `<${linkTo(base, `${path}/${encodeURIComponent(id)}/revisions`, { limit, cursor: next_cursor })}>; rel="next"`,
        );
      return {
        // Revisions store whole records (or null): the documents read back are objects.
        data: page.items.map((r) => ({
          ...r,
          before: isJsonObject(r.before) ? r.before : null,
          after: isJsonObject(r.after) ? r.after : null,
        })),
        meta: { limit, next_cursor },
        disclaimer: DISCLAIMER,
      };
    },
  );
}
