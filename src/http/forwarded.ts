import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';

/**
 * Who the client is and which origin it asked for, worked out from the raw request exactly as
 * Fastify's `req.ip`, `req.protocol` and `req.host` do with the same `trustProxy` setting: the
 * socket peer and the Host header, or, when the peer is a trusted proxy, X-Forwarded-For (the last
 * address that is not a trusted proxy), X-Forwarded-Proto and X-Forwarded-Host (their last entry).
 * The front path counts rate limits by the address and keys cached representations by the origin
 * (JSON-LD ids are built from it); tests/front.test.ts checks both against Fastify's.
 */
export interface Forwarded {
  address(req: IncomingMessage): string | undefined;
  /** `<protocol>://<host>`, as the app sees it. */
  origin(req: IncomingMessage): string;
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST = new RegExp(`^(?:(${LABEL}(?:\\.${LABEL})*)|\\[([0-9A-Fa-f:.]+)\\])(?::(\\d{1,5}))?$`);

/**
 * `<protocol>://<host>` when the protocol is http or https and the host is a syntactically valid
 * host[:port]: a DNS name or IPv4 address (a strict subset of RFC 3986 reg-name: letters, digits,
 * hyphens and dots), or a bracketed IPv6 address, with an optional port up to 65535. Otherwise ''
 * (callers then build relative URLs): a Host header such as `evil.example/"><x`, or none at all
 * (HTTP/1.0), never reaches a URL the API emits.
 */
export function validOrigin(protocol: string, host: string | undefined): string {
  if ((protocol !== 'http' && protocol !== 'https') || !host || host.length > 261) return '';
  const m = HOST.exec(host);
  if (!m) return '';
  if (m[2] !== undefined && !isIPv6(m[2])) return '';
  if (m[1] !== undefined && m[1].length > 253) return '';
  if (m[3] !== undefined && Number(m[3]) > 65535) return '';
  return `${protocol}://${host.toLowerCase()}`;
}

const last = (header: string | string[]) => {
  const value = String(header);
  const i = value.lastIndexOf(',');
  return i === -1 ? value.trim() : value.slice(i + 1).trim();
};

export function forwarded(trust: boolean | string[]): Forwarded {
  const trusted = trust === true ? () => true : trust === false ? () => false : proxyAddr.compile(trust);
  const fromProxy = (req: IncomingMessage) => trust !== false && trusted(req.socket.remoteAddress ?? '', 0);
  return {
    address:
      trust === false
        ? (req) => req.socket.remoteAddress
        : (req) => {
            const chain = proxyAddr.all(req, trusted);
            return chain[chain.length - 1];
          },
    origin: (req) => {
      const { headers } = req;
      const proxied = (headers['x-forwarded-host'] || headers['x-forwarded-proto']) && fromProxy(req);
      const forwardedProto = proxied ? headers['x-forwarded-proto'] : undefined;
      const forwardedHost = proxied ? headers['x-forwarded-host'] : undefined;
      const protocol = forwardedProto
        ? last(forwardedProto)
        : (req.socket as { encrypted?: boolean }).encrypted
          ? 'https'
          : 'http';
      const host = forwardedHost ? last(forwardedHost) : (headers.host ?? '');
      return `${protocol}://${host}`;
    },
  };
}
