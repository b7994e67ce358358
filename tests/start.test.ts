import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as an operator runs it: it builds only when the sources changed, and the node process
 * receives signals itself (no shell left in between), so SIGTERM to `npm start` stops the server
 * gracefully, frees the port and leaves no process behind.
 */

const dir = mkdtempSync(join(tmpdir(), 'katalog-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, ms: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return Date.now() - start;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function startOnce(port: number) {
  const child = spawn('npm', ['start'], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'k.db'), LOG_LEVEL: 'warn' },
    detached: true, // its own process group: after it stops, the group must be empty
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const ms = await waitFor(`http://127.0.0.1:${port}/healthz`, child, 240_000);
    return { child, exited, ms, output: () => output };
  } catch (err) {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {}
    throw new Error(`${(err as Error).message}\n${output}`);
  }
}

describe('npm start', () => {
  it('serves, and SIGTERM to npm stops it gracefully, frees the port and leaves no process', async () => {
    const port = await freePort();
    // First start: may build (only if the sources changed), creates, migrates and seeds the database.
    const first = await startOnce(port);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(groupAlive(first.child.pid as number)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    // Second start on the existing database: no build, no seeding. (Timing is printed, not asserted.)
    const second = await startOnce(port);
    console.log(`npm start on an existing database answered /healthz after ${second.ms} ms`);
    expect(second.output()).not.toMatch(/building dist/);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(groupAlive(second.child.pid as number)).toBe(false);
  }, 600_000);
});
