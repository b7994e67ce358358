import type { FastifyRequest } from 'fastify';
import { clipped, HttpProblem } from './errors.js';

/**
 * The JSON body parser of every route (application/json and application/merge-patch+json). Like
 * Fastify's own, it refuses `__proto__` members and `constructor.prototype` (prototype poisoning),
 * but says which of them it refused and where, and says why other JSON is invalid, instead of
 * calling every such body "not valid JSON".
 */
export function parseJsonBody(req: FastifyRequest, raw: Buffer, done: (err: Error | null, value?: unknown) => void) {
  const charset = charsetOf(req.headers['content-type']);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    done(
      new HttpProblem(415, `JSON bodies are UTF-8 (RFC 8259 §8.1): charset=${charset} is not taken.`, [
        { name: 'content-type', in: 'header', detail: 'charset must be utf-8, or left out' },
      ]),
    );
    return;
  }
  // Decoded strictly: bytes that are not UTF-8 are refused, never replaced with U+FFFD and stored.
  let body: string;
  try {
    body = UTF8.decode(raw);
  } catch {
    done(
      new HttpProblem(400, 'The body is not valid UTF-8: send JSON text encoded as UTF-8.', [
        { name: '(body)', in: 'body', detail: 'not valid UTF-8' },
      ]),
    );
    return;
  }
  if (body.length === 0) {
    // A route that takes no body (DELETE, restore, rotate-secret, redeliver) is not refused because
    // the client's library sent a Content-Type with nothing after it.
    if (req.routeOptions.schema?.body === undefined) {
      done(null, undefined);
      return;
    }
    done(
      new HttpProblem(400, 'The body is empty: send a JSON document.', [
        { name: '(body)', in: 'body', detail: 'empty' },
      ]),
    );
    return;
  }
  // A merge patch is a partial document: only PATCH applies one. A PUT of one would replace the record with the few
  // members sent, a POST create from them (hostile 15 H15-6).
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/merge-patch+json' && req.method !== 'PATCH') {
    done(
      new HttpProblem(415, `A merge patch is taken by PATCH only: send the ${req.method} body as application/json.`, [
        { name: 'content-type', in: 'header', detail: 'not taken; send application/json' },
      ]),
    );
    return;
  }
  // RFC 8259 §8.1: a parser may refuse a byte order mark; Katalog does, and says so rather than quoting an invisible
  // character (hostile 20 H20-7).
  if (body.charCodeAt(0) === 0xfeff) {
    done(
      new HttpProblem(400, 'The body starts with a byte order mark (U+FEFF): send the JSON text without it.', [
        { name: '(body)', in: 'body', detail: 'starts with a byte order mark' },
      ]),
    );
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    const why = err instanceof Error ? err.message : 'it does not parse';
    done(
      new HttpProblem(400, `The body is not valid JSON: ${why}.`, [
        { name: '(body)', in: 'body', detail: 'not valid JSON' },
      ]),
    );
    return;
  }
  // RFC 8259 §4: names SHOULD be unique, and parsers differ on which of two wins (JSON.parse keeps the last): a member
  // given twice is refused, so that no gateway reads another document than the one stored (hostile 13 H13-9). And a
  // number the body writes that a double cannot hold is a 422 naming it, as any value the API cannot store as sent.
  const fault = bodyFault(body);
  if (fault?.kind === 'twice') {
    done(
      new HttpProblem(
        400,
        `The body gives the member ${JSON.stringify(clipped(fault.path))} twice: give each member once.`,
        [{ name: clipped(fault.path), in: 'body', detail: 'given twice' }],
      ),
    );
    return;
  }
  if (fault?.kind === 'inexact') {
    const name = clipped(fault.path) || '(body)';
    const detail = `the number ${fault.literal.slice(0, 40)} cannot be stored exactly (it would be ${fault.stored})`;
    done(new HttpProblem(422, `${name}: ${detail}`, [{ name, in: 'body', detail }]));
    return;
  }
  // Named as an error names what a request sent: at most 200 characters (hostile 16 H16-5).
  const poisoned = clipped(prototypeMember(value) ?? '');
  if (poisoned) {
    done(
      new HttpProblem(
        400,
        `The body has a member ${poisoned}, which no record has and which could alter objects: refused.`,
        [{ name: poisoned, in: 'body', detail: 'a __proto__ or constructor.prototype member is refused' }],
      ),
    );
    return;
  }
  done(null, value);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The `charset` parameter of a media type, lower-cased and unquoted; undefined without one. */
