import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type KeyInfo, verifyKey } from '../auth/keys.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { HttpProblem } from '../http/errors.js';
import { problemResponses } from '../http/problem.js';
import type { Writer } from '../repository/writes.js';
import type { Resource } from './define.js';
import { exampleRecord } from './examples.js';
import { resourceSchemas } from './schemas.js';

const REALM = 'Bearer realm="katalog"';
export const SECURITY = [{ apiKey: [] }];

/** JSON Merge Patch (RFC 7396). */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** The verified key of a request, if any (scrypt runs once per key; see verifyKey). */
export function keyVerifier(db: Db) {
  const memo = new Map<string, string>();
  return (req: FastifyRequest): KeyInfo | null => {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    return token ? verifyKey(db, token, memo) : null;
  };
}

/** Writes need `Authorization: Bearer <key>` with the write scope: 401 without a valid key, 403 without the scope. */
export function requireWriteKey(verify: (req: FastifyRequest) => KeyInfo | null) {
  return async (req: FastifyRequest) => {
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      throw new HttpProblem(401, 'This write needs an API key: Authorization: Bearer <key>.', undefined, {
        'www-authenticate': REALM,
      });
    }
    const key = verify(req);
    if (!key) {
      throw new HttpProblem(401, 'The API key is not valid (unknown, malformed or revoked).', undefined, {
        'www-authenticate': `${REALM}, error="invalid_token"`,
      });
    }
    if (key.scope !== 'write') {
      throw new HttpProblem(403, `The key "${key.name}" may not write: it has the ${key.scope} scope.`, undefined, {
        'www-authenticate': `${REALM}, error="insufficient_scope", scope="write"`,
      });
    }
    (req as FastifyRequest & { key?: KeyInfo }).key = key;
  };
}

const MergePatch = z
  .record(z.string(), z.unknown())
  .meta({ id: 'MergePatch', description: 'An RFC 7396 JSON Merge Patch of the record.' });

const actorOf = (req: FastifyRequest) => (req as FastifyRequest & { key?: KeyInfo }).key?.name ?? 'unknown';

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

