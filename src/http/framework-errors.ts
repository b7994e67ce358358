import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { sendProblem } from './errors.js';
import { API_HEADERS, answeredEarly, corsHeaders } from './policies.js';
import { problem } from './problem.js';
import type { RateStore } from './rate-store.js';
import { requestId } from './request-id.js';

/**
 * The errors Fastify and Node answer themselves, before any route or hook runs, as problem+json
 * with the security headers and a request id like every other response:
 *
 * - `frameworkErrors` (Fastify's option): a URL the router cannot decode (`/v1/programs/%FF`: 400)
 *   and a path parameter over `maxParamLength` (414);
 * - `clientErrorHandler` (Fastify's option, Node's `clientError` event): requests Node's parser
 *   rejects (malformed request line or headers, an unknown method: 400; headers too large: 431)
 *   and requests not received within HEADERS_TIMEOUT / REQUEST_TIMEOUT (408). No request object
 *   exists there: the response is written on the socket, which then closes;
 * - Node's `checkExpectation` event (`passExpectation`, expectation.ts): an `Expect` other than
 *   `100-continue`, answered by the policies with a 417.
 */
export function frameworkErrors(
  config: Pick<Config, 'CORS_ORIGINS'>,
  limits: RateStore,
  clientOf: (req: IncomingMessage) => string | undefined,
) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    // Before any hook: the CORS headers and the rate limit's count and headers are given here (hostile 13, H13-6).
    // Fastify builds these requests without its trust-proxy address: the client as the front path finds it
    // (forwarded.ts), never the proxy's address shared by every client behind it (review C13-1).
    reply.headers(API_HEADERS).header('x-request-id', req.id);
    const limited = answeredEarly(config, limits, req, reply, clientOf(req.raw) ?? req.ip);
    if (limited) return sendProblem(reply, problem(limited.statusCode, limited.message, req.id), limited.headers);
    return frameworkError(err, req, reply);
  };
}

function frameworkError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (err.statusCode ?? 400);
  const detail =
    err.code === 'FST_ERR_BAD_URL'
      ? 'The URL path is not valid: a percent-encoded sequence does not decode to UTF-8 text.'
      : err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'A path segment is longer than the maximum of 200 characters.'
        : status >= 500
          ? 'An unexpected error occurred. It has been logged with this request id.'
          : err.message;
  if (status >= 500) req.log.error({ err }, 'framework error');
  return sendProblem(reply, problem(status, detail, req.id));
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request was not received in time; the connection is closed.'],
  HPE_HEADER_OVERFLOW: [431, 'The request headers are too large.'],
  HPE_URI_TOO_LONG: [414, 'The request target is too long.'],
};

/**
 * Fastify's `clientErrorHandler`: a problem+json response written on the socket, which then closes. No request was
 * read, so no Origin: with the `*` CORS policy the answer says `*`, as every other does; with an allow-list, nothing.
 */
