import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Opaque keyset cursors: the sort values of the last row of a page, bound by an HMAC to the query
 * (collection, filters, sort) they came from. A cursor that was altered or belongs to another query
 * is rejected instead of returning a wrong page.
 */
export type KeyValue = string | number | null;

export class CursorError extends Error {}

export function queryFingerprint(parts: unknown): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('base64url').slice(0, 16);
}

export function encodeCursor(secret: string, fingerprint: string, values: KeyValue[]): string {
  const body = Buffer.from(JSON.stringify(values)).toString('base64url');
  return `${body}.${sign(secret, `${fingerprint}.${body}`)}`;
}

export function decodeCursor(secret: string, fingerprint: string, cursor: string): KeyValue[] {
  const [body, mac, extra] = cursor.split('.');
  if (!body || !mac || extra !== undefined) throw new CursorError('The cursor is malformed.');
  const expected = Buffer.from(sign(secret, `${fingerprint}.${body}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new CursorError('The cursor was altered or belongs to another query or sort; start again without a cursor.');
  }
  // Signed but not JSON (anyone holding the secret can sign: the default one is public) is malformed, not a 500.
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('The cursor is malformed.');
  }
  // A number JSON cannot hold (1e999 parses as Infinity) is no sort value a page ever ended on.
  if (
    !Array.isArray(values) ||
    !values.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw new CursorError('The cursor is malformed.');
  }
  return values as KeyValue[];
}

function sign(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url').slice(0, 22);
}

/** JSON with object keys sorted, so equal queries give equal fingerprints and links. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
