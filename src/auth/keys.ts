import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { asHolder, type DbHolder } from '../db/holder.js';
import { apiKeys } from '../db/schema/index.js';
import { AttemptCounter } from './attempts.js';

export type Scope = 'read' | 'write' | 'webhooks';
export interface KeyInfo {
  id: string;
  name: string;
  scope: Scope;
}

const KEY = /^kat_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;
const SCRYPT = { N: 16384, r: 8, p: 1 };
/** How many times scrypt ran in this process: the seam tests count the cost of a request with. */
export const scryptCalls = { count: 0 };
const hashOf = (secret: string, salt: string) => {
  scryptCalls.count++;
  return scryptSync(secret, salt, 32, SCRYPT).toString('base64url');
};
/** The same hash on libuv's thread pool: a verification never blocks the event loop for its ~50 ms. */
const hashOfAsync = (secret: string, salt: string) =>
  new Promise<string>((resolve, reject) => {
    scryptCalls.count++;
    scrypt(secret, salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key.toString('base64url'))));
  });

/** Creates a key; the plaintext is returned once and never stored (only a salted scrypt hash is). */
export function createKey(db: Db, name: string, scope: Scope): { key: string; info: KeyInfo } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('base64url');
  db.insert(apiKeys)
    .values({ id, name, scope, salt, hash: hashOf(secret, salt), created_at: new Date().toISOString() })
    .run();
  return { key: `kat_${id}_${secret}`, info: { id, name, scope } };
}

export function listKeys(db: Db) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      scope: apiKeys.scope,
      created_at: apiKeys.created_at,
      revoked_at: apiKeys.revoked_at,
    })
    .from(apiKeys)
    .orderBy(asc(apiKeys.name))
    .all();
}

export function revokeKey(db: Db, name: string): boolean {
  return (
    db.update(apiKeys).set({ revoked_at: new Date().toISOString() }).where(eq(apiKeys.name, name)).run().changes > 0
  );
}

export type Verdict = { kind: 'valid'; key: KeyInfo } | { kind: 'invalid' } | { kind: 'limited'; retryAfterMs: number };

export interface VerifierOptions {
  /** Verification attempts that need scrypt, per client and per key id, per window. */
  maxAttempts: number;
  /** The window, in ms (read when counting: the rate-limit plugin parses it at start-up). */
  windowMs: () => number;
  /** The client's key from its address (http/client-key.ts: one per IPv6 network, never per port or spelling). */
  clientKey?: (address: string) => string;
}

/**
 * Checks bearer tokens at a constant, bounded cost:
 * - a token verified before is recognized by a SHA-256 of it (no scrypt; revocation is still
 *   read on every request);
 * - any other well-formed token costs exactly one scrypt, on the thread pool, whether its key id
 *   is live, revoked or unknown (unknown ids are hashed against a decoy salt), so neither the work
 *   nor its timing tells a live key id from an unknown one;
 * - before that scrypt, the attempt is counted per client and per key id; past `maxAttempts` in a
 *   window the answer is `limited` (429) without any scrypt. A successful verification is forgiven.
 *   While someone forges secrets for a key id, its owner's first use after a restart may wait for
 *   the window too; a token already verified by this process never does.
 */
export class KeyVerifier {
  private readonly verified = new Map<string, string>();
  private readonly inflight = new Map<string, Promise<Verdict>>();
  private readonly byClient: AttemptCounter;
  private readonly byKeyId: AttemptCounter;
  private readonly decoySalt = randomBytes(16).toString('base64url');
  private readonly decoyHash = randomBytes(32).toString('base64url');
  private readonly dbs: DbHolder;

  constructor(
    db: Db | DbHolder,
    private readonly options: VerifierOptions,
  ) {
    this.dbs = asHolder(db);
    this.byClient = new AttemptCounter(options.maxAttempts, options.windowMs);
    this.byKeyId = new AttemptCounter(options.maxAttempts, options.windowMs);
  }

  private get db(): Db {
    return this.dbs.db;
  }

  async verify(token: string, client: string): Promise<Verdict> {
    const m = KEY.exec(token);
    // The shape of a key is public: a malformed token has no secret to compare.
    const id = m?.[1];
    const secret = m?.[2];
    if (id === undefined || secret === undefined) return { kind: 'invalid' };
    const digest = createHash('sha256').update(token).digest('base64url');
    const row = this.db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
    if (this.verified.get(digest) === id) {
      if (row && !row.revoked_at) return { kind: 'valid', key: { id, name: row.name, scope: row.scope } };
      this.verified.delete(digest);
      return { kind: 'invalid' };
    }
    // Concurrent requests with the same token share one verification (one attempt, one scrypt).
    const pending = this.inflight.get(digest);
    if (pending) return pending;
    const verdict = this.check(id, secret, digest, row, client).finally(() => this.inflight.delete(digest));
    this.inflight.set(digest, verdict);
    return verdict;
  }

  private async check(
    id: string,
    secret: string,
    digest: string,
    row: typeof apiKeys.$inferSelect | undefined,
    client: string,
  ): Promise<Verdict> {
    const clientKey = `client:${this.options.clientKey ? this.options.clientKey(client) : client}`;
    const wait = Math.max(this.byClient.wait(clientKey), this.byKeyId.wait(id));
    if (wait > 0) return { kind: 'limited', retryAfterMs: wait };
    // Counted before the work, so that concurrent forgeries are limited as surely as sequential ones.
    this.byClient.count(clientKey);
    this.byKeyId.count(id);
    const live = row && !row.revoked_at ? row : undefined;
    const given = Buffer.from(await hashOfAsync(secret, live?.salt ?? this.decoySalt));
    const expected = Buffer.from(live?.hash ?? this.decoyHash);
    const match = expected.length === given.length && timingSafeEqual(expected, given);
    if (!match || !live) return { kind: 'invalid' };
    this.byClient.forgive(clientKey);
    this.byKeyId.forgive(id);
    // Only verified tokens enter, so this holds about one entry per key in use; bounded all the same.
    if (this.verified.size >= 10_000) this.verified.clear();
    this.verified.set(digest, id);
    return { kind: 'valid', key: { id, name: live.name, scope: live.scope } };
  }
}