/** POST, PUT, PATCH, DELETE, restore and revisions for one collection. */
export function registerWriteRoutes(app: FastifyInstance, resource: Resource, writer: Writer, db: Db, config: Config) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const path = `/v1/${resource.path}`;
  const verify = keyVerifier(db);
  const keyCheck = requireWriteKey(verify);
  // Before the body is parsed and validated: an unauthenticated write is a 401 whatever its body.
  const authBeforeBody = async (req: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
    await auth(req);
    return payload as never;
  };
  const auth = async (req: FastifyRequest) => {
    if (config.READ_ONLY) {
      throw new HttpProblem(405, 'This replica is read-only: send writes to the primary.', undefined, {
        allow: 'GET, HEAD',
      });
    }
    return keyCheck(req);
  };
  const { create: body, replace: withoutId, idParam: params } = resourceSchemas(resource);
  const one = z.object({ data: resource.entity }).meta({ examples: [{ data: exampleRecord(resource) }] });
  const rateLimit = {
    max: config.WRITE_RATE_LIMIT_MAX,
    timeWindow: config.RATE_LIMIT_WINDOW,
    // A verified key has its own bucket; anything else (no key, a wrong or forged one) counts against the IP.
    keyGenerator: (req: FastifyRequest) => {
      const key = verify(req);
      return key ? `key:${key.id}` : `ip:${req.ip}`;
    },
  };
  const writeErrors = [400, 401, 403, 405, 413, 415, 422, 429, 500] as const;
  const ifMatch = z.object({
    'if-match': z.string().max(500).optional().meta({ description: 'The ETag of GET on the record (required).' }),
  });
  const label = resource.singular.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const sendOne = (reply: FastifyReply, item: Record<string, unknown>, status = 200) => {
    reply.code(status).header('etag', `"v${item.version}"`).header('cache-control', 'no-store');
    return { data: item } as never;
  };

  typed.post(
    path,
    {
      preParsing: authBeforeBody,
      config: { rateLimit } as never,
      schema: {
        operationId: `create${resource.singular}`,
        summary: `Create a ${label}`,
        description:
          'Needs a write key. The body is validated by the same schema as the reads; references and cited sources must exist.',
        tags: [resource.path],
        security: SECURITY,
        body,
        response: {
          201: one.meta({ description: 'Created.', examples: [{ data: exampleRecord(resource) }] }),
          ...problemResponses(...writeErrors, 409),
        },
      },
    },
    async (req, reply) => {
      const item = writer.create(resource, req.body as never, actorOf(req));
      reply.header('location', `${path}/${item.id}`);
      return sendOne(reply, item, 201);
    },
  );

  typed.put(
    `${path}/:id`,
    {
      preParsing: authBeforeBody,
      config: { rateLimit } as never,
      schema: {
        operationId: `replace${resource.singular}`,
        summary: `Replace a ${label}`,
        description: 'Needs a write key and If-Match with the current ETag (428 without it, 412 when stale).',
        tags: [resource.path],
        security: SECURITY,
        params,
        headers: ifMatch,
        body: withoutId,
        response: {
          200: one.meta({ description: 'Replaced.', examples: [{ data: exampleRecord(resource) }] }),
          ...problemResponses(...writeErrors, 404, 412, 428),
        },
      },
    },
    async (req, reply) => {
      const doc = { ...(req.body as object), id: req.params.id } as never;
      return sendOne(
        reply,
        writer.update(resource, req.params.id, () => doc, req.headers['if-match'], actorOf(req), 'replaced'),
      );
    },
  );

  typed.patch(
    `${path}/:id`,
    {
      preParsing: authBeforeBody,
      config: { rateLimit } as never,
      schema: {
        operationId: `update${resource.singular}`,
        summary: `Update a ${label} (JSON Merge Patch)`,
        description:
          'Needs a write key and If-Match. The body is an RFC 7396 merge patch (application/merge-patch+json): null removes a field, objects merge, arrays replace. The result must validate as a whole.',
        tags: [resource.path],
        security: SECURITY,
        params,
        headers: ifMatch,
        body: {
          content: {
            'application/merge-patch+json': { schema: MergePatch },
            'application/json': { schema: MergePatch },
          },
        } as never,
        response: {
          200: one.meta({ description: 'Updated.', examples: [{ data: exampleRecord(resource) }] }),
          ...problemResponses(...writeErrors, 404, 412, 428),
        },
      },
    },
    async (req, reply) => {
      const next = (current: Record<string, unknown>) => {
        const { version: _v, created_at: _c, updated_at: _u, ...writable } = current;
        const merged = mergePatch(writable, req.body);
        const parsed = resource.fields.safeParse(merged);
        if (!parsed.success) {
          const errors = parsed.error.issues.map((i) => ({
            name: i.path.join('.') || '(body)',
            in: 'body' as const,
            detail: i.message,
          }));
          throw new HttpProblem(422, errors.map((e) => `${e.name}: ${e.detail}`).join('; '), errors);
        }
        return parsed.data as never;
      };
      return sendOne(
        reply,
        writer.update(resource, req.params.id, next, req.headers['if-match'], actorOf(req), 'updated'),
      );
    },
  );

  typed.delete(
    `${path}/:id`,
    {
      preParsing: authBeforeBody,
      config: { rateLimit } as never,
      schema: {
        operationId: `delete${resource.singular}`,
        summary: `Delete a ${label}`,
        description:
          'Soft delete: the record disappears from reads, the change feed gets a tombstone, and it can be restored. Needs a write key and If-Match.',
        tags: [resource.path],
        security: SECURITY,
        params,
        headers: ifMatch,
        response: {
          204: z.undefined().meta({ description: 'Deleted.' }),
          ...problemResponses(...writeErrors, 404, 412, 428),
        },
      },
    },
    async (req, reply) => {
      writer.remove(resource, req.params.id, req.headers['if-match'], actorOf(req));
      return reply.code(204).header('cache-control', 'no-store').send();
    },
  );

  typed.post(
    `${path}/:id/restore`,
    {
      preParsing: authBeforeBody,
      config: { rateLimit } as never,
      schema: {
        operationId: `restore${resource.singular}`,
        summary: `Restore a deleted ${label}`,
        description:
          'Needs a write key. Brings a soft-deleted record back, with a new version, a change-feed event and a revision.',
        tags: [resource.path],
        security: SECURITY,
        params,
        response: {
          200: one.meta({ description: 'Restored.', examples: [{ data: exampleRecord(resource) }] }),
          ...problemResponses(...writeErrors, 404, 409),
        },
      },
    },
    async (req, reply) => sendOne(reply, writer.restore(resource, req.params.id, actorOf(req))),
  );

  typed.get(
    `${path}/:id/revisions`,
    {
      schema: {
        operationId: `list${resource.singular}Revisions`,
        summary: `Revisions of a ${label}`,
        description:
          'Every editorial write of the record, newest first: who, when, and the documents before and after.',
        tags: [resource.path],
        params,
        response: {
          200: z.object({ data: z.array(Revision) }).meta({ description: 'Revisions.', examples: [{ data: [] }] }),
          ...problemResponses(400, 404, 429, 500),
        },
      },
    },
    async (req) => ({ data: writer.revisionsOf(resource, req.params.id) as never }),
  );
}
