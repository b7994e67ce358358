import type { RouteOptions } from 'fastify';

/** The lifecycle hooks a route's options may list. */
const ROUTE_HOOKS = [
  'onRequest',
  'preParsing',
  'preValidation',
  'preHandler',
  'preSerialization',
  'onSend',
  'onResponse',
  'onTimeout',
  'onError',
  'onRequestAbort',
] as const;

/**
 * An `onRoute` hook, registered before any other: each route gets hook lists of its own.
 * Plugins add their hooks to a route in `onRoute` by pushing into (or unshifting onto) the list in
 * its options (@fastify/compress unshifts its request decompression, @fastify/rate-limit pushes
 * its counter). Routes that declare one shared list (`preParsing: authBeforeBody` on every write
 * route of a collection) would each add their copy to that one list, so every route ran every
 * copy: a gzip body was inflated five times over (the second inflate fails on JSON and the request
 * hung until the client gave up). Copied here, a plugin's hooks land on their own route only.
 */
export function ownHookLists(route: RouteOptions): void {
  for (const hook of ROUTE_HOOKS) {
    const list: unknown = Reflect.get(route, hook);
    if (Array.isArray(list)) Reflect.set(route, hook, [...list]);
  }
}
