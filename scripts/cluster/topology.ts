/**
 * The scale-out topology on one machine, on loopback: the primary under Litestream (which ships its
 * WAL to a file replica), two read nodes that restore and follow that replica, and nginx in front
 * (reads cached and spread over the read nodes, writes and the change feed to the primary). Used by
 * `npm run cluster` (scripts/cluster.ts) and tests/cluster.test.ts; deploy/compose.yml describes the
 * same topology for containers.
 *
 * Every process is started in a process group of its own (detached), its output appended to
 * $CLUSTER_DIR/logs/<name>.log; stop() ends them all (SIGTERM, then SIGKILL after a grace period),
 * and if this process exits without stop(), an exit hook kills what is left.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { litestreamBinary, runLitestream } from '../../src/db/litestream.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(ROOT, 'dist', 'src', 'server.js');
const LITESTREAM_CONFIG = join(ROOT, 'deploy', 'litestream.yml');
const NGINX_TEMPLATE = join(ROOT, 'deploy', 'nginx.conf.template');

/**
 * The recovery point deploy/litestream.yml gives: a primary rebuilt from the replica after its disk
 * is lost has every write acknowledged more than this long before the loss. Litestream looks at the
 * WAL every second (monitor-interval) and ships new frames every second (sync-interval): about 2 s in
 * the worst case, with room for a busy machine. docs/deploying.md has the measured figures.
 */
export const RECOVERY_POINT_MS = 5000;

export type Name = 'primary' | 'read-1' | 'read-2' | 'nginx';
const READ_NODES = ['read-1', 'read-2'] as const;

export interface ClusterOptions {
  /** CLUSTER_DIR: every file of the cluster (databases, replica, nginx prefix, logs). */
  dir: string;
  /** CLUSTER_PORT: nginx's port on 127.0.0.1 (0: any free port). */
  port: number;
  /** Settings for every Katalog process, over the environment (RATE_LIMIT_MAX, LOG_LEVEL, ...). */
  env?: Record<string, string>;
  /** How often the read nodes check the replica (REPLICA_POLL_INTERVAL). */
  pollInterval?: string;
  /** Progress lines (the CLI prints them). */
  say?: (line: string) => void;
}

/** nginx's binary: on PATH, or where Debian installs it. */
export function findNginx(): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin'].filter(Boolean)) {
    const candidate = join(dir, 'nginx');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolvePort(port));
    });
    s.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fills ${KATALOG_*} in the template; an unknown or missing one is an error. */