function charsetOf(contentType: string | undefined): string | undefined {
  for (const param of (contentType ?? '').split(';').slice(1)) {
    const [name = '', ...value] = param.split('=');
    if (name.trim().toLowerCase() === 'charset')
      return value
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase();
  }
  return undefined;
}

/** The path of the first `__proto__` or `constructor.prototype` member, at any depth (iterative). */
function prototypeMember(root: unknown): string | undefined {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, string];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        stack.push([x, `${path}[${i}]`]);
      });
      continue;
    }
    for (const [k, x] of Object.entries(v)) {
      const at = path ? `${path}.${k}` : k;
      if (k === '__proto__') return at;
      if (k === 'constructor' && x !== null && typeof x === 'object' && Object.hasOwn(x, 'prototype'))
        return `${at}.prototype`;
      stack.push([x, at]);
    }
  }
  return undefined;
}

/** A fault of a JSON text (valid: JSON.parse took it) that JSON.parse does not report. */
export type BodyFault =
  | { kind: 'twice'; path: string }
  | { kind: 'inexact'; path: string; literal: string; stored: string };

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNumberChar = (c: number) =>
  isDigit(c) || c === 0x2e /* . */ || c === 0x65 /* e */ || c === 0x45 /* E */ || c === 0x2b /* + */ || c === 0x2d;

/**
 * The first member an object of this JSON text gives twice (names compared as JSON decodes them: `"a"` and `"\u0061"`
 * are one name; hostile 13 H13-9), or the first number a double does not hold as written (1e-400 would be stored as 0,
 * 100.0000000000000001 as 100; hostile 14 H14-11), with its path (`related[0].id`), whatever its magnitude: a field
 * without an upper bound (a finding's value) would store 10000000000000001 as 10000000000000000 (hostile 17 H17-2); a
 * large number a double holds exactly (2^53 + 2) is left to the field's bound. One pass, strings skipped whole,
 * characters compared by code (review C14-6, C14-7).
 */
export function bodyFault(text: string): BodyFault | undefined {
  // The containers open at this point: an object's names so far and its current one, or an array's current index.
  const stack: { names?: Set<string>; key: string | number }[] = [];
  // The path of the value being read; of a member named `name` of the innermost object, with it.
  const path = (name?: string) => {
    const keys = stack.map((f) => f.key);
    if (name !== undefined) keys[keys.length - 1] = name;
    return pathText(keys);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      if (top?.names) {
        // A member name is the string a colon follows.
        let k = j + 1;
        while (isSpace(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) === 0x3a /* : */) {
          const raw = text.slice(i + 1, j);
          const name = raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw;
          if (top.names.has(name)) return { kind: 'twice', path: path(name) };
          top.names.add(name);
          top.key = name;
        }
      }
      i = j;
    } else if (c === 0x7b /* { */) stack.push({ names: new Set(), key: '' });
    else if (c === 0x5b /* [ */) stack.push({ key: 0 });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */ && top && !top.names) top.key = (top.key as number) + 1;
    else if (c === 0x2d /* - */ || isDigit(c)) {
      let j = i + 1;
      while (j < text.length && isNumberChar(text.charCodeAt(j))) j++;
      const literal = text.slice(i, j);
      const n = Number(literal);
      const stored = String(n);
      if (literal !== stored && decimalValue(literal) !== decimalValue(stored))
        return { kind: 'inexact', path: path(), literal, stored };
      i = j - 1;
    }
  }
  return undefined;
}

/** A decimal literal's value as sign, significant digits and exponent (`-12.50e1` -> `-125e0`); `0` for any zero. */
function decimalValue(text: string): string | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  let digits = `${m[2]}${frac}`.replace(/^0+/, '');
  if (!digits) return '0';
  let exp = Number(m[4] ?? 0) - frac.length;
  const zeros = (/0*$/.exec(digits) as RegExpExecArray)[0].length;
  digits = digits.slice(0, digits.length - zeros);
  exp += zeros;
  return `${m[1]}${digits}e${exp}`;
}

const pathText = (parts: (string | number)[]) =>
  parts.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
