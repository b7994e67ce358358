/**
 * The baseline: a bare Fastify server, measured in the same run as Katalog. By default a
 * hello-world; with BODY_FILE (and HEADERS_FILE) it answers every request with those exact bytes
 * and headers, which shows what the framework and the network cost for a response of that shape.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const body = process.env.BODY_FILE ? readFileSync(process.env.BODY_FILE) : undefined;
const headers: Record<string, string> = process.env.HEADERS_FILE
  ? JSON.parse(readFileSync(process.env.HEADERS_FILE, 'utf8'))
  : {};
const app = Fastify({ logger: false });
app.get('/*', (_req, reply) => {
  if (!body) return reply.send({ hello: 'world' });
  reply.headers(headers);
  reply.send(body);
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
