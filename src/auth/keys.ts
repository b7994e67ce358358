import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiKeys } from '../db/schema/index.js';

export type Scope = 'read' | 'write';
export interface KeyInfo {
  id: string;
  name: string;
  scope: Scope;
}

const KEY = /^kat_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;
const hashOf = (secret: string, salt: string) =>
  scryptSync(secret, salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64url');

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

/**
 * The key's identity when the token is a live key, else null. The secret is compared in constant
 * time against its scrypt hash; a verified (id, token) pair is remembered so that scrypt runs once
 * per key, while revocation is still checked on every call.
 */
export function verifyKey(db: Db, token: string, memo: Map<string, string>): KeyInfo | null {
  const m = KEY.exec(token);
  if (!m) return null;
  const [, id, secret] = m as unknown as [string, string, string];
  const row = db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
  if (!row || row.revoked_at) return null;
  if (memo.get(id) !== token) {
    const expected = Buffer.from(row.hash);
    const given = Buffer.from(hashOf(secret, row.salt));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    memo.set(id, token);
  }
  return { id, name: row.name, scope: row.scope };
}
