import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

/**
 * Who the client is and which origin it asked for, worked out from the raw request exactly as
 * Fastify's `req.ip`, `req.protocol` and `req.host` do with the same `trustProxy` setting: the
 * socket peer and the Host header, or, when the peer is a trusted proxy, X-Forwarded-For (the last
 * address that is not a trusted proxy), X-Forwarded-Proto and X-Forwarded-Host (their last entry).
 * The front path counts rate limits by the address and keys cached representations by the origin
 * (JSON-LD ids are built from it); tests/front.test.ts checks both against Fastify's.
 */
export interface Client {
  address(req: IncomingMessage): string | undefined;
  /** `<protocol>://<host>`, as the app sees it. */
  origin(req: IncomingMessage): string;
}

const last = (header: string | string[]) => {
  const value = String(header);
  const i = value.lastIndexOf(',');
  return i === -1 ? value.trim() : value.slice(i + 1).trim();
};

export function client(trust: boolean | string[]): Client {
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
