import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com, "Signature scheme"): the secret
 * is `whsec_` + base64 of 32 random bytes; the signed content is `<webhook-id>.<webhook-timestamp>.<body>`;
 * the signature is `v1,` + base64 of its HMAC-SHA256 under the decoded secret bytes. Several
 * signatures (while a rotated secret is still valid) are separated by spaces. node:crypto does the
 * HMAC; tests/webhooks.test.ts verifies every delivery with the specification's reference library
 * (the `standardwebhooks` package), so this is checked against the spec, not against itself.
 */

const PREFIX = 'whsec_';

export function newSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

/** `v1,<base64>` for one secret. */
export function signature(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The headers of one attempt: the id (stable across attempts), the time, the signature(s). */
export function signedHeaders(secrets: string[], id: string, timestamp: number, body: string) {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signature(s, id, timestamp, body)).join(' '),
  };
}
