/**
 * `npm run cluster`: the scale-out topology on this machine, on loopback (see scripts/cluster/topology.ts
 * and docs/deploying.md): the primary under Litestream, a file replica, two read nodes following it,
 * and nginx in front. CLUSTER_DIR (default ./data/cluster) holds everything: the primary's database
 * at $CLUSTER_DIR/primary/katalog.db (so `DATABASE_PATH=$CLUSTER_DIR/primary/katalog.db npm run keys`
 * works against it), the replica, the read nodes' copies, nginx's prefix and every log. CLUSTER_PORT
 * (default 8080) is nginx's. Ctrl-C (SIGINT) or SIGTERM stops everything.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { wholeNumber } from '../src/config-values.js';
import { type Cluster, startCluster } from './cluster/topology.js';

const Env = z.object({
  CLUSTER_DIR: z.string().min(1).default('./data/cluster'),
  CLUSTER_PORT: wholeNumber(0, 65535).default(8080),
});
const parsed = Env.safeParse({
  CLUSTER_DIR: process.env.CLUSTER_DIR || undefined,
  CLUSTER_PORT: process.env.CLUSTER_PORT || undefined,
});
if (!parsed.success) {
  for (const i of parsed.error.issues) console.error(`${String(i.path[0])}: ${i.message}`);
  process.exit(1);
}
const { CLUSTER_DIR, CLUSTER_PORT } = parsed.data;
const say = (line: string) => console.log(`cluster: ${line}`);

let cluster: Cluster | undefined;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping nginx, the read nodes, then the primary and Litestream…`);
  await cluster?.stop();
  say('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  say(`starting in ${resolve(CLUSTER_DIR)}…`);
  cluster = await startCluster({ dir: CLUSTER_DIR, port: CLUSTER_PORT, say });
  const c = cluster;
  say('ready');
  console.log(`  nginx (reads cached, writes to the primary): ${c.nginxUrl}/v1`);
  console.log(`  primary (Katalog under Litestream):           ${c.primaryUrl}/v1`);
  console.log(`  read nodes:                                    ${c.url('read-1')}/v1  ${c.url('read-2')}/v1`);
  console.log(`  replica:                                       ${c.replicaUrl}`);
  console.log(`  API keys: DATABASE_PATH=${c.primaryDb} npm run keys -- create --name <name>`);
  console.log(`  logs: ${resolve(CLUSTER_DIR, 'logs')}/ and ${resolve(CLUSTER_DIR, 'nginx', 'logs')}/`);
  console.log('  Ctrl-C stops everything.');
} catch (err) {
  console.error(`cluster: ${(err as Error).message}`);
  process.exit(1);
}
