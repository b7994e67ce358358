import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route only the primary serves (writes, webhooks): on a read-only node its methods are not allowed. */
    primaryOnly?: boolean;
  }
}

/** A route pattern, the methods it takes, and how many literal characters it has (the more, the more specific). */
interface Route {
  url: string;
  pattern: RegExp;
  methods: Set<string>;
  literal: number;
}

/**
 * Which methods each path answers, learnt from the routes as they are registered (onRoute), so that
 * a request with another method on a real path gets 405 with `Allow` (RFC 9110 §15.5.6) instead
 * of 404, and a plain OPTIONS gets the `Allow` list. Route patterns become anchored regular
 * expressions (`:id` matches one path segment); the catch-all `OPTIONS *` of the CORS plugin says
 * nothing about which paths exist and is left out.
 */
export class Methods {
  private readonly routes: Route[] = [];
  private readonly byUrl = new Map<string, Set<string>>();
  /** The routes whose first two segments are literal, by those segments; the others are tried for every path. */
  private readonly byStem = new Map<string, Route[]>();
  private readonly loose: Route[] = [];
  /**
   * The methods each set of most specific routes allows, made once per set (a path fits one route, or a route and a
   * rival as specific): `allowed` then costs a lookup and the patterns of the path's own stem, whatever its id.
   */
  private readonly answers = new Map<string, readonly string[]>();

  /**
   * `readOnly`: a read-only node, where a route marked `config.primaryOnly` (writes, webhooks) answers 405 to every
   * request: its path is known, its methods are not allowed (hostile 19 H19-5: OPTIONS and preflights listed PUT,
   * PATCH and DELETE that then answered 405).
   */
  constructor(private readonly readOnly = false) {}

  /** Records every route registered from now on. */
  learn(app: FastifyInstance) {
    app.addHook('onRoute', (route) => {
      if (route.url.includes('*')) return;
      const url = route.url.replace(/\/+$/, '') || '/';
      let methods = this.byUrl.get(url);
      if (!methods) {
        methods = new Set();
        this.byUrl.set(url, methods);
        const r = { url, pattern: patternOf(url), methods, literal: literalOf(url) };
        this.routes.push(r);
        const stem = stemOf(url);
        if (stem.includes(':')) this.loose.push(r);
        else this.byStem.set(stem, [...(this.byStem.get(stem) ?? []), r]);
      }
      this.answers.clear();
      if (this.readOnly && route.config?.primaryOnly) return;
      for (const m of [route.method].flat()) methods.add(m);
      if (methods.has('GET')) methods.add('HEAD');
    });
  }

  /**
   * The methods a path answers (with OPTIONS), or [] when no route has this path: those of the most specific routes it
   * fits (the most literal characters). A path that is a route of its own (`/v1/format-fit/check`) answers that route's
   * methods only: it is not also a record id of the pattern it would fit (`/v1/format-fit/:id`), since no record may
   * take an id that is a route (writes refuse it), so PUT, PATCH and DELETE there could never reach a record. Likewise
   * `/v1/faqs/x.jsonld` is the JSON-LD route's (`:id.jsonld`), never a record id (ids hold no dot; hostile 14 H14-7).
   */
  allowed(path: string): readonly string[] {
    const p = pathOf(path);
    const own = this.byUrl.get(p) && !p.includes(':') ? p : undefined;
    const fitting = own === undefined ? this.fitting(p) : undefined;
    const key = own ?? fitting?.map((r) => r.url).join(' ') ?? '';
    let answer: readonly string[] | undefined = this.answers.get(key);
    if (!answer) {
      const found = new Set<string>();
      for (const r of fitting ?? []) for (const m of r.methods) found.add(m);
      for (const m of own === undefined ? [] : (this.byUrl.get(own) ?? [])) found.add(m);
      // A path some route has answers OPTIONS at least (on a read-only node, a path only writes have).
      answer = found.size || own !== undefined || fitting?.length ? ordered(found) : [];
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** The most specific routes a path (not a route of its own) fits: only routes of its stem, or with a parameter in theirs, can. */
  private fitting(p: string): Route[] {
    const candidates = [...(this.byStem.get(stemOf(p)) ?? []), ...this.loose];
    return mostSpecific(candidates.filter((r) => r.pattern.test(p)));
  }

  /** Every method some route takes, with OPTIONS: what `OPTIONS *` answers. */
  everyMethod(): string[] {
    return ordered(new Set(this.routes.flatMap((r) => [...r.methods])));
  }

  /**
   * For a request Fastify routed to a pattern (`/v1/format-fit/:id`, `/v1/faqs/:id`) whose path fits a more specific
   * route (`/v1/format-fit/check`, `/v1/faqs/:id.jsonld`) that does not answer its method: the methods that path allows
   * (for a 405). Undefined otherwise.
   */
  shadowed(method: string, routeUrl: string | undefined, path: string): string[] | undefined {
    if (!routeUrl?.includes(':')) return undefined;
    // Only the few routes more specific than the one routed to, with its static start and depth, can shadow it: found
    // once per route, and only they are tried (this runs on every request to a route with a parameter; review C14-5).
    let rivals = this.rivals.get(routeUrl);
    if (!rivals) {
      const stem = routeUrl.slice(0, routeUrl.indexOf(':'));
      const depth = routeUrl.split('/').length;
      const literal = literalOf(routeUrl);
      rivals = this.routes.filter(
        (r) => r.url.startsWith(stem) && r.url.split('/').length === depth && r.literal > literal,
      );
      this.rivals.set(routeUrl, rivals);
    }
    if (!rivals.length) return undefined;
    const p = pathOf(path);
    const best = mostSpecific(rivals.filter((r) => r.pattern.test(p)));
    if (!best.length || best.some((r) => r.methods.has(method))) return undefined;
    return ordered(new Set(best.flatMap((r) => [...r.methods])));
  }

  private readonly rivals = new Map<string, Route[]>();
}

/** How many literal characters a route pattern has, its parameters left out: the more, the more specific. */
const literalOf = (url: string) => url.replace(/:[A-Za-z0-9_]+/g, '').length;

/** The routes among these with the most literal characters. */
function mostSpecific(routes: Route[]): Route[] {
  const most = Math.max(...routes.map((r) => r.literal));
  return routes.filter((r) => r.literal === most);
}

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** A path's first two segments (`/v1/faqs` of `/v1/faqs/:id/revisions`; `/v1/faqs.csv` is its own). */
const stemOf = (path: string) => path.split('/', 3).join('/');

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
