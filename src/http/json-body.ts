import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './errors.js';

/**
 * The JSON body parser of every route (application/json and application/merge-patch+json). Like
 * Fastify's own, it refuses `__proto__` members and `constructor.prototype` (prototype poisoning),
 * but says which of them it refused and where, and says why other JSON is invalid, instead of
 * calling every such body "not valid JSON".
 */
export function parseJsonBody(_req: FastifyRequest, body: string, done: (err: Error | null, value?: unknown) => void) {
  if (body.length === 0) {
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
