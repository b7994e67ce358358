import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { z } from 'zod';

/**
 * The kinds of value a setting can hold, each parsed strictly: a bad value is a start-up error that
 * names the variable (see config.ts), never something that starts and then fails every request.
 */

/** A whole number in [min, max], written in decimal digits only ("1e3", "0x10", "12abc" and "" are errors). */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const UNIT_MS: Record<string, number> = {
  ms: 1,
  millisecond: 1,
  milliseconds: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
};

/** Milliseconds from "60000" (ms), "30 seconds", "1 minute", "1.5h"...; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit === '' ? 1 : UNIT_MS[unit];
  if (factor === undefined) return undefined;
  return Math.round(Number(m[1]) * factor);
}

const human = (ms: number) =>
  ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;

/** A duration in milliseconds within [min, max]: a number of ms, or a number and a unit. */
export const duration = (minMs: number, maxMs: number) =>
  z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'expected a duration: milliseconds ("30000") or a number and a unit ("30 seconds", "1 minute")',
      });
      return z.NEVER;
    }
    if (ms < minMs || ms > maxMs) {
      ctx.addIssue({ code: 'custom', message: `must be from ${human(minMs)} to ${human(maxMs)}` });
      return z.NEVER;
    }
    return ms;
  });

/**
 * An absolute http(s) URL with a host and no query, fragment or credentials, kept without its
 * trailing slash: what links and JSON-LD ids are built from.
 */
export const httpBaseUrl = z.string().transform((text, ctx) => {
  let url: URL | undefined;
  try {
    url = /^https?:\/\//i.test(text) ? new URL(text) : undefined;
  } catch {
    url = undefined;
  }
  const problem = !url
    ? 'expected an absolute http:// or https:// URL'
    : !url.hostname
      ? 'the URL has no host'
      : url.username || url.password
        ? 'the URL must not hold credentials'
        : url.search || url.hash || /[?#]/.test(text)
          ? 'the URL must not have a query or fragment'
          : undefined;
  if (problem || !url) {
    ctx.addIssue({ code: 'custom', message: problem ?? 'invalid URL' });
    return z.NEVER;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
});

/**
 * A CORS origin: `*`, or scheme://host[:port], kept as browsers send it in `Origin` (the URL parser's serialization:
 * host lower-cased, a default port dropped), since it is compared with that exactly: `https://App.example:443`
 * is `https://app.example` (hostile 16 H16-2's class: a URL kept as written, used as parsed).
 */
export const corsOrigin = z
  .string()
  .regex(
    /^(\*|https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?|https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?)$/,
    'expected * or an origin such as https://app.example (scheme, host and optional port; no path)',
  )
  .transform((text, ctx) => {
    if (text === '*') return text;
    try {
      return new URL(text).origin;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a valid origin (its host or port)' });
      return z.NEVER;
    }
  });

/** Where the kernel keeps pseudo-files: never a database. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];
const underDir = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);

/**
 * Why a database path cannot work, or undefined when it can: not under /proc, /sys or /dev, not a
 * directory, and (to create it) the nearest existing parent is a writable directory; read-only
 * replicas need a readable file that exists. Checked before anything is opened or created.
 */
export function databasePathProblem(path: string, readonly: boolean): string | undefined {
  if (path === ':memory:') return undefined;
  if (path.includes('\0')) return 'the path holds a NUL character';
  const abs = resolve(path);
  const system = SYSTEM_DIRS.find((d) => underDir(abs, d));
  if (system) return `${abs} is under ${system}, which holds no regular files`;
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return `${abs}: a folder on this path is a file`;
    if (code !== 'ENOENT') return `cannot read ${abs}: ${(err as Error).message}`;
  }
  if (stat) {
    const real = SYSTEM_DIRS.find((d) => underDir(realpathSync(abs), d));
    if (real) return `${abs} resolves to a path under ${real}, which holds no regular files`;
    if (stat.isDirectory()) return `${abs} is a directory; give the path of a database file`;
    if (!stat.isFile()) return `${abs} is not a regular file`;
    try {
      accessSync(abs, readonly ? constants.R_OK : constants.R_OK | constants.W_OK);
    } catch {
      return `${abs} is not ${readonly ? 'readable' : 'readable and writable'} by this process`;
    }
    if (readonly) return undefined;
  } else if (readonly) {
    return `${abs} does not exist (READ_ONLY serves an existing snapshot)`;
  }
  // The file or its folders will be made: the nearest existing ancestor must be a writable folder.
  let dir = dirname(abs);
  for (;;) {
    let s: ReturnType<typeof statSync> | undefined;
    try {
      s = statSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return `cannot read ${dir}: ${(err as Error).message}`;
    }
    if (s) {
      if (!s.isDirectory()) return `${dir} is not a directory`;
      const system = SYSTEM_DIRS.find((d) => underDir(realpathSync(dir), d));
      if (system) return `${abs} resolves to a path under ${system}, which holds no regular files`;
      try {
        accessSync(dir, constants.W_OK | constants.X_OK);
      } catch {
        return `cannot create the database: ${dir} is not writable by this process`;
      }
      return undefined;
    }
    const up = dirname(dir);
    if (up === dir) return `no existing folder above ${abs}`;
    dir = up;
  }
}

/** The replica stores Litestream 0.3 reads and writes, by URL scheme. */
const REPLICA_SCHEMES = ['file', 's3', 'gcs', 'abs', 'sftp'];

/**
 * A Litestream replica URL: `file:///absolute/path` (a folder), or `s3://bucket/path` (and gcs://,
 * abs://, sftp://) with a bucket or host. Credentials come from the environment
 * (LITESTREAM_ACCESS_KEY_ID / LITESTREAM_SECRET_ACCESS_KEY or AWS_*), never from the URL.
 */
export const replicaUrl = z.string().transform((text, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  const scheme = url?.protocol.replace(/:$/, '') ?? '';
  const problem =
    !url || /\s/.test(text)
      ? 'expected a URL such as file:///srv/katalog/replica or s3://bucket/katalog'
      : !REPLICA_SCHEMES.includes(scheme)
        ? `the scheme must be one of ${REPLICA_SCHEMES.map((s) => `${s}://`).join(', ')}`
        : scheme === 'file' && (url.host !== '' || !text.startsWith('file:///'))
          ? 'a file:// URL needs an absolute path: file:///srv/katalog/replica'
          : scheme === 'file' && decodeURIComponent(url.pathname).replace(/\/+$/, '') === ''
            ? 'a file:// URL needs a folder, not /'
            : scheme !== 'file' && !url.host
              ? `an ${scheme}:// URL needs a bucket or host: ${scheme}://bucket/path`
              : url.password || (scheme === 's3' && url.username)
                ? 'the URL must not hold credentials: set LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY'
                : url.search || url.hash
                  ? 'the URL must not have a query or fragment'
                  : undefined;
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return text;
});

/** The local path of a file:// replica URL, or undefined for remote stores. */
export function replicaFolder(url: string): string | undefined {
  return url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname).replace(/\/+$/, '') : undefined;
}
