import proxyAddr from '@fastify/proxy-addr';
import { z } from 'zod';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Every setting, read from environment variables once at start-up and passed in. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_PATH: z.string().min(1).default('./data/katalog.db'),
  SEED_ON_START: bool.default(true),
  READ_ONLY: bool
    .default(false)
    .describe('Open the database read-only (a replica serving a snapshot); writes answer 405.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: z
    .url()
    .optional()
    .describe('Absolute base URL used in links and JSON-LD ids; links are relative when unset.'),
  CURSOR_SECRET: z.string().min(16).default('katalog-default-cursor-secret-v1'),
  CORS_ORIGINS: list.default(['*']),
  RESPONSE_CACHE: bool.default(true),
  CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(300),
  CACHE_STALE_WHILE_REVALIDATE: z.coerce.number().int().min(0).default(86400),
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
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_WINDOW: z.string().min(1).default('1 minute'),
  WRITE_RATE_LIMIT_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .default(120)
    .describe('Writes per API key per RATE_LIMIT_WINDOW, across every write route.'),
  DB_CHECK_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(60)
    .describe(
      'Seconds between two `PRAGMA quick_check` runs of the database file (in a worker thread); /readyz reports the last result.',
    ),
  AUTH_ATTEMPT_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(10)
    .describe(
      'API key verifications that fail (or are not yet known good) allowed per client address and per key id per RATE_LIMIT_WINDOW; past it, 429 without any hashing.',
    ),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = ConfigSchema.safeParse(known);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Config for tests and tools: defaults, overridden by what is given. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', DATABASE_PATH: ':memory:', RATE_LIMIT_MAX: '1000000', ...overrides });
}
