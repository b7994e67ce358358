import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { unavailable } from '../db/health.js';
import { CursorError } from '../query/cursor.js';
import type { Methods } from './methods.js';
import { type Problem, problem } from './problem.js';

/** An error meant for the client, with its status and optional per-field errors. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly errors?: Problem['errors'],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const WHERE = { querystring: 'query', params: 'path', headers: 'header', body: 'body' } as const;

export function sendProblem(reply: FastifyReply, p: Problem, headers: Record<string, string> = {}) {
  reply
    .code(p.status)
    .headers({ ...headers, 'cache-control': 'no-store' })
    .type('application/problem+json');
  return reply.send(JSON.stringify(p));
}

/**
 * Every error, including unknown routes and validation failures, as RFC 9457 problem+json. A path
 * that exists with other methods answers 405 with `Allow`; see framework-errors.ts for the errors
 * raised before routing.
 */
/** A message that gives a whole number's own limit (Zod's safe-integer check), not a field's. */
const SAFE = new RegExp(`${Number.MAX_SAFE_INTEGER}$`);

/**
 * Without a whole number's own limit (±2^53 − 1, Zod's safe-integer check) where the same field has its documented
 * bound beside it: `limit=1e20` or `"position": 9007199254740993` is "must be at most …" once (hostile H-11, H13-8).
 */
export function withoutSafeBound<E extends { name: string; detail: string }>(all: E[]): E[] {
  return all.filter(
    (e) => !SAFE.test(e.detail) || !all.some((o) => o !== e && o.name === e.name && !SAFE.test(o.detail)),
  );
}

/** A body field's path as the README and the reference checks write it: `related[0].collection`, `(root)` for the body. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    const s = String(p);
    if (typeof p === 'number' || /^\d+$/.test(s)) out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out || '(root)';
}

/** The media types a write body may have: JSON, and for PATCH a JSON merge patch (RFC 7396). */
const TAKEN = 'application/json';
export const TAKEN_BY_PATCH = 'application/merge-patch+json, application/json';

/**
 * The refusals Fastify and @fastify/compress word for themselves ("Unsupported Media Type"), said as this API says its
 * own: which header is at fault and what is taken (hostile 14 H14-10), with Accept-Patch on a PATCH (RFC 5789 §2.2).
 */
function frameworkRefusal(
  err: FastifyError,
  req: FastifyRequest,
): { detail: string; errors: Problem['errors']; headers?: Record<string, string> } | undefined {
  const patch = req.method === 'PATCH';
  const taken = patch ? TAKEN_BY_PATCH : TAKEN;
  const sent = req.headers['content-type'];
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        detail: sent
          ? `The body's Content-Type ${JSON.stringify(sent.slice(0, 100))} is not taken: send ${taken}.`
          : `The body has no Content-Type: send ${taken}.`,
        errors: [{ name: 'content-type', in: 'header', detail: sent ? `not taken; send ${taken}` : 'missing' }],
        ...(patch ? { headers: { 'accept-patch': TAKEN_BY_PATCH } } : {}),
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        detail: 'The body is empty: a JSON document is expected.',
        errors: [{ name: '(body)', in: 'body', detail: 'empty' }],
      };
    // A compressed body whose coding ends before its bytes do (a complete brotli or deflate stream, then more bytes)
    // reads fewer bytes than Content-Length gives: it is not one body in that coding, not a wrong length (review 27
    // R27-8 found it with random bytes, 1 in 20 of which make an empty brotli stream).
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      if (req.headers['content-encoding'] === undefined) return undefined;
      return {
        detail: `The body could not be decompressed as its Content-Encoding (${String(req.headers['content-encoding'])}) says: its coding ends before its bytes do.`,
        errors: [{ name: 'content-encoding', in: 'header', detail: 'the body is not one body in this coding' }],
      };
    case 'FST_CP_ERR_INVALID_CONTENT':
      return {
        detail: `The body could not be decompressed as its Content-Encoding (${String(req.headers['content-encoding'])}) says.`,
        errors: [{ name: 'content-encoding', in: 'header', detail: 'the body is not in this coding' }],
      };
    case 'FST_CP_ERR_INVALID_CONTENT_ENCODING':
      return {
        detail: `The body's Content-Encoding ${JSON.stringify(String(req.headers['content-encoding']).slice(0, 100))} is not taken: send gzip, deflate or br, or none.`,
        errors: [{ name: 'content-encoding', in: 'header', detail: 'not taken; send gzip, deflate or br' }],
      };
    default:
      // The documentation assets (@fastify/static): a path that is not one of them, in words, not "Forbidden".
      if (req.url.startsWith('/docs/static/') && (err.statusCode ?? 500) < 500)
        return {
          detail: `No documentation asset at ${clipped(req.url.split('?')[0] ?? '')}: the path is not valid or leaves /docs/static. See /docs.`,
          errors: undefined,
        };
      return undefined;
  }
}

