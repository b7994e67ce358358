import type { IncomingMessage } from 'node:http';

/**
 * The header fields a request may carry once (RFC 9110 §5.3: a field whose value is not a list) and that this server
 * reads. Node keeps the first of two lines of each in `req.headers` and drops the other; a proxy or gateway in front may
 * have read the other (the credential it checked, the media type it validated), so such a request is refused, as two
 * Host lines are (RFC 9112 §3.2; review C13b-8, hostile 14 H14-3).
 */
const SINGLETONS = new Set(['host', 'authorization', 'content-type', 'if-modified-since', 'if-unmodified-since']);

export interface FieldFault {
  /** The header field at fault, in lower case. */
  name: string;
  /** `missing`, `repeated`, or `conflicting` (an absolute-form target naming another host). */
  kind: 'missing' | 'repeated' | 'conflicting';
  detail: string;
}

/** An absolute-form request target: its scheme, authority and the rest (path, query). */
const ABSOLUTE = /^(https?):\/\/([^/?#]*)(.*)$/is;

/** An authority as compared with Host: the same host with its scheme's default port written or not (review C14-13). */
const bare = (authority: string, scheme: string) =>
  authority.toLowerCase().replace(scheme.toLowerCase() === 'https' ? /:443$/ : /:80$/, '');

/**
 * The request target in origin form: an absolute-form target naming the request's own host (`GET http://host/v1/…`) as
 * its path and query (`/v1/…`), so that routing and every check of the path and query (UTF-8, `/v1`, `/docs`, OPTIONS)
 * read what an origin-form request would (hostile 19 H19-7: `q=%FF` was searched, OPTIONS was a 404). Any other target
 * is left as sent: one naming another host is refused by `fieldFault`.
 */
export function originForm(req: IncomingMessage): string {
  const url = req.url ?? '/';
  if (url.charCodeAt(0) === 47 /* / */) return url;
  const target = ABSOLUTE.exec(url);
  const host = req.headers.host;
  // Without Host (HTTP/1.0), the target's authority is the request's host (hostile 19b H19b-5); one that is empty or
  // carries credentials (`http://user:pw@host/`, which RFC 9110 §4.2.4 forbids a sender) is not read (review 37b R37b-8).
  if (
    !target?.[2] ||
    (target[2] as string).includes('@') ||
    (host !== undefined && bare(target[2] as string, target[1] as string) !== bare(host, target[1] as string))
  )
    return url;
  const rest = target[3] as string;
  // An OPTIONS of the server itself (`OPTIONS http://host`, no path and no query) is `OPTIONS *` (RFC 9112 §3.2.4;
  // H19b-4); with a query it is of `/?…` (review 37b R37b-7).
  if (req.method === 'OPTIONS' && rest === '') return '*';
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * What is wrong with a request's header fields, if anything: an HTTP/1.1 request without Host, a field of `SINGLETONS`
 * sent twice, or an absolute-form target (`GET http://other/…`) naming a host other than Host's (RFC 9112 §3.2.2: the
 * target's authority wins; refusing the disagreement keeps links and ids on one host). A Host value that is not a valid
 * host[:port] is served, with relative links and ids (tests/security-host.test.ts).
 */
export function fieldFault(req: IncomingMessage): FieldFault | undefined {
  const raw = req.rawHeaders;
  let seen: string[] | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    if (!SINGLETONS.has(name)) continue;
    if (seen?.includes(name))
      return {
        name,
        kind: 'repeated',
        detail:
          name === 'host'
            ? 'A request may carry only one Host header field (RFC 9112 §3.2).'
            : `A request may carry only one ${name} header field: its value is not a list (RFC 9110 §5.3).`,
      };
    if (seen) seen.push(name);
    else seen = [name];
  }
  // Credentials in an absolute-form target (RFC 9110 §4.2.4: a sender must not send them), with Host or without
  // (review 37b R37b-8).
  const target = req.url !== undefined && req.url.charCodeAt(0) !== 47 /* / */ ? ABSOLUTE.exec(req.url) : null;
  if (target?.[2]?.includes('@'))
    return {
      name: 'host',
      kind: 'conflicting',
      detail: 'The request target carries credentials (user:password@): a request must not (RFC 9110 §4.2.4).',
    };
  const host = req.headers.host;
  if (host === undefined) {
    if (req.httpVersion !== '1.1') return undefined;
    return { name: 'host', kind: 'missing', detail: 'An HTTP/1.1 request needs a Host header (RFC 9112 §3.2).' };
  }
  if (target && bare(target[2] as string, target[1] as string) !== bare(host, target[1] as string))
    return {
      name: 'host',
      kind: 'conflicting',
      detail: 'The request target names another host than the Host header (RFC 9112 §3.2.2).',
    };
  return undefined;
}

/** What is wrong with a request's Transfer-Encoding: a 400 whose connection is closed after it, or a 501. */
export type TransferFault = { status: 400; reason: string } | { status: 501; coding: string };

/**
 * What is wrong with a request's Transfer-Encoding, if anything, in the order it is judged:
 * - framing a hop in front may read otherwise than Node did (hostile 16b H16b-2, H16b-3), a 400 after which the
 *   connection closes: any Transfer-Encoding on HTTP/1.0, which RFC 9112 §6.1 says to treat as faulty framing, and an
 *   empty value or member (Node reads no body, and the bytes after the headers as the next request), and a coding
 *   list that does not end with one `chunked` (RFC 9112 §6.3: the body's length cannot be known);
 * - a coding other than `chunked` (`gzip, chunked`), which this server does not decode: Node reads the chunked framing
 *   and hands on the body still coded, while a proxy in front that decodes it would have seen another body (hostile 16
 *   H16-12); RFC 9112 §6.1: a server SHOULD answer it 501.
 */
export function transferFault(req: IncomingMessage): TransferFault | undefined {
  const te = req.headers['transfer-encoding'];
  if (te === undefined) return undefined;
  if (req.httpVersion === '1.0')
    return { status: 400, reason: 'an HTTP/1.0 request cannot be sent with a Transfer-Encoding (RFC 9112 §6.1)' };
  const codings = te.split(',').map((c) => c.trim().toLowerCase());
  if (codings.includes(''))
    return { status: 400, reason: 'the Transfer-Encoding names no coding where it has a comma or is empty' };
  // Node's parser refuses these too, from the socket (framework-errors.ts); a request it has handed on already (one
  // pipelined after another) gets the same answer here, not the 501 of a coding before chunked (review C16-2).
  if (codings.at(-1) !== 'chunked' || codings.indexOf('chunked') !== codings.length - 1)
    return { status: 400, reason: 'a body is framed by chunked, given once and last (RFC 9112 §6.3)' };
  const coding = codings.find((c) => c !== 'chunked');
  return coding === undefined ? undefined : { status: 501, coding };
}