export function renderNginx(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(KATALOG_[A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf.template: no value for \${${name}}`);
    return value;
  });
}

/** The exec string Litestream parses (shell words): each argument single-quoted. */
const shellWords = (args: string[]) => args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');

interface Proc {
  child: ChildProcess;
  exited: Promise<void>;
}

export class Cluster {
  readonly dir: string;
  readonly ports: Record<Name, number> = { primary: 0, 'read-1': 0, 'read-2': 0, nginx: 0 };
  readonly replicaUrl: string;
  readonly primaryDb: string;
  private readonly procs = new Map<Name, Proc>();
  /** The process group of every process started (each is its group's leader). */
  readonly groups: number[] = [];
  private readonly litestream = litestreamBinary(process.env.LITESTREAM_PATH || undefined);
  private readonly nginx: string;
  private readonly say: (line: string) => void;
  private stopping = false;
  private readonly killAll = () => {
    for (const p of this.procs.values()) killGroup(p.child, 'SIGKILL');
  };

  constructor(private readonly options: ClusterOptions) {
    this.dir = resolve(options.dir);
    this.replicaUrl = `file://${join(this.dir, 'replica')}`;
    this.primaryDb = join(this.dir, 'primary', 'katalog.db');
    const nginx = findNginx();
    if (!nginx)
      throw new Error(
        'nginx is not installed: install it (Debian: apt-get install nginx; .ci/run does) and run again.',
      );
    this.nginx = nginx;
    this.say = options.say ?? (() => {});
  }

  url(name: Name): string {
    return `http://127.0.0.1:${this.ports[name]}`;
  }

  get nginxUrl(): string {
    return this.url('nginx');
  }

  get primaryUrl(): string {
    return this.url('primary');
  }

  logFile(name: Name | 'nginx-access' | 'nginx-error'): string {
    if (name === 'nginx-access') return join(this.dir, 'nginx', 'logs', 'access.log');
    if (name === 'nginx-error') return join(this.dir, 'nginx', 'logs', 'error.log');
    return join(this.dir, 'logs', `${name}.log`);
  }

  /** Starts the whole topology and waits until nginx answers through a ready read node. */
  async start(): Promise<void> {
    process.once('exit', this.killAll);
    this.build();
    for (const sub of ['primary', 'replica', 'read-1', 'read-2', 'logs', join('nginx', 'logs')])
      mkdirSync(join(this.dir, sub), { recursive: true });
    for (const name of ['primary', 'read-1', 'read-2'] as const) this.ports[name] = await freePort();
    this.ports.nginx = this.options.port || (await freePort());
    await this.startPrimary();
    await this.waitForReplica();
    await Promise.all(READ_NODES.map((n) => this.startReadNode(n)));
    await this.startNginx();
  }

  /** `npm start` builds dist/ when the sources changed; the cluster runs the same build. */
  private build(): void {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-build.mjs')], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error('the build failed (see above)');
  }

  /** The environment of a Katalog process: the caller's, this cluster's settings, then the node's own. */
  private env(own: Record<string, string>): NodeJS.ProcessEnv {
    return {
      ...process.env,
      HOST: '127.0.0.1',
      // nginx (on loopback) is the only proxy: its X-Forwarded-* are believed, a client's are not.
      TRUST_PROXY: 'loopback',
      ...this.options.env,
      ...own,
    };
  }

  private spawn(name: Name, command: string, args: string[], env: NodeJS.ProcessEnv): Proc {
    const out = openSync(this.logFile(name), 'a');
    const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    if (child.pid !== undefined) this.groups.push(child.pid);
    const exited = new Promise<void>((done) =>
      child.once('exit', (code, signal) => {
        if (this.procs.get(name)?.child === child) this.procs.delete(name);
        if (!this.stopping) this.say(`${name} exited (${signal ?? `code ${code}`}); its log: ${this.logFile(name)}`);
        done();
      }),
    );
    const proc = { child, exited };
    this.procs.set(name, proc);
    return proc;
  }

  /**
   * The primary, under `litestream replicate -exec`: Litestream starts Katalog and replicates its
   * database while it runs; they stop together. A primary whose database is missing (a lost disk)
   * is first restored from the replica, as deploy/compose.yml does.
   */
  async startPrimary(): Promise<void> {
    const restored = await this.restorePrimaryIfMissing();
    if (restored) this.say(`primary: database restored from the replica (${this.replicaUrl})`);
    this.spawn(
      'primary',
      this.litestream,
      ['replicate', '-config', LITESTREAM_CONFIG, '-exec', shellWords([process.execPath, SERVER])],
      this.env({
        PORT: String(this.ports.primary),
        DATABASE_PATH: this.primaryDb,
        REPLICA_URL: this.replicaUrl,
        READ_ONLY: 'false',
      }),
    );
    await this.ready('primary');
  }

  /**
   * `litestream restore -if-db-not-exists -if-replica-exists`: when the database is missing and the
   * replica has one, it is restored (with what Litestream kept beside the lost file removed, as its
   * docs ask); otherwise nothing happens (a first start creates and seeds the database).
   */
  async restorePrimaryIfMissing(): Promise<boolean> {
    const db = this.primaryDb;
    if (existsSync(db)) return false;
    mkdirSync(dirname(db), { recursive: true });
    for (const f of [`${db}-wal`, `${db}-shm`, join(dirname(db), `.${basename(db)}-litestream`)])
      rmSync(f, { recursive: true, force: true });
    await runLitestream(this.litestream, [
      'restore',
      '-if-db-not-exists',
      '-if-replica-exists',
      '-o',
      db,
      this.replicaUrl,
    ]);
    return existsSync(db);
  }

  /** Waits until the replica holds a generation, so that read nodes have something to restore. */
  private async waitForReplica(ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      const listing = await runLitestream(this.litestream, ['wal', this.replicaUrl]).catch(() => '');
      if (listing.split('\n').filter((l) => l.trim()).length > 1) return;
      if (Date.now() > deadline)
        throw new Error(`no replica at ${this.replicaUrl} after ${ms} ms; see ${this.logFile('primary')}`);
      await sleep(200);
    }
  }

  async startReadNode(name: (typeof READ_NODES)[number]): Promise<void> {
    this.spawn(
      name,
      process.execPath,
      [SERVER],
      this.env({
        PORT: String(this.ports[name]),
        READ_ONLY: 'true',
        REPLICA_URL: this.replicaUrl,
        DATABASE_PATH: join(this.dir, name, 'katalog.db'),
        REPLICA_POLL_INTERVAL: this.options.pollInterval ?? '1 second',
      }),
    );
    await this.ready(name);
  }

  /** nginx with its own prefix under $CLUSTER_DIR/nginx, in the foreground (daemon off). */
  async startNginx(): Promise<void> {
    const prefix = join(this.dir, 'nginx');
    const env = loadConfig({
      ...process.env,
      ...this.options.env,
      DATABASE_PATH: ':memory:',
      READ_ONLY: 'false',
      REPLICA_URL: '',
    });
    const perMinute = Math.max(1, Math.ceil((env.RATE_LIMIT_MAX * 60_000) / env.RATE_LIMIT_WINDOW));
    const conf = renderNginx(readFileSync(NGINX_TEMPLATE, 'utf8'), {
      KATALOG_LISTEN: `127.0.0.1:${this.ports.nginx}`,
      KATALOG_PRIMARY: `127.0.0.1:${this.ports.primary}`,
      KATALOG_READ_1: `127.0.0.1:${this.ports['read-1']}`,
      KATALOG_READ_2: `127.0.0.1:${this.ports['read-2']}`,
      KATALOG_RATE: String(perMinute),
      KATALOG_BURST: String(env.RATE_LIMIT_MAX),
      KATALOG_ERROR_LOG: 'logs/error.log',
      KATALOG_ACCESS_LOG: 'logs/access.log',
    });
    writeFileSync(join(prefix, 'nginx.conf'), conf);
    // Run by root, nginx would switch its workers to `nobody`, which may not reach this folder.
    const user = process.getuid?.() === 0 ? ' user root;' : '';
    const args = ['-p', `${prefix}/`, '-c', 'nginx.conf', '-e', 'logs/error.log', '-g', `daemon off;${user}`];
    execFileSync(this.nginx, [...args, '-t', '-q'], { stdio: 'pipe' });
    this.spawn('nginx', this.nginx, args, process.env);
    await this.ready('nginx', '/healthz');
  }

  /** Waits (bounded) until `name` answers 200 on `path`; fails at once if it exits. */
  private async ready(name: Name, path = '/readyz', ms = 120_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      const proc = this.procs.get(name);
      if (!proc) throw new Error(`${name} exited while starting; its log: ${this.logFile(name)}`);
      try {
        if ((await fetch(`${this.url(name)}${path}`)).status === 200) return;
      } catch {}
      if (Date.now() > deadline) throw new Error(`${name} not ready after ${ms} ms; its log: ${this.logFile(name)}`);
      await sleep(100);
    }
  }

  /** Whether `name` runs. */
  running(name: Name): boolean {
    return this.procs.has(name);
  }

  /** Sends `signal` to the process group of `name` (the primary: Litestream and Katalog) and waits for it to exit. */
  async kill(name: Name, signal: NodeJS.Signals = 'SIGKILL', graceMs = 15_000): Promise<void> {
    const proc = this.procs.get(name);
    if (!proc) return;
    killGroup(proc.child, signal);
    const timer = setTimeout(() => killGroup(proc.child, 'SIGKILL'), graceMs);
    await proc.exited;
    clearTimeout(timer);
    // The group's other members (Katalog under Litestream) go with it.
    if (signal === 'SIGKILL') killGroup(proc.child, 'SIGKILL');
  }

  /** Stops everything: nginx, the read nodes, then the primary (Litestream syncs last and stops Katalog). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.kill('nginx', 'SIGQUIT');
    await Promise.all(READ_NODES.map((n) => this.kill(n, 'SIGTERM')));
    await this.kill('primary', 'SIGTERM');
    process.removeListener('exit', this.killAll);
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {}
}

/** Starts the cluster; on failure, stops what started and rethrows. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const cluster = new Cluster(options);
  try {
    await cluster.start();
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  return cluster;
}
