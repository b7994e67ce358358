/**
 * HTTP-date (RFC 9110 §5.6.7): the one parser of If-Modified-Since and If-Unmodified-Since, whose value a recipient
 * must ignore when it is not a valid HTTP-date (§13.1.3, §13.1.4; hostile 16 H16-4). `Date.parse` also reads bare years,
 * "March 7", ISO dates and other zones, none of which is one. Accepted: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`)
 * and the two obsolete forms a recipient must take too, rfc850-date (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime-date
 * (`Sun Nov  6 08:49:37 1994`). Case-sensitive, as the grammar is; a day that its month does not have is not a date.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const M = MONTHS.join('|');
const TIME = '(\\d\\d):(\\d\\d):(\\d\\d)';
const IMF = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d\\d) (${M}) (\\d{4}) ${TIME} GMT$`);
const RFC850 = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d\\d)-(${M})-(\\d\\d) ${TIME} GMT$`,
);
const ASCTIME = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (${M}) ([ \\d]\\d) ${TIME} (\\d{4})$`);

interface Parts {
  day: string;
  month: string;
  year: number;
  time: string[];
}

function partsOf(value: string, now: number): Parts | undefined {
  let m = IMF.exec(value);
  if (m) return { day: m[1] as string, month: m[2] as string, year: Number(m[3]), time: m.slice(4, 7) };
  m = RFC850.exec(value);
  if (m) {
    // A two-digit year more than 50 years in the future is the most recent past year with those digits (§5.6.7).
    const thisYear = new Date(now).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + Number(m[3]);
    if (year > thisYear + 50) year -= 100;
    return { day: m[1] as string, month: m[2] as string, year, time: m.slice(4, 7) };
  }
  m = ASCTIME.exec(value);
  if (m) return { day: (m[2] as string).trim(), month: m[1] as string, year: Number(m[6]), time: m.slice(3, 6) };
  return undefined;
}

/** The instant (ms since the epoch) an HTTP-date names, or undefined when the value is not one. */
export function parseHttpDate(value: string, now = Date.now()): number | undefined {
  const parts = partsOf(value, now);
  if (!parts) return undefined;
  const [hh, mm, ss] = parts.time.map(Number) as [number, number, number];
  const month = MONTHS.indexOf(parts.month);
  const day = Number(parts.day);
  // 60 is a leap second (§5.6.7), read as the last second of its minute.
  if (hh > 23 || mm > 59 || ss > 60) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads a year below 100 as 19xx.
  date.setUTCFullYear(parts.year, month, day);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return undefined;
  return date.setUTCHours(hh, mm, Math.min(ss, 59), 0);
}
