import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU the server spent per request (user + system, µs), from /proc. */
  serverUs?: number;
  /** CPU the load generator (autocannon, this process) spent per request (µs). */
  clientUs?: number;
  /** Bytes per response, headers included. */
  bytes?: number;
  /** Measured in rounds, each next to a baseline run: the median of the per-round ratios. */
  ratio?: number;
  p99Ratio?: number;
  rounds?: number;
}

/** CPU time a process has used so far (µs), or undefined where /proc is missing. */
function cpuUs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

export interface Server {
  url: string;
  /** Milliseconds from spawn to the first successful probe. */
  startMs: number;
  proc: ChildProcess;
  stop: () => Promise<void>;
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Where the machine allows (Linux `taskset`, 2 cores or more), servers run on core 0 and this
 * process, which is the load generator (autocannon runs in it), on the other cores: so the load
 * generator and the server under test never take turns on one core. Set by `pinCores()`.
 */
let serverCores: string | undefined;

/** Pins this process (every thread) to cores 1.., and servers started later to core 0; returns a description. */
export function pinCores(): string {
  const cores = availableParallelism();
  if (process.platform !== 'linux' || cores < 2) return `not pinned (${cores} core(s))`;
  try {
    const rest = cores === 2 ? '1' : `1-${cores - 1}`;
    execFileSync('taskset', ['-a', '-cp', rest, String(process.pid)], { stdio: 'ignore' });
    serverCores = '0';
    return `servers pinned to core 0, load generator (this process) to core(s) ${rest}`;
  } catch {
    return 'not pinned (taskset not available)';
  }
}

const children = new Set<ChildProcess>();
// Never leave a server behind, whatever happens to the run.
for (const signal of ['exit', 'SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const c of children) c.kill('SIGKILL');
    if (signal !== 'exit') process.exit(1);
  });
}

/**
 * Starts a server script as a child process on a free port and waits until it answers. `command`
 * runs something else instead (a peer server): `{port}` in its arguments is replaced by the port.
 */
export async function startServer(
  script: string,
  env: Record<string, string> = {},
  probe = '/',
  command?: string[],
): Promise<Server> {
  // A port nothing listens on now: never collide with a server left over from another run.
  const port = await freePort();
  const argv = command
    ? command.map((a) => a.replace('{port}', String(port)))
    : [process.execPath, '--import', 'tsx', script];
  // taskset execs the command: the child's pid is the server's (its CPU is read from /proc).
  const [file, ...args] = (serverCores ? ['taskset', '-c', serverCores, ...argv] : argv) as [string, ...string[]];
  const proc = spawn(file, args, {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  const url = `http://127.0.0.1:${port}`;
  const spawned = performance.now();
  let ready = false;
  for (let i = 0; i < 6000 && !ready; i++) {
    try {
      ready = (await fetch(`${url}${probe}`)).ok;
    } catch {}
    if (!ready) await sleep(20);
  }
  if (!ready) throw new Error(`${script} did not become ready on port ${port}`);
  return {
    url,
    startMs: performance.now() - spawned,
    proc,
    stop: async () => {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
    },
  };
}

/** Runs autocannon against a URL (or a rotating list of paths) and returns the figures. */
export async function measure(
  name: string,
  base: string,
  paths: string[] | ((i: number) => string),
  opts: {
    duration?: number;
    headers?: Record<string, string>;
    connections?: number;
    expect?: number;
    method?: 'GET' | 'POST';
    body?: (i: number) => string;
    /** The server's process id, to measure its CPU per request. */
    pid?: number;
  } = {},
): Promise<Measured> {
  let i = 0;
  const server0 = cpuUs(opts.pid);
  const client0 = process.cpuUsage();
  const result = await autocannon({
    url: base,
    connections: opts.connections ?? 10,
    duration: opts.duration ?? 5,
    headers: opts.headers,
    requests: [
      {
        setupRequest: (req) => {
          const n = i++;
          req.path = typeof paths === 'function' ? paths(n) : (paths[n % paths.length] as string);
          if (opts.method) req.method = opts.method;
          if (opts.body) req.body = opts.body(n);
          return req;
        },
      },
    ],
  });
  const server1 = cpuUs(opts.pid);
  const client = process.cpuUsage(client0);
  const n = Math.max(1, result.requests.total);
  return {
    name,
    serverUs: server0 !== undefined && server1 !== undefined ? (server1 - server0) / n : undefined,
    clientUs: (client.user + client.system) / n,
    bytes: result.throughput.total / n,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    // Responses other than the expected status (200, or 304 for revalidation).
    non2xx: opts.expect === 304 ? result.requests.total - (result.statusCodeStats?.['304']?.count ?? 0) : result.non2xx,
  };
}

/** autocannon reports whole milliseconds: under 1 ms counts as 1 ms on both sides. */
export const p99Ratio = (r: Measured, baseline: Measured) => Math.max(r.p99, 1) / Math.max(baseline.p99, 1);

const fixed = (x: number | undefined, digits = 0) => (x === undefined ? '' : x.toFixed(digits));

export function table(rows: Measured[], baseline: Measured): string {
  const head =
    '| scenario | req/s | p50 ms | p99 ms | req/s vs bare | p99 vs bare | server µs/req | autocannon µs/req | bytes/resp | non-2xx/errors |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map((r) => {
    const ratio = r.ratio ?? r.rps / baseline.rps;
    const p99 = r.p99Ratio ?? p99Ratio(r, baseline);
    const paired = r.rounds ? ` (median of ${r.rounds} paired rounds)` : '';
    return `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${ratio.toFixed(2)}x${paired} | ${p99.toFixed(2)}x | ${fixed(r.serverUs, 1)} | ${fixed(r.clientUs, 1)} | ${fixed(r.bytes)} | ${r.non2xx + r.errors} |`;
  });
  return [head, sep, ...lines].join('\n');
}
