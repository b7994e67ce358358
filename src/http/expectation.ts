import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** The requests Node found to carry an expectation other than `100-continue` (`checkExpectation`). */
const UNMET_EXPECTATIONS = new WeakSet<IncomingMessage>();

/**
 * Node's `checkExpectation` event: a request whose `Expect` is not `100-continue`. Without a listener
 * Node answers a bare 417 of its own (no body, no request id, no CORS or security headers). The
 * request goes the usual way instead, marked: the policies answer it with a 417 problem (policies.ts),
 * and the front path never answers it from the cache (front.ts).
 */
export function passExpectation(this: Server, req: IncomingMessage, res: ServerResponse) {
  UNMET_EXPECTATIONS.add(req);
  this.emit('request', req, res);
}

/** Whether Node found this request's `Expect` to be one this server cannot meet (anything but `100-continue`). */
export const unmetExpectation = (req: IncomingMessage): boolean => UNMET_EXPECTATIONS.has(req);
