import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './errors.js';

/**
 * A preParsing hook for the writes that take no body (DELETE, restore, the webhook actions): a body sent is a 400
 * before any parser reads it, whatever its media type, never parsed by its type and then dropped (hostile H13-15).
 * A body is framed by a Content-Length other than 0 or by Transfer-Encoding (RFC 9112 §6.3).
 */
export async function refuseBody(req: FastifyRequest): Promise<void> {
  const length = req.headers['content-length'];
  // `Content-Length: 00` is no body either (review C13-9); a chunked body is refused unread, even an empty one.
  if ((length !== undefined && Number(length) !== 0) || req.headers['transfer-encoding'] !== undefined)
    throw new HttpProblem(400, `${req.method} ${req.url.split('?')[0]} takes no body: send it without one.`, [
      { name: '(body)', in: 'body', detail: 'this request takes no body' },
    ]);
}