export const errorsPlugin = fp(
  async (app: FastifyInstance, { methods }: { methods: Methods }) => {
    app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      if (hasZodFastifySchemaValidationErrors(err)) {
        const where = WHERE[err.validationContext as keyof typeof WHERE] ?? 'query';
        const all = err.validation.map((v) => {
          const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
          const unknown = v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
          // A body names the field at fault by its whole path (`related[0].collection`), as the merge-patch and
          // reference checks do; a parameter by its name, with the value's position in a list.
          const name = where === 'body' ? fieldPath(path) : path[0] || '(root)';
          return {
            name: unknown.length ? namedFew(unknown).text : clipped(name),
            in: where,
            detail: describe(v.message ?? 'invalid', path, unknown, where),
          };
        });
        const errors = withoutSafeBound(all);
        // A body that parses as JSON but breaks the schema (a type, a bound, a rule across fields in
        // src/resources/rules.ts) is well-formed and semantically wrong: 422 on every method, as a merge patch that
        // breaks it (hostile H13-3). A member the collection does not have is a 400, as the write routes say it.
        const unknownOnly = err.validation.every((v) => v.keyword === 'unrecognized_keys');
        const status = where === 'body' && !unknownOnly ? 422 : 400;
        return sendProblem(
          reply,
          problem(status, errors.map((e) => `${e.name}: ${e.detail}`).join('; '), req.id, errors),
        );
      }
      if (err instanceof CursorError) {
        return sendProblem(
          reply,
          problem(400, err.message, req.id, [{ name: 'cursor', in: 'query', detail: err.message }]),
        );
      }
      if (err instanceof HttpProblem) {
        // A 405 a route gives (a write on a read-only node) allows what the path allows, as its OPTIONS says.
        const headers =
          err.statusCode === 405 && err.headers?.allow === undefined
            ? { ...err.headers, allow: methods.allowed(req.url).join(', ') }
            : err.headers;
        return sendProblem(reply, problem(err.statusCode, err.message, req.id, err.errors), headers);
      }
      const status = err.statusCode ?? 500;
      const said = frameworkRefusal(err, req);
      if (said) return sendProblem(reply, problem(status, said.detail, req.id, said.errors), said.headers);
      if (status === 413) {
        // The limit named, as a client needs it to split or trim its body (hostile 16 H16-12).
        const limit = req.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0;
        return sendProblem(
          reply,
          problem(
            413,
            `The body is larger than this route takes: at most ${limit.toLocaleString('en-US')} bytes (${Math.round(limit / 1024)} KB), as sent and, with a Content-Encoding, once decoded.`,
            req.id,
          ),
        );
      }
      if (status >= 400 && status < 500) {
        return sendProblem(reply, problem(status, err.message, req.id), status === 429 ? retryAfter(reply) : {});
      }
      const down = unavailable(err);
      if (down) {
        req.log.error({ err }, 'database unavailable');
        return sendProblem(reply, problem(503, `Service unavailable: ${down}.`, req.id), { 'retry-after': '5' });
      }
      req.log.error({ err }, 'unhandled error');
      return sendProblem(
        reply,
        problem(500, 'An unexpected error occurred. It has been logged with this request id.', req.id),
      );
    });

    app.setNotFoundHandler((req, reply) => {
      // A preflight the CORS policy declined (an Origin not on the allow-list) still learns the methods.
      const p = unrouted(methods, req);
      if (req.method === 'OPTIONS' && p.statusCode === 405)
        return reply
          .code(204)
          .headers({ allow: p.headers.allow as string })
          .send();
      return sendProblem(reply, problem(p.statusCode, p.message, req.id), p.headers);
    });
  },
  { name: 'katalog-errors' },
);

