import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './errors.js';

/**
 * The JSON body parser of every route (application/json and application/merge-patch+json). Like
 * Fastify's own, it refuses `__proto__` members and `constructor.prototype` (prototype poisoning),
 * but says which of them it refused and where, and says why other JSON is invalid, instead of
 * calling every such body "not valid JSON".
 */
export function parseJsonBody(req: FastifyRequest, raw: Buffer, done: (err: Error | null, value?: unknown) => void) {
  const charset = charsetOf(req.headers['content-type']);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    done(
      new HttpProblem(415, `JSON bodies are UTF-8 (RFC 8259 §8.1): charset=${charset} is not taken.`, [
        { name: 'content-type', in: 'header', detail: 'charset must be utf-8, or left out' },
      ]),
    );
    return;
  }
  // Decoded strictly: bytes that are not UTF-8 are refused, never replaced with U+FFFD and stored.
  let body: string;
  try {
    body = UTF8.decode(raw);
  } catch {
    done(
      new HttpProblem(400, 'The body is not valid UTF-8: send JSON text encoded as UTF-8.', [
        { name: '(body)', in: 'body', detail: 'not valid UTF-8' },
      ]),
    );
    return;
  }
  if (body.length === 0) {
    // A route that takes no body (DELETE, restore, rotate-secret, redeliver) is not refused because
    // the client's library sent a Content-Type with nothing after it.
    if (req.routeOptions.schema?.body === undefined) {
      done(null, undefined);
      return;
    }
    done(
      new HttpProblem(400, 'The body is empty: send a JSON document.', [
        { name: '(body)', in: 'body', detail: 'empty' },
      ]),
    );
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const why = err instanceof Error ? err.message : 'it does not parse';
    done(
      new HttpProblem(400, `The body is not valid JSON: ${why}.`, [
        { name: '(body)', in: 'body', detail: 'not valid JSON' },
      ]),
    );
    return;
  }
  const poisoned = prototypeMember(value);
  if (poisoned) {
    done(
      new HttpProblem(
        400,
        `The body has a member ${poisoned}, which no record has and which could alter objects: refused.`,
        [{ name: poisoned, in: 'body', detail: 'a __proto__ or constructor.prototype member is refused' }],
      ),
    );
    return;
  }
  done(null, value);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The `charset` parameter of a media type, lower-cased and unquoted; undefined without one. */
function charsetOf(contentType: string | undefined): string | undefined {
  for (const param of (contentType ?? '').split(';').slice(1)) {
    const [name = '', ...value] = param.split('=');
    if (name.trim().toLowerCase() === 'charset')
      return value
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase();
  }
  return undefined;
}

/** The path of the first `__proto__` or `constructor.prototype` member, at any depth (iterative). */
function prototypeMember(root: unknown): string | undefined {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, string];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        stack.push([x, `${path}[${i}]`]);
      });
      continue;
    }
    for (const [k, x] of Object.entries(v)) {
      const at = path ? `${path}.${k}` : k;
      if (k === '__proto__') return at;
      if (k === 'constructor' && x !== null && typeof x === 'object' && Object.hasOwn(x, 'prototype'))
        return `${at}.prototype`;
      stack.push([x, at]);
    }
  }
  return undefined;
}
