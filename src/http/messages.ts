import { z } from 'zod';

/**
 * Validation messages in plain words for API clients, in place of Zod's defaults ("Invalid input:
 * expected array, received undefined" becomes "is required"). Installed once, process-wide, when the
 * app is built; the field itself is named beside each message (`errors[].name`).
 */
const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  // A merge patch is a record of members: the same JSON object as any other body.
  record: 'an object',
  null: 'null',
};

const list = (values: readonly unknown[]) =>
  values.length > 12
    ? `${values.slice(0, 12).map(String).join(', ')}, … (${values.length} values: see /docs)`
    : values.map(String).join(', ');

function size(origin: string | undefined, n: number | bigint): string {
  if (origin === 'string') return `${n} character${n === 1 ? '' : 's'}`;
  if (origin === 'array' || origin === 'set') return `${n} item${n === 1 ? '' : 's'}`;
  return String(n);
}

export function plainMessage(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'is required';
      return `must be ${KIND[iss.expected] ?? iss.expected}`;
    case 'too_big':
      return `must be at most ${size(iss.origin, iss.maximum as number)}${iss.inclusive === false ? ' (exclusive)' : ''}`;
    case 'too_small':
      if (iss.origin === 'string' && Number(iss.minimum) === 1) return 'must not be empty';
      if ((iss.origin === 'array' || iss.origin === 'set') && Number(iss.minimum) === 1)
        return 'must have at least 1 item';
      return `must be at least ${size(iss.origin, iss.minimum as number)}${iss.inclusive === false ? ' (exclusive)' : ''}`;
    case 'invalid_value':
      return iss.values.length === 1 ? `must be ${String(iss.values[0])}` : `must be one of: ${list(iss.values)}`;
    case 'invalid_format':
      // A pattern says its form in its own words (`.regex(re, 'must be …')`); one that does not is named, so that no
      // error says only "has the wrong form" (hostile 16 H16-6).
      if (iss.format === 'regex') return `must match the pattern ${iss.pattern ?? '(see /docs)'}`;
      return `must be a valid ${iss.format === 'datetime' ? 'RFC 3339 date-time (2026-01-01T00:00:00Z)' : iss.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${iss.divisor}`;
    default:
      return undefined; // custom rules and the rest keep their own message
  }
}

let installed = false;
export function installPlainMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (iss) => plainMessage(iss) });
}
