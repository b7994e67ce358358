import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { KeyVerifier } from './auth/keys.js';
import { type Config, DEFAULT_CURSOR_SECRET } from './config.js';
import type { Db } from './db/client.js';
import { DbHealth, type ReplicaStatus } from './db/health.js';
import { asHolder, type DbHolder } from './db/holder.js';
import { watchDataVersion } from './db/version.js';
import { authPlugin } from './http/auth.js';
import { checkBodyShape } from './http/body-shape.js';
import { cachePlugin, ResponseCache } from './http/cache.js';
import { clientKey } from './http/client-key.js';
import { Deprecations, deprecationPlugin } from './http/deprecation.js';
import { docsPlugin } from './http/docs.js';
import { errorsPlugin } from './http/errors.js';
import { passExpectation } from './http/expectation.js';
import { forwarded } from './http/forwarded.js';
import { clientErrorHandler, frameworkErrors, refuseConnect } from './http/framework-errors.js';
import { type Front, frontServer } from './http/front.js';
import { originForm } from './http/header-fields.js';
import { parseJsonBody } from './http/json-body.js';
import { installPlainMessages } from './http/messages.js';
import { Methods } from './http/methods.js';
import { compressPlugin, policiesPlugin } from './http/policies.js';
import { checkQueryShape, strictQueryByDefault } from './http/query-shape.js';
import { RateStore } from './http/rate-store.js';
import { requestId } from './http/request-id.js';
import { ownHookLists } from './http/route-hooks.js';
import { compiledSerializerCompiler } from './http/serializer.js';
import { Repository } from './repository/repository.js';
import { Writer } from './repository/writes.js';
import { resources } from './resources/index.js';
import { changeRoutes } from './routes/changes.js';
import { collectionReadRoutes } from './routes/collection-reads.js';
import { collectionWriteRoutes } from './routes/collection-writes.js';
import { costComparisonRoutes } from './routes/cost-comparison.js';
import { datasetRoutes } from './routes/dataset.js';
import { formatFitCheckRoutes } from './routes/format-fit-check.js';
import { lifecycleRoutes } from './routes/lifecycle.js';
import { searchRoutes } from './routes/search.js';
import { webhookRoutes } from './routes/webhooks.js';
import { WebhookStore } from './webhooks/store.js';
import { WebhookWorker, type WorkerOptions } from './webhooks/worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The database checks behind /readyz and writes (tests run the scheduled check directly). */
    dbHealth: DbHealth;
    /** The webhook delivery worker (it runs on the primary only; tests drive it with `drain()`). */
    webhooks: WebhookWorker;
  }
}

export interface AppDeps {
  config: Config;
  /**
   * The open, migrated database, or a holder of it: a read node that follows a replica passes the
   * holder its follower swaps databases in (see db/holder.ts).
   */
  db: Db | DbHolder;
  /** On a read node that follows a replica: its state, for /readyz. */
  replica?: ReplicaStatus;
  /** Where logs go (default stdout); tests pass a stream to read them. */
  logStream?: { write(line: string): void };
  /** The webhook worker's clock, jitter, DNS and start (tests). */
  webhooks?: WorkerOptions;
}

