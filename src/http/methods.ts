import type { FastifyInstance } from 'fastify';

/**
 * Which methods each path answers, learnt from the routes as they are registered (onRoute), so that
 * a request with another method on a real path gets 405 with `Allow` (RFC 9110 §15.5.6) instead
 * of 404, and a plain OPTIONS gets the `Allow` list. Route patterns become anchored regular
 * expressions (`:id` matches one path segment); the catch-all `OPTIONS *` of the CORS plugin says
 * nothing about which paths exist and is left out.
 */
export class Methods {
  private readonly routes: Array<{ pattern: RegExp; methods: Set<string> }> = [];
  private readonly byUrl = new Map<string, Set<string>>();

  /** Records every route registered from now on. */
  learn(app: FastifyInstance) {
    app.addHook('onRoute', (route) => {
      if (route.url.includes('*')) return;
      const url = route.url.replace(/\/+$/, '') || '/';
      let methods = this.byUrl.get(url);
      if (!methods) {
        methods = new Set();
        this.byUrl.set(url, methods);
        this.routes.push({ pattern: patternOf(url), methods });
      }
      for (const m of [route.method].flat()) methods.add(m);
      if (methods.has('GET')) methods.add('HEAD');
    });
  }

  /**
   * The methods a path answers (with OPTIONS), or [] when no route has this path. A path that is a
   * route of its own (`/v1/format-fit/check`) answers that route's methods only: it is not also a
   * record id of the pattern it would fit (`/v1/format-fit/:id`), since no record may take an id that
   * is a route (writes refuse it), so PUT, PATCH and DELETE there could never reach a record.
   */
  allowed(path: string): string[] {
    const p = pathOf(path);
    const own = p.includes(':') ? undefined : this.byUrl.get(p);
    const found = new Set<string>(own);
    if (!own) for (const r of this.routes) if (r.pattern.test(p)) for (const m of r.methods) found.add(m);
    return found.size ? ordered(found) : [];
  }

  /** Every method some route takes, with OPTIONS: what `OPTIONS *` answers. */
  everyMethod(): string[] {
    return ordered(new Set(this.routes.flatMap((r) => [...r.methods])));
  }

  /**
   * For a request Fastify routed to a pattern (`/v1/format-fit/:id`) whose path is itself a route
   * (`/v1/format-fit/check`) that does not answer its method: the methods that path allows (for a
   * 405). Undefined otherwise.
   */
  shadowed(method: string, routeUrl: string | undefined, path: string): string[] | undefined {
    if (!routeUrl?.includes(':')) return undefined;
    const p = pathOf(path);
    const own = this.byUrl.get(p);
    return own && !own.has(method) ? this.allowed(p) : undefined;
  }
}

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** A request target's path, without its query and trailing slashes. */
const pathOf = (target: string) => target.split('?')[0]?.replace(/\/+$/, '') || '/';

/** Methods as `Allow` lists them, with OPTIONS: the usual ones in their usual order, any other after, sorted. */
function ordered(methods: Set<string>): string[] {
  const found = new Set([...methods, 'OPTIONS']);
  return ORDER.filter((m) => found.has(m)).concat([...found].filter((m) => !ORDER.includes(m)).sort());
}

function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z0-9_]+)/)
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
