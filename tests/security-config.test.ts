/**
 * Configuration that would break every request, or that is hostile, stops the server at start-up
 * with one line naming the variable and exit code 1 (issue 14, item 5): no 500s later, no hang, no
 * stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'katalog-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rejects(env: Record<string, string>, name: string, message: RegExp) {
  let error: unknown;
  try {
    loadConfig(env);
  } catch (err) {
    error = err;
  }
  expect(error, `${JSON.stringify(env)} was accepted`).toBeInstanceOf(ConfigError);
  const text = (error as Error).message;
  expect(text).toContain(`${name}=`);
  expect(text).toMatch(message);
}

describe('durations', () => {
  it.each([
    ['garbage', /expected a duration/],
    ['0', /must be from 1 s/],
    ['-5 minutes', /expected a duration/],
    ['5 fortnights', /expected a duration/],
    ['1e400', /expected a duration/],
    ['999', /must be from 1 s/],
    ['2 days', /to 24 h/],
  ])('RATE_LIMIT_WINDOW=%s is rejected', (value, message) =>
    rejects({ RATE_LIMIT_WINDOW: value }, 'RATE_LIMIT_WINDOW', message),
  );

  it('reads milliseconds and number-unit pairs', () => {
    expect(loadConfig({}).RATE_LIMIT_WINDOW).toBe(60_000);
    expect(loadConfig({ RATE_LIMIT_WINDOW: '1 minute' }).RATE_LIMIT_WINDOW).toBe(60_000);
    expect(loadConfig({ RATE_LIMIT_WINDOW: '30 seconds' }).RATE_LIMIT_WINDOW).toBe(30_000);
    expect(loadConfig({ RATE_LIMIT_WINDOW: '90000' }).RATE_LIMIT_WINDOW).toBe(90_000);
    expect(loadConfig({ RATE_LIMIT_WINDOW: '1.5h' }).RATE_LIMIT_WINDOW).toBe(5_400_000);
    expect(loadConfig({ REQUEST_TIMEOUT: '2 minutes', HEADERS_TIMEOUT: '5s' })).toMatchObject({
      REQUEST_TIMEOUT: 120_000,
      HEADERS_TIMEOUT: 5_000,
    });
  });

  it.each(['REQUEST_TIMEOUT', 'HEADERS_TIMEOUT', 'KEEP_ALIVE_TIMEOUT'])(
    '%s rejects garbage, 0 and negatives',
    (name) => {
      for (const value of ['soon', '0', '-1', '-5 seconds', '1 week'])
        rejects({ [name]: value }, name, /duration|must be/);
    },
  );

  it('HEADERS_TIMEOUT may not exceed REQUEST_TIMEOUT; unset, it follows a shorter REQUEST_TIMEOUT', () => {
    rejects({ REQUEST_TIMEOUT: '10s', HEADERS_TIMEOUT: '20s' }, 'HEADERS_TIMEOUT', /REQUEST_TIMEOUT/);
    expect(loadConfig({ REQUEST_TIMEOUT: '5s' }).HEADERS_TIMEOUT).toBe(5_000);
    expect(loadConfig({}).HEADERS_TIMEOUT).toBe(10_000);
  });
});

describe('numbers', () => {
  it.each([
    ['PORT', '65536'],
    ['PORT', '1e3'],
    ['PORT', '0x50'],
    ['RATE_LIMIT_MAX', '0'],
    ['RATE_LIMIT_MAX', '-1'],
    ['RATE_LIMIT_MAX', '10.5'],
    ['WRITE_RATE_LIMIT_MAX', 'Infinity'],
    ['CACHE_MAX_AGE', '99999999999'],
    ['CACHE_MAX_BYTES', '-1'],
    ['MAX_CONNECTIONS', '0'],
    ['MAX_REQUESTS_PER_SOCKET', 'lots'],
  ])('%s=%s is rejected', (name, value) => rejects({ [name]: value }, name, /whole number|must be/));
});

describe('URLs and origins', () => {
  it.each([
    ['javascript:alert(1)', /http:\/\/ or https:\/\//],
    ['data:text/html,<script>x</script>', /http:\/\/ or https:\/\//],
    ['ftp://files.example', /http:\/\/ or https:\/\//],
    ['//katalog.example', /http:\/\/ or https:\/\//],
    ['/relative/path', /http:\/\/ or https:\/\//],
    ['https://katalog.example/?x=1', /query or fragment/],
    ['https://katalog.example/#top', /query or fragment/],
    ['https://user:pw@katalog.example', /credentials/],
  ])('PUBLIC_BASE_URL=%s is rejected', (value, message) =>
    rejects({ PUBLIC_BASE_URL: value }, 'PUBLIC_BASE_URL', message),
  );

  it('keeps an http(s) base without its trailing slash', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://katalog.example/' }).PUBLIC_BASE_URL).toBe('https://katalog.example');
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://10.0.0.5:8080/api/' }).PUBLIC_BASE_URL).toBe(
      'http://10.0.0.5:8080/api',
    );
  });

  it.each(['javascript:alert(1)', 'https://a.example/path', 'null', 'a.example'])(
    'CORS_ORIGINS=%s is rejected',
    (value) => rejects({ CORS_ORIGINS: value }, 'CORS_ORIGINS', /origin/),
  );

  it('HOST must be an address or a host name', () =>
    rejects({ HOST: 'bad host!' }, 'HOST', /IP address or a host name/));
});

describe('DATABASE_PATH', () => {
  it.each([
    ['/proc/self/katalog.db', /under \/proc/],
    ['/proc/1/deeper/still/katalog.db', /under \/proc/],
    ['/sys/katalog.db', /under \/sys/],
    ['/dev/null', /under \/dev/],
    ['/dev/shm/../katalog.db', /under \/dev/],
  ])('%s is rejected', (path, message) => rejects({ DATABASE_PATH: path }, 'DATABASE_PATH', message));

  it('rejects a directory, a path through a file, and a missing file for a read-only replica', () => {
    rejects({ DATABASE_PATH: dir }, 'DATABASE_PATH', /is a directory/);
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'not a folder');
    rejects({ DATABASE_PATH: join(file, 'k.db') }, 'DATABASE_PATH', /folder on this path is a file|not a directory/);
    rejects({ DATABASE_PATH: join(dir, 'missing.db'), READ_ONLY: 'true' }, 'DATABASE_PATH', /does not exist/);
  });

  it('accepts a new file in a new folder under a writable one', () => {
    expect(loadConfig({ DATABASE_PATH: join(dir, 'new', 'deeper', 'k.db') }).DATABASE_PATH).toContain('k.db');
  });
});

/** Starts the real server with this environment; resolves with its exit code and output. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server.ts'],
      { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

describe('the server refuses to start, in one line', () => {
  it.each([
    [{ RATE_LIMIT_WINDOW: 'garbage' }, /^Invalid configuration:\n {2}RATE_LIMIT_WINDOW="garbage": expected a duration/],
    [{ RATE_LIMIT_WINDOW: '-5 minutes' }, /RATE_LIMIT_WINDOW="-5 minutes"/],
    [{ PUBLIC_BASE_URL: 'javascript:alert(1)' }, /PUBLIC_BASE_URL="javascript:alert\(1\)"/],
    [{ DATABASE_PATH: '/proc/self/fd/katalog.db' }, /DATABASE_PATH="\/proc\/self\/fd\/katalog.db": .* under \/proc/],
  ])('%j: exit code 1 and a message naming the variable', async (env, message) => {
    const { code, stderr } = await start(env);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a file that is not a database: one line saying so, no stack trace', async () => {
    const file = join(dir, 'not-a-database.db');
    writeFileSync(file, 'x'.repeat(4096));
    const { code, stderr } = await start({ DATABASE_PATH: file });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Katalog could not start: .*not a database/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
