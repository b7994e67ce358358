import type { IncomingMessage } from 'node:http';

/**
 * What is wrong with a request's Host header field, if anything (RFC 9112 §3.2): an HTTP/1.1 request
 * without one, or any request with more than one line of it, is a 400. Node keeps the first of two Host
 * lines in `req.headers`; a proxy in front may have used the other, so the request is refused rather than
 * answered for a host it may not have meant (C13b-8). A Host value that is not a valid host[:port] is
 * served, with relative links and ids (tests/security-host.test.ts).
 */
export function hostFault(req: IncomingMessage): 'missing' | 'repeated' | undefined {
  if (req.headers.host === undefined) return req.httpVersion === '1.1' ? 'missing' : undefined;
  const raw = req.rawHeaders;
  let seen = 0;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    if (name.length === 4 && name.toLowerCase() === 'host' && ++seen > 1) return 'repeated';
  }
  return undefined;
}

/** The problem's words for a Host fault. */
export const HOST_FAULT_DETAIL = {
  missing: 'An HTTP/1.1 request needs a Host header (RFC 9112 §3.2).',
  repeated: 'A request may carry only one Host header field (RFC 9112 §3.2).',
} as const;
