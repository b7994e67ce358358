import type { FastifyRequest } from 'fastify';

/**
 * The cross-cutting plugins (src/http/) every route plugin is registered after: the error format,
 * the policies and the cache and compression (whose `onRoute` hooks must see each route), and the
 * docs (swagger collects the routes as they are added). Registering a route plugin before any of
 * them fails at start-up, naming the missing one.
 */
export const ROUTE_DEPENDENCIES = [
  'katalog-errors',
  'katalog-policies',
  'katalog-deprecation',
  'katalog-cache',
  'katalog-compress',
  'katalog-docs',
];

/** Splits `a,b` and repeated list parameters into arrays before validation. */
export function splitLists(names: string[]) {
  return async (req: FastifyRequest) => {
    const q = req.query as Record<string, unknown>;
    for (const n of names) {
      const v = q[n];
      if (typeof v === 'string') q[n] = v.split(',').map((s) => s.trim());
      else if (Array.isArray(v))
        q[n] = v.flatMap((s) =>
          String(s)
            .split(',')
            .map((x) => x.trim()),
        );
    }
  };
}