/** Builds the Katalog app on an open, migrated database. Never listens: server.ts does. */
export async function buildApp({ config, db: given, replica, logStream, webhooks }: AppDeps): Promise<FastifyInstance> {
  // Validation errors in plain words ("is required", "must be at most 100"), not Zod's defaults.
  installPlainMessages();
  const db = asHolder(given);
  const version = watchDataVersion(db);
  const health = new DbHealth(db, {
    readonly: config.READ_ONLY,
    intervalMs: config.DB_CHECK_INTERVAL_SECONDS * 1000,
    replica,
  });
  const repo = new Repository(db, config.CURSOR_SECRET, version, { countChunk: config.COUNT_CHUNK_ROWS });
  const cache = new ResponseCache(config, {
    version: () => repo.dataVersion(),
    lastModified: () => repo.lastModified(),
  });
  const front: Front = {
    cache,
    limits: new RateStore(100_000, config.RATE_LIMIT_IPV6_PREFIX),
    forwarded: forwarded(config.TRUST_PROXY),
    closing: false,
    db,
  };
  const app = Fastify({
    logger: logStream ? { level: config.LOG_LEVEL, stream: logStream } : { level: config.LOG_LEVEL },
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    genReqId: (req) => requestId(req.headers['x-request-id']),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 256 * 1024,
    trustProxy: config.TRUST_PROXY,
    // Connections (README, Configuration): a client has REQUEST_TIMEOUT to send a whole request and
    // HEADERS_TIMEOUT for its headers (then 408 problem+json and the socket closes: a slow drip holds
    // nothing for long); idle keep-alive sockets close after KEEP_ALIVE_TIMEOUT; a socket carries at
    // most MAX_REQUESTS_PER_SOCKET requests. Node checks the timeouts every `connectionsCheckingInterval`.
    requestTimeout: config.REQUEST_TIMEOUT,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT,
    maxRequestsPerSocket: config.MAX_REQUESTS_PER_SOCKET,
    http: {
      requestTimeout: config.REQUEST_TIMEOUT,
      headersTimeout: config.HEADERS_TIMEOUT,
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, config.HEADERS_TIMEOUT / 4)),
      // Node would answer an HTTP/1.1 request without Host with a bare 400 of its own; the policies
      // answer it with a problem instead (RFC 9112 §3.2 still holds: it is a 400).
      requireHostHeader: false,
    },
    frameworkErrors: frameworkErrors(config, front.limits, (raw) => front.forwarded.address(raw)),
    clientErrorHandler: clientErrorHandler(config),
    serverFactory: frontServer(front),
    rewriteUrl: (req) => originForm(req),
  });
  if (config.CURSOR_SECRET === DEFAULT_CURSOR_SECRET)
    app.log.warn(
      'CURSOR_SECRET is the built-in key, which is public: anyone can make cursors this server accepts (they start a page anywhere, never past a filter). Set a long random CURSOR_SECRET, the same on every node.',
    );
  // First of the onRoute hooks: every route gets hook lists of its own before any plugin adds to them.
  app.addHook('onRoute', ownHookLists);
  const methods = new Methods(config.READ_ONLY);
  methods.learn(app);
  // Past MAX_CONNECTIONS, Node closes new sockets at once: file descriptors stay available for the
  // connections already open (and the database), however many a client opens.
  app.server.maxConnections = config.MAX_CONNECTIONS;
  // Every header field is read: Node's default keeps the first 1000 and drops the rest without a word, so a failing
  // If-None-Match or a second Authorization after 1000 short fields was never seen (hostile 20 H20-10). The 16 KB limit
  // on the head (431) bounds how many a request can send.
  app.server.maxHeadersCount = 0;
  app.server.on('connect', refuseConnect.bind(app));
  app.server.on('checkExpectation', passExpectation);
  let lastDropLog = 0;
  app.server.on('drop', (data) => {
    const now = Date.now();
    if (now - lastDropLog < 10_000) return;
    lastDropLog = now;
    app.log.warn(
      { remote: data?.remoteAddress, max: config.MAX_CONNECTIONS },
      'connection limit reached: closing new connections',
    );
  });
  front.log = app.log as Front['log'];
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializerCompiler);
  app.addHook('preClose', async () => {
    front.closing = true;
  });
  app.addHook('onClose', async () => {
    version.stop();
    health.stop();
    repo.close();
  });
  app.decorate('dbHealth', health);
  // Hooks run in registration order: policies (CORS, security headers, rate limit) first, so the
  // cache stores what they set and the front path replays it on hits; the cache compresses what it
  // stores, compress handles the rest; the routes come last. Each plugin declares the plugins it
  // needs before it (fastify-plugin `dependencies`): registered out of order, start-up fails.
  await app.register(errorsPlugin, { methods });
  // An empty parameter (`?price_lte=`) would otherwise read as 0 or "", a number as `Number()` reads
  // it (`0x10`, ` 7`), a scalar given twice as a type error: each is a 400 naming the parameter.
  app.addHook('preValidation', checkQueryShape);
  // A body nested too deep, or with a member its route does not take, is a 400 before the body schema runs, on every
  // route with a body (hostile 16 H16-3).
  app.addHook('preValidation', checkBodyShape);
  // A /v1 GET route that declares no query parameters refuses any (`?bogus=1`), like every other.
  app.addHook('onRoute', strictQueryByDefault);
  // Bodies are JSON (and merge patches): Fastify's default text/plain parser would hand a string to
  // the body schema, a confusing 400; without it, any other media type is a 415.
  app.removeContentTypeParser('text/plain');
  await app.register(policiesPlugin, { config, limits: front.limits, methods });
  // Before the cache: it stores the Deprecation, Sunset and Link headers with the response.
  const deprecations = new Deprecations();
  await app.register(deprecationPlugin, { deprecations, base: config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? '' });
  await app.register(cachePlugin, { cache });
  await app.register(compressPlugin);
  await app.register(docsPlugin, { config });

  // One key verifier for every route that needs a key.
  const verifier = new KeyVerifier(db, {
    maxAttempts: config.AUTH_ATTEMPT_MAX,
    windowMs: () => front.limits.limit.timeWindow,
    clientKey: (address) => clientKey(address, config.RATE_LIMIT_IPV6_PREFIX),
  });
  await app.register(authPlugin, { verifier });

  await app.register(datasetRoutes, { repo, config, health });
  await app.register(searchRoutes, { db, repo, config });
  await app.register(changeRoutes, { db, config });
  await app.register(lifecycleRoutes, { deprecations });
  await app.register(costComparisonRoutes, { repo, config });
  await app.register(formatFitCheckRoutes, { repo });
  const writer = new Writer(db, repo, health);
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', 'application/merge-patch+json'], { parseAs: 'buffer' }, parseJsonBody);
  // Each collection's reads then its writes (the order of the paths in the spec).
  for (const resource of resources) {
    await app.register(collectionReadRoutes, { resource, repo, config });
    await app.register(collectionWriteRoutes, { resource, writer, config });
  }
  // Webhooks: delivered from the change feed by a worker in the primary process, started when the
  // server listens and stopped when it closes; never on a read-only node.
  const store = new WebhookStore(db.current);
  const worker = new WebhookWorker(store, config, app.log, health, webhooks);
  app.decorate('webhooks', worker);
  await app.register(webhookRoutes, { config, store, worker });
  if (!config.READ_ONLY && worker.autoStart) app.addHook('onListen', async () => worker.start());
  app.addHook('onClose', async () => worker.stop());
  return app;
}
