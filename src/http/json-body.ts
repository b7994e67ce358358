import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './errors.js';

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
  // given twice is refused, so that no gateway reads another document than the one stored (hostile 13 H13-9).
  const twice = duplicateMember(body);
  if (twice !== undefined) {
    done(
      new HttpProblem(
        400,
        `The body gives the member ${JSON.stringify(twice.slice(0, 200))} twice: give each member once.`,
        [{ name: twice, in: 'body', detail: 'given twice' }],
      ),
    );
    return;
  }
  // A number the body writes that a double cannot hold (1e-400 would be stored as 0, 100.0000000000000001 as 100): a
  // 422 naming it, as any value the API cannot store as sent (hostile 14 H14-11). Past 2^53 the fields' own bounds
  // speak (hostile 13 H13-8).
  const inexact = inexactNumber(body);
  if (inexact !== undefined) {
    const { path, literal, stored } = inexact;
    const detail = `the number ${literal.slice(0, 40)} cannot be stored exactly (it would be ${stored})`;
    done(new HttpProblem(422, `${path || '(body)'}: ${detail}`, [{ name: path || '(body)', in: 'body', detail }]));
    return;
  }
  const poisoned = prototypeMember(value);
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

interface Container {
  /** An object's member names so far; undefined for an array. */
  names?: Set<string>;
  /** Where the container is (`related[0]`), '' at the root. */
  path: string;
  /** An object's last member name; an array's index. */
  name?: string;
  index: number;
  /** In an object, whether the next string is a member name. */
  expectName: boolean;
}

/**
 * The path (`related[0].id`) of the first member an object of this JSON text gives twice, or undefined. The text is
 * valid JSON (JSON.parse took it): one pass over it, strings skipped whole, names compared as JSON decodes them
 * (`"a"` and `"\u0061"` are one name).
 */
export function duplicateMember(text: string): string | undefined {
  const stack: Container[] = [];
  const where = () => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.names) return top.path ? `${top.path}.${top.name}` : (top.name as string);
    return `${top.path}[${top.index}]`;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.names && top.expectName) {
        const name = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.names.has(name)) return top.path ? `${top.path}.${name}` : name;
        top.names.add(name);
        top.name = name;
        top.expectName = false;
      }
      i = j;
    } else if (c === 0x7b /* { */) stack.push({ names: new Set(), path: where(), index: 0, expectName: true });
    else if (c === 0x5b /* [ */) stack.push({ path: where(), index: 0, expectName: false });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.names) top.expectName = true;
      else if (top) top.index++;
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

/**
 * The first number of this JSON text (valid: JSON.parse took it) whose value a double does not hold, as read back
 * (`String` of the parsed number is the shortest text of the stored value): its path (`amount_min`, `items[2].value`),
 * its text and what would be stored. Numbers of magnitude 2^53 and above are left to the fields' bounds.
 */
export function inexactNumber(text: string): { path: string; literal: string; stored: string } | undefined {
  // The containers open at this point, each with its current member name or index.
  const stack: { array: boolean; key: string | number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      // A member name is the string a colon follows.
      let k = j + 1;
      while (k < text.length && /\s/.test(text[k] as string)) k++;
      if (top && !top.array && text.charCodeAt(k) === 0x3a /* : */) top.key = JSON.parse(text.slice(i, j + 1));
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) stack.push({ array: c === 0x5b, key: c === 0x5b ? 0 : '' });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */ && top?.array) top.key = (top.key as number) + 1;
    else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < text.length && /[\d.eE+-]/.test(text[j] as string)) j++;
      const literal = text.slice(i, j);
      const n = Number(literal);
      if (Math.abs(n) < 2 ** 53 && decimalValue(literal) !== decimalValue(String(n)))
        return { path: pathText(stack.map((f) => f.key)), literal, stored: String(n) };
      i = j - 1;
    }
  }
  return undefined;
}

const pathText = (parts: (string | number)[]) =>
  parts.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
