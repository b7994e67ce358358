import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { KeyInfo, KeyVerifier, Scope } from '../auth/keys.js';
import { HttpProblem } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The API key the request was verified with; null until a `requireScope` hook verified one. */
    apiKey: KeyInfo | null;
  }
  interface FastifyInstance {
    /**
     * A hook (onRequest, preParsing, preValidation or preHandler) that admits only requests with a
     * valid `Authorization: Bearer <key>` of the scope (a write key also reads), and sets
     * `request.apiKey`. A route that uses it reads credentials: it cannot be cached (cache.ts).
     */
    requireScope(scope: Scope): CredentialCheck;
  }
}

export type CredentialCheck = (req: FastifyRequest) => Promise<void>;

/** The hooks `requireScope` made: the cache refuses, at start-up, a route that has one. */
const credentialChecks = new WeakSet<object>();
/** The requests whose credentials a hook looked at, valid or not. */
const credentialed = new WeakSet<FastifyRequest>();

/** Whether a route hook reads credentials (a `requireScope` hook). */
export const readsCredentials = (hook: unknown): boolean => typeof hook === 'function' && credentialChecks.has(hook);

/** Whether this request's credentials were read: its response depends on who asked. */
export const credentialsRead = (req: FastifyRequest): boolean => credentialed.has(req);

const REALM = 'Bearer realm="katalog"';
/** What a key of each scope is needed for, in the 401 and 403 messages. */
const NEEDED_FOR: Record<Scope, string> = { read: 'This request', write: 'This write', webhooks: 'Managing webhooks' };
/** What a key of each scope may do, in the 403 message. */
const MAY: Record<Scope, string> = { read: 'read', write: 'write', webhooks: 'manage webhooks' };

/**
 * API keys for every route that needs one, verified by the app's one `KeyVerifier` (auth/keys.ts):
 * 401 without a valid key, 403 without the scope, 429 (before any scrypt) once a client or key id
 * has made too many attempts.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, { verifier }: { verifier: KeyVerifier }) => {
    app.decorateRequest('apiKey', null);
    app.decorate('requireScope', (scope: Scope): CredentialCheck => {
      const check: CredentialCheck = async (req) => {
        credentialed.add(req);
        // The auth-scheme is case-insensitive (RFC 9110 §11.1): `bearer` and `BEARER` are Bearer.
        const [, scheme = '', credentials = ''] = /^\s*(\S*)\s*(.*)$/s.exec(req.headers.authorization ?? '') ?? [];
        if (!credentials.trim() && (!scheme || scheme.toLowerCase() === 'bearer')) {
          throw new HttpProblem(401, `${NEEDED_FOR[scope]} needs an API key: Authorization: Bearer <key>.`, undefined, {
            'www-authenticate': REALM,
          });
        }
        if (scheme.toLowerCase() !== 'bearer') {
          // A lone token is likely a key sent without its scheme: it is not echoed.
          const named = credentials.trim() && /^[A-Za-z][\w.+-]{0,19}$/.test(scheme) ? ` "${scheme}"` : '';
          throw new HttpProblem(
            401,
            `The Authorization scheme${named} is not recognised: send the key as Authorization: Bearer <key>.`,
            undefined,
            { 'www-authenticate': REALM },
          );
        }
        const verdict = await verifier.verify(credentials.trim(), req.ip);
        if (verdict.kind === 'limited') {
          const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
          throw new HttpProblem(
            429,
            `Too many attempts with API keys that did not verify; retry in ${seconds} s.`,
            undefined,
            { 'retry-after': String(seconds) },
          );
        }
        if (verdict.kind === 'invalid') {
          throw new HttpProblem(401, 'The API key is not valid (unknown, malformed or revoked).', undefined, {
            'www-authenticate': `${REALM}, error="invalid_token"`,
          });
        }
        const { key } = verdict;
        // A read needs any valid key; every other scope needs a key of exactly that scope.
        if (scope !== 'read' && key.scope !== scope) {
          throw new HttpProblem(
            403,
            `The key "${key.name}" may not ${MAY[scope]}: it has the ${key.scope} scope.`,
            undefined,
            { 'www-authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"` },
          );
        }
        req.apiKey = key;
      };
      credentialChecks.add(check);
      return check;
    });
  },
  { name: 'katalog-auth' },
);