export function clientErrorHandler(config: Pick<Config, 'CORS_ORIGINS'>) {
  const cors = config.CORS_ORIGINS.includes('*') ? corsHeaders(config, undefined) : {};
  return function clientError(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket) {
    const err: ParserError = error;
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    // Once per socket: the parser may report again for every later chunk (review C15-7).
    if (handled.has(socket)) return;
    handled.add(socket);
    // The packet is the chunk Node was parsing: it may begin with an earlier request pipelined before the bad one, whose
    // method and target are not the bad one's (hostile 15 H15-1: a committed PATCH answered "501: PATCH is not ...").
    // An error without a packet (a timeout) is the request's own.
    // An error in the body of the request being read (its headers were, the body is not complete: a bad chunk size,
    // chunk data or trailer) is that request's, wherever the chunk starts (hostile 16 H16-9: it was blamed on "a
    // request after the previous one", a single request on the connection).
    const inBody = bodyBeingRead(socket);
    const own = !inBody && (!err.rawPacket || startsWithIt(err));
    const [status, detail] = (own ? longTarget(err) : undefined) ??
      CLIENT_ERRORS[err.code ?? ''] ??
      (own || inBody ? framingHeader(err) : undefined) ??
      (own ? unknownMethod(err) : undefined) ?? [
        400,
        inBody
          ? 'The request body is not validly framed HTTP/1.1 (a chunk size, chunk data or trailer of Transfer-Encoding: chunked) and cannot be read.'
          : own
            ? 'The request is not valid HTTP/1.1 (request line, headers, method or framing) and cannot be read.'
            : 'A request after the previous one on this connection is not valid HTTP/1.1 and cannot be read.',
      ];
    const id = requestId(undefined);
    this.log.debug({ err, request_id: id, status }, 'client error');
    const answer = () => (socket.writable ? writeProblem(socket, status, detail, id, cors) : socket.destroy());
    // Responses go out in the order of the requests: those still being made for earlier requests on this socket (whole
    // requests, read to their end) are sent first, one after another, then this problem (written at once, it took their
    // place; review C15-2: only the first was waited for). A response already started for the failing request itself
    // (a timeout while its body drips) leaves nothing more to say: the socket goes.
    const current = () => (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage ?? undefined;
    const afterEarlier = () => {
      const m = current();
      if (m && !m.writableFinished && m.req?.complete) {
        m.once('finish', () => setImmediate(afterEarlier));
        m.once('close', () => {
          if (!m.writableFinished) socket.destroy();
        });
        return;
      }
      if (m && !m.writableFinished && m.headersSent) return socket.destroy();
      // The request whose body breaks was answered meanwhile (a 401, 415 or 501 before its body was read), and Node is
      // throwing the body away: a second answer would be taken for the next request's. The socket goes (review C16-2).
      if (inBody && answeredBeforeBody(socket)) return socket.destroy();
      answer();
    };
    afterEarlier();
  };
}

/** Sockets whose client error is being answered. */
const handled = new WeakSet<Socket>();

type ParserError = NodeJS.ErrnoException & { rawPacket?: Buffer; bytesParsed?: number };

/**
 * Whether the parser was reading a request's body: the message whose headers it read last is not complete. (It keeps
 * the last message after its end, so a bad request line after a whole request is not taken for a body.)
 */
function bodyBeingRead(socket: Socket): boolean {
  const incoming = (socket as Socket & { parser?: { incoming?: IncomingMessage | null } | null }).parser?.incoming;
  return incoming != null && !incoming.complete;
}

/** Whether the request being read was answered before its body: Node discards (`_dump`) the body of such a request. */
function answeredBeforeBody(socket: Socket): boolean {
  const incoming = (socket as Socket & { parser?: { incoming?: { _dumped?: boolean } | null } | null }).parser
    ?.incoming;
  return incoming?._dumped === true;
}

/** Whether the chunk Node was parsing begins with the bad request: no whole header block precedes the error in it. */
function startsWithIt(err: ParserError): boolean {
  if (!err.rawPacket) return false;
  const upTo = err.bytesParsed ?? err.rawPacket.length;
  return err.rawPacket.subarray(0, upTo).indexOf('\r\n\r\n') === -1;
}

/**
 * A request whose framing headers Node's parser refuses (hostile 16b H16b-4): a Transfer-Encoding that does not end with
 * one `chunked` (`gzip`, `identity`, `chunked, chunked`), or a Content-Length that is not one number or comes with a
 * Transfer-Encoding. RFC 9112 §6.3 asks for a 400 and a closed connection, which the parser's refusal gives; the detail
 * names the header at fault instead of blaming chunk framing that was never sent. The header was read, so it may be
 * said before the body (`inBody`): the parser refuses a coding it cannot frame as soon as the header block ends.
 */
function framingHeader(err: ParserError): [number, string] | undefined {
  const withTransfer = /transfer-encoding/i.test(err.message);
  // Both headers, in either order: Node names the one it read second (review 27 R27-7).
  const both = withTransfer && /content-length/i.test(err.message);
  if (both)
    return [
      400,
      'Content-Length and Transfer-Encoding were both sent: a request frames its body by one of them (RFC 9112 §6.3). The connection is closed.',
    ];
  if (err.code === 'HPE_INVALID_TRANSFER_ENCODING')
    return [
      400,
      'The Transfer-Encoding header cannot be read: a request body is framed by chunked, given once and last (RFC 9112 §6.3); this server decodes no other transfer coding. The connection is closed.',
    ];
  if (err.code === 'HPE_INVALID_CONTENT_LENGTH' || err.code === 'HPE_UNEXPECTED_CONTENT_LENGTH')
    return [
      400,
      'The Content-Length header is not one number of bytes, given once (RFC 9110 §8.6). The connection is closed.',
    ];
  return undefined;
}

/** Half of Node's 16 KB limit on the request line and headers together. */
const LONG_TARGET = 8 * 1024;

/**
 * Headers over the limit because of the request line (hostile 14 H14-8): a request line over 8 KB, or one the limit cut
 * before its end, is a 414 (the target is too long), not a 431 (the headers are too large).
 */
function longTarget(err: ParserError): [number, string] | undefined {
  if (err.code !== 'HPE_HEADER_OVERFLOW' || !err.rawPacket) return undefined;
  // The packet is the chunk Node was parsing: only one that starts with a request line says how long that line is
  // (headers sent in a later write start elsewhere; review C14-12).
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32} [^ ]/.test(err.rawPacket.subarray(0, 40).toString('latin1')))
    return undefined;
  const end = err.rawPacket.indexOf('\r\n');
  const line = end === -1 ? err.rawPacket.length : end;
  return line > LONG_TARGET ? [414, 'The request target is too long: the request line is over 8 KB.'] : undefined;
}

/**
 * A request line whose method is a well-formed token Node's parser does not know (`BREW / HTTP/1.1`): 501, as
 * RFC 9110 §9.1 asks of a method the server does not implement (hostile 13, H13-14). Anything else the parser
 * calls an invalid method (bytes that are no token) stays a 400.
 */
function unknownMethod(err: ParserError): [number, string] | undefined {
  if (err.code !== 'HPE_INVALID_METHOD' || !err.rawPacket) return undefined;
  const line = err.rawPacket.subarray(0, 64).toString('latin1');
  const method = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}) /.exec(line)?.[1];
  if (!method) return undefined;
  return [501, `The method ${method} is not one this server implements.`];
}

/** A problem+json response written on a bare socket (no request object exists), which then closes. */
function writeProblem(socket: Socket, status: number, detail: string, id: string, extra: Record<string, string> = {}) {
  const body = JSON.stringify(problem(status, detail, id));
  const headers = {
    ...API_HEADERS,
    'x-request-id': id,
    'cache-control': 'no-store',
    date: new Date().toUTCString(),
    'content-type': 'application/problem+json',
    'content-length': String(Buffer.byteLength(body)),
    ...extra,
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
  // A client that never reads or closes does not keep the socket.
  setTimeout(() => socket.destroy(), 5000).unref();
}

/**
 * Node's `connect` event: a CONNECT request never reaches Fastify, and without a listener Node drops
 * the connection without a word. This API is not a proxy: a 405 problem, and the socket closes.
 */
export function refuseConnect(this: FastifyInstance, req: IncomingMessage, socket: Socket) {
  const id = requestId(undefined);
  this.log.info({ request_id: id, method: req.method, url: req.url }, 'CONNECT refused');
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  writeProblem(socket, 405, 'CONNECT is not allowed: this server is not a proxy.', id, { allow: '' });
}
