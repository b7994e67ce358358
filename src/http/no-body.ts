import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './errors.js';

/**
 * A preParsing hook for the writes that take no body (DELETE, restore, the webhook actions): a body sent is a 400
 * before any parser reads it, whatever its media type, never parsed by its type and then dropped (hostile H13-15).
 * A body is framed by a Content-Length other than 0 or by Transfer-Encoding (RFC 9112 §6.3).
 */
export async function refuseBody(req: FastifyRequest): Promise<void> {
  if (carriesBody(req))
    throw new HttpProblem(400, `${req.method} ${req.url.split('?')[0]} takes no body: send it without one.`, [
      { name: '(body)', in: 'body', detail: 'this request takes no body' },
    ]);
}

/**
 * Whether a request announces a body (RFC 9112 §6.3): a Transfer-Encoding (a chunked body, even an empty one), or a
 * Content-Length other than 0 (`Content-Length: 00` is no body either: review C13-9).
 */
export function carriesBody(req: FastifyRequest): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) !== 0);
}