/**
 * The answer to a request no route takes: 405 with `Allow` when other methods have this path, else 404. Also given
 * before a body is read (policies.ts), so that a body sent where no route is is never parsed as if one took it
 * (hostile 16b H16b-5: "not valid JSON", a 413 of "this route", where the answer is 404 or 405).
 */
export function unrouted(methods: Methods, req: FastifyRequest): HttpProblem {
  const path = req.url.split('?')[0] ?? '';
  const allow = methods.allowed(path);
  // A path its method would route to, written so that no route takes it (`/healthz//`: the trailing slashes the
  // methods' table ignores), is not found: a 405 would say the method it allows is not allowed (hostile 19b H19b-3).
  if (allow.length && !allow.includes(req.method))
    return new HttpProblem(405, `${req.method} is not allowed on ${path}; it allows ${allow.join(', ')}.`, undefined, {
      allow: allow.join(', '),
    });
  // Not the method: no route has this path (another method's would be a 405), and a HEAD's answer is the GET's to the
  // byte (hostile 15 H15-2). The path as sent, cut short: an error never echoes kilobytes (H15-7).
  return new HttpProblem(404, `No route ${clipped(path)}. See /docs for the API.`);
}

/** Text from the request as an error repeats it: at most 200 characters (hostile 15 H15-7). */
export const clipped = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** The most names from a request an error repeats (hostile 16 H16-5). */
export const MAX_NAMED = 20;

/**
 * Names from a request as an error repeats them: the first MAX_NAMED, each clipped, and how many more (`a, b and 19,980
 * more`), so that an answer is never larger than a few kilobytes whatever was sent (hostile 16 H16-5).
 */
export function namedFew(names: readonly string[], max = MAX_NAMED): { shown: string[]; more: number; text: string } {
  const shown = names.slice(0, max).map((n) => (n === '' ? '""' : clipped(n)));
  const more = names.length - shown.length;
  return {
    shown,
    more,
    text: more ? `${shown.join(', ')} and ${more.toLocaleString('en-US')} more` : shown.join(', '),
  };
}

function describe(message: string, path: string[], unknown: string[], where: string): string {
  if (unknown.length && where === 'body')
    return `unknown field${unknown.length > 1 ? 's' : ''}; see /docs for the fields this body takes`;
  if (unknown.length)
    return `unknown parameter${unknown.length > 1 ? 's' : ''}; see /docs for the parameters this endpoint accepts`;
  const index = where !== 'body' && path[1] !== undefined ? ` (value ${Number(path[1]) + 1})` : '';
  return `${message}${index}`;
}

function retryAfter(reply: FastifyReply): Record<string, string> {
  const v = reply.getHeader('retry-after');
  return v === undefined ? {} : { 'retry-after': String(v) };
}

/**
 * The 404 of a record that is not live: a deleted one says so, and how to bring it back, on every route that names it
 * (GET, JSON-LD, PUT, PATCH, DELETE; hostile 15 H15-15, hostile 16 H16-6), as a create of its id does (a 409).
 */
export function recordNotFound(resource: { path: string }, id: string, deleted: boolean): HttpProblem {
  return new HttpProblem(
    404,
    deleted
      ? `The ${resource.path} record "${id}" is deleted; restore it with POST /v1/${resource.path}/${id}/restore.`
      : `No ${resource.path} record with id "${id}".`,
  );
}
