import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';
import { z } from 'zod';
import { corsOrigin, databasePathProblem, duration, httpBaseUrl, replicaUrl, wholeNumber } from './config-values.js';
import { litestreamProblem } from './db/litestream.js';
import { COUNT_CHUNK } from './query/chunked-counts.js';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Every setting, read from environment variables once at start-up and passed in. */
/**
 * The cursor key a server uses when CURSOR_SECRET is not set: it is in the public source, so anyone can make cursors
 * such a server accepts (a cursor only says where a page starts; it never reads past a filter). A warning is logged at
 * start-up while it is in use (hostile 19 H19-6).
 */
export const DEFAULT_CURSOR_SECRET = 'katalog-default-cursor-secret-v1';

export const ConfigSchema = z.object({
  PORT: wholeNumber(0, 65535).default(3000),
  HOST: z
    .string()
    .refine((v) => isIP(v) !== 0 || HOSTNAME.test(v), 'expected an IP address or a host name to listen on')
    .default('0.0.0.0'),
  DATABASE_PATH: z
    .string()
    .min(1)
    .default('./data/katalog.db')
    .describe('The SQLite file; checked at start-up (see databasePathProblem), never under /proc, /sys or /dev.'),
  SEED_ON_START: bool.default(true),
  READ_ONLY: bool
    .default(false)
    .describe(
      'Open the database read-only (a read node serving a snapshot, or following REPLICA_URL); writes answer 405.',
    ),
  REPLICA_URL: replicaUrl
    .optional()
    .describe(
      "Where Litestream keeps the replica of the primary's database (file:///abs/path, s3://bucket/path, gcs://, abs://, sftp://). On the primary (run under `litestream replicate -config deploy/litestream.yml`, which reads it too), Katalog leaves WAL checkpoints to Litestream (wal_autocheckpoint = 0). On a read node (READ_ONLY=true), the node restores the database from it at start into DATABASE_PATH and follows it: every REPLICA_POLL_INTERVAL it checks the replica, restores it into a new file when it moved and swaps the open database when the data changed, without a restart.",
    ),
  REPLICA_POLL_INTERVAL: duration(100, 10 * MINUTE)
    .default(5 * SECOND)
    .describe(
      'Read nodes: how often the replica is checked (one `litestream wal` listing; a restore only when it moved). Replication lag is about 1 s (Litestream ships the WAL every second) plus this.',
    ),
  REPLICA_MAX_AGE: duration(SECOND, 24 * 60 * MINUTE)
    .default(MINUTE)
    .describe(
      "Read nodes: /readyz fails (503) when the node last confirmed that it serves the replica's latest data longer ago than this (the replica unreachable, restores failing). Also how long a read node waits for a first restore at start-up.",
    ),
  LITESTREAM_PATH: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The litestream binary read nodes run (restore, wal). Unset: the one the pinned optional npm package @flydotio/litestream-linux-x64 installs (Linux x64 only; elsewhere install Litestream 0.3.13 and set this).',
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: httpBaseUrl
    .optional()
    .describe('Absolute base URL used in links and JSON-LD ids; links are relative when unset.'),
  CURSOR_SECRET: z.string().min(16).max(1024).default(DEFAULT_CURSOR_SECRET),
  CORS_ORIGINS: list.pipe(z.array(corsOrigin).min(1, 'expected * or at least one origin')).default(['*']),
  RESPONSE_CACHE: bool.default(true),
  CACHE_MAX_BYTES: wholeNumber(0, 2 ** 40).default(64 * 1024 * 1024),
  CACHE_MAX_AGE: wholeNumber(0, 31_536_000).default(300),
  CACHE_STALE_WHILE_REVALIDATE: wholeNumber(0, 31_536_000).default(86400),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx): boolean | string[] => {
      if (v === undefined || v === 'false') return false;
      if (v === 'true') return true;
      const entries = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      try {
        proxyAddr.compile(entries);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
      return entries;
    })
    .describe(
      'The proxies in front of Katalog whose X-Forwarded-For, -Host and -Proto are believed: "true" (any peer) or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal. Unset, the client is the socket peer (rate limits count per peer address).',
    ),
  RATE_LIMIT_MAX: wholeNumber(1, 1_000_000_000).default(600),
  RATE_LIMIT_WINDOW: duration(SECOND, 24 * 60 * MINUTE)
    .default(MINUTE)
    .describe('The rate-limit window, in milliseconds once parsed ("1 minute", "30 seconds", "60000").'),
  RATE_LIMIT_IPV6_PREFIX: wholeNumber(32, 128)
    .default(56)
    .describe(
      'Rate limits and failed-key limits count an IPv6 client by its network of this many bits (a host is given a /64 and a site often a /56, which it can use at will); 128 counts each address.',
    ),
  WRITE_RATE_LIMIT_MAX: wholeNumber(1, 1_000_000_000)
    .default(120)
    .describe('Writes per API key per RATE_LIMIT_WINDOW, across every write route.'),
  REQUEST_TIMEOUT: duration(SECOND, 10 * MINUTE)
    .default(30 * SECOND)
    .describe('Time a client has to send a whole request (headers and body); then 408 and the connection closes.'),
  HEADERS_TIMEOUT: duration(SECOND, 10 * MINUTE)
    .default(10 * SECOND)
    .describe(
      'Time a client has to send the request headers; at most REQUEST_TIMEOUT (unset: 10 s, or REQUEST_TIMEOUT if shorter).',
    ),
  KEEP_ALIVE_TIMEOUT: duration(SECOND, 10 * MINUTE)
    .default(72 * SECOND)
    .describe('How long an idle keep-alive connection stays open (above the idle timeout of a load balancer).'),
  MAX_CONNECTIONS: wholeNumber(1, 1_000_000)
    .default(4096)
    .describe('Open connections at most; more are closed at once (keep it below the file descriptor limit).'),
  MAX_REQUESTS_PER_SOCKET: wholeNumber(0, 1_000_000)
    .default(0)
    .describe(
      'Requests one keep-alive connection may carry before it is closed (0: no limit, the default: Node answers requests pipelined past the limit with a bare 503, so a limit is for deployments that want long-lived clients spread across replicas).',
    ),
  COUNT_CHUNK_ROWS: wholeNumber(1, 10_000_000)
    .default(COUNT_CHUNK)
    .describe(
      "Rows per slice of a cold list total or facet count on a table larger than this: the count is summed over rowid ranges of this many rows, one per turn of the event loop, on one read snapshot (src/query/chunked-counts.ts); tables up to this size are counted in one statement. Smaller slices keep other requests' waits shorter and cost more in all.",
    ),
  DB_CHECK_INTERVAL_SECONDS: wholeNumber(1, 86_400)
    .default(60)
    .describe(
      'Seconds between two `PRAGMA quick_check` runs of the database file (in a worker thread); /readyz reports the last result.',
    ),
  AUTH_ATTEMPT_MAX: wholeNumber(1, 10_000)
    .default(10)
    .describe(
      'API key verifications that fail (or are not yet known good) allowed per client address and per key id per RATE_LIMIT_WINDOW; past it, 429 without any hashing.',
    ),
  WEBHOOK_ALLOW_HTTP: bool
    .default(false)
    .describe('Accept http:// webhook URLs (local development, tests); otherwise https only.'),
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: bool
    .default(false)
    .describe(
      'Deliver webhooks to private, loopback, link-local and other non-public addresses (tests, a private network). Off: refused at registration and, after DNS resolution, at every delivery.',
    ),
  WEBHOOK_TIMEOUT: duration(100, MINUTE)
    .default(10 * SECOND)
    .describe('Time a webhook receiver has to answer a delivery (connect, headers and body); then the attempt fails.'),
  WEBHOOK_MAX_ATTEMPTS: wholeNumber(1, 100)
    .default(15)
    .describe('Attempts of one delivery before it is given up (the owner can still redeliver it).'),
  WEBHOOK_RETRY_BASE: duration(100, HOUR)
    .default(10 * SECOND)
    .describe('The first retry delay; each further retry doubles it (with jitter) up to WEBHOOK_RETRY_MAX.'),
  WEBHOOK_RETRY_MAX: duration(SECOND, 7 * DAY)
    .default(6 * HOUR)
    .describe('The longest delay between two attempts (at least WEBHOOK_RETRY_BASE).'),
  WEBHOOK_DISABLE_AFTER: wholeNumber(1, 10_000)
    .default(15)
    .describe(
      'Failed attempts in a row (no success between) after which an endpoint is disabled until its owner re-enables it.',
    ),
  WEBHOOK_CONCURRENCY: wholeNumber(1, 256)
    .default(8)
    .describe('Webhook requests in flight at most, in all (half of them, at least one, to one endpoint).'),
  WEBHOOK_POLL_INTERVAL: duration(10, MINUTE)
    .default(SECOND)
    .describe('How often the delivery worker looks for new change-feed events and due retries.'),
  WEBHOOK_LOG_RETENTION: duration(HOUR, 365 * DAY)
    .default(30 * DAY)
    .describe('How long delivered and given-up deliveries stay in the delivery log.'),
  WEBHOOK_MAX_ENDPOINTS: wholeNumber(1, 1000).default(10).describe('Webhook endpoints one API key may register.'),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = ConfigSchema.safeParse(known);
  const issues: Array<{ name: string; message: string }> = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ name: String(i.path[0]), message: i.message }));
  if (parsed.success) {
    // Rules that tie two settings together, or need the file system.
    const c = parsed.data;
    // Unset, the headers timeout is 10 s or the request timeout if that is shorter.
    if (known.HEADERS_TIMEOUT === undefined) c.HEADERS_TIMEOUT = Math.min(c.HEADERS_TIMEOUT, c.REQUEST_TIMEOUT);
    if (c.HEADERS_TIMEOUT > c.REQUEST_TIMEOUT)
      issues.push({ name: 'HEADERS_TIMEOUT', message: 'must not be longer than REQUEST_TIMEOUT' });
    if (c.WEBHOOK_RETRY_MAX < c.WEBHOOK_RETRY_BASE)
      issues.push({ name: 'WEBHOOK_RETRY_MAX', message: 'must not be shorter than WEBHOOK_RETRY_BASE' });
    // A read node that follows a replica writes its restored copy at DATABASE_PATH: it need not exist yet.
    const follows = c.READ_ONLY && c.REPLICA_URL !== undefined;
    const db = databasePathProblem(c.DATABASE_PATH, c.READ_ONLY && !follows);
    if (db) issues.push({ name: 'DATABASE_PATH', message: db });
    if (follows) {
      if (c.DATABASE_PATH === ':memory:')
        issues.push({ name: 'DATABASE_PATH', message: 'a read node following REPLICA_URL needs a file path' });
      if (c.REPLICA_MAX_AGE <= c.REPLICA_POLL_INTERVAL)
        issues.push({ name: 'REPLICA_MAX_AGE', message: 'must be longer than REPLICA_POLL_INTERVAL' });
      const binary = litestreamProblem(c.LITESTREAM_PATH);
      if (binary) issues.push({ name: 'LITESTREAM_PATH', message: binary });
    }
    if (!issues.length) return c;
  }
  const shown = (name: string) =>
    env[name] === undefined ? `${name} (default)` : `${name}=${JSON.stringify(env[name])}`;
  const lines = issues.map((i) => `  ${shown(i.name)}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Config for tests and tools: defaults, overridden by what is given. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', DATABASE_PATH: ':memory:', RATE_LIMIT_MAX: '1000000', ...overrides });
}
