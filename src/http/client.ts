import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

/**
 * The client's address as Fastify's `req.ip` gives it with the same `trustProxy` setting: the
 * socket peer, or with trusted proxies the last address in X-Forwarded-For that is not one of them.
 * The front path counts rate limits by it, like @fastify/rate-limit does by `req.ip`.
 */
export function clientAddress(trust: boolean | string[]): (req: IncomingMessage) => string | undefined {
  if (trust === false) return (req) => req.socket.remoteAddress;
  const trusted = trust === true ? () => true : proxyAddr.compile(trust);
  return (req) => {
    const chain = proxyAddr.all(req, trusted);
    return chain[chain.length - 1];
  };
}
