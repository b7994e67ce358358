import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { type AddressPolicy, checkedAddresses, guardedLookup, hostOf } from './address.js';

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  ok: boolean;
}

/** Bytes of a receiver's answer read (and discarded) at most; past it the connection is closed. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * One POST to the registered URL, with node:http(s) directly: redirects are never followed (a 3xx
 * is a failed attempt), the whole exchange has `timeoutMs`, the socket connects only to addresses
 * the policy accepts (checked on the resolved address, see address.ts), and the answer's body is
 * read up to 64 KB and discarded. Never throws: the outcome is the status code or the error.
 */
export class Sender {
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly lookup: ReturnType<typeof guardedLookup>;

  constructor(
    private readonly policy: AddressPolicy,
    private readonly timeoutMs: number,
    maxSockets: number,
  ) {
    const options = { keepAlive: true, maxSockets, maxTotalSockets: maxSockets * 4, timeout: timeoutMs };
    this.agents = { http: new http.Agent(options), https: new https.Agent(options) };
    this.lookup = guardedLookup(policy);
  }

  async send(target: string, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<SendResult> {
    const url = new URL(target);
    const fail = (error: string, statusCode: number | null = null): SendResult => ({ statusCode, error, ok: false });
    if (url.protocol === 'http:' && !this.policy.allowHttp) return fail('refused: http:// is not allowed');
    // An IP literal is connected to without a lookup: check it here.
    const host = hostOf(url);
    if (isIP(host)) {
      try {
        await checkedAddresses(host, this.policy);
      } catch (err) {
        return fail(`refused: ${(err as Error).message}`);
      }
    }
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise<SendResult>((resolve) => {
      let settled = false;
      const done = (r: SendResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      };
      const req = lib.request(url, {
        method: 'POST',
        agent: url.protocol === 'https:' ? this.agents.https : this.agents.http,
        lookup: this.lookup,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Katalog-Webhooks/1',
        },
      });
      const timer = setTimeout(() => {
        req.destroy();
        done(fail(`timeout: no complete answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      const onAbort = () => {
        req.destroy();
        done(fail('aborted: the server is shutting down'));
      };
      signal.addEventListener('abort', onAbort);
      req.on('error', (err: NodeJS.ErrnoException) => {
        const refused = err.code === 'EREFUSEDADDRESS';
        done(fail(refused ? `refused: ${err.message}` : `${err.code ?? 'error'}: ${err.message}`));
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > MAX_RESPONSE_BYTES) res.destroy();
        });
        const finish = () => {
          if (status >= 200 && status < 300) done({ statusCode: status, error: null, ok: true });
          else if (status >= 300 && status < 400) done(fail(`redirect (${status}) not followed`, status));
          else done(fail(`HTTP ${status}`, status));
        };
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', finish);
      });
      if (signal.aborted) onAbort();
      else req.end(body);
    });
  }

  close() {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
