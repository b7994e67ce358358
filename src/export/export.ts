import { Readable } from 'node:stream';
import { JSON_RANGES, preferred } from '../http/accept.js';
import type { Repository } from '../repository/repository.js';
import { nextTurn } from '../repository/turns.js';
import type { Entity, Resource } from '../resources/define.js';

export type ExportFormat = 'csv' | 'ndjson';
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/**
 * Rows per page of an export: each page is one slice of synchronous work (query, citations,
 * formatting) between yields to other requests, so it is kept small enough that /healthz and
 * other requests never wait long behind a running export.
 */
const EXPORT_BATCH = 100;

/**
 * Text a spreadsheet would read as a formula (OWASP, CSV injection): a cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return, or their full-width forms, which some spreadsheets also
 * accept. A leading single quote is escaped the same way, so the rule reverses exactly: drop one
 * leading `'` from a text cell that has one.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20']/;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; nested values as JSON.
 * A text value that a spreadsheet would run as a formula gets a leading single quote (`'=1+1`), so it
 * shows as the text it is (and a text starting with `'` gets one more). Numbers and booleans are written as they are: the server formats them
 * itself (a negative number stays a number, `-3`), and nested values start with `[` or `{`.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function exportStream(
  repo: Repository,
  resource: Resource,
  params: Record<string, unknown>,
  format: ExportFormat,
): Promise<Readable> {
  const columns = Object.keys(resource.entity.shape);
  // Every matching record, page by page, from one snapshot: rows renamed or written meanwhile are
  // neither repeated nor skipped. The snapshot is released when the walk ends, fails, or the client
  // goes away (the generator is returned).
  const snapshot = repo.snapshot();
  const pages = snapshot.pages(resource, params, EXPORT_BATCH);
  // The first page is read now, before the caller sends anything: a query the repository rejects
  // (say price_lte without one price_currency) throws its 400 here, as on the JSON list, instead of
  // after a 200 and the header row. The match set of a `q=` is made first, in slices with other
  // requests between them.
  let page: IteratorResult<Entity[]>;
  try {
    await snapshot.prepare(resource, params);
    page = pages.next();
  } catch (err) {
    snapshot.close();
    throw err;
  }
  // Released once: when the walk ends or fails, or when the stream closes. A stream destroyed before its first read
  // (the client left during a `q=` fill) never starts the generator, so its `finally` never runs: the stream's
  // 'close' releases the snapshot then, and a walk resumed after its connection went back never reads it again.
  let released = false;
  const release = () => {
    released = true;
    snapshot.close();
  };
  async function* lines() {
    try {
      if (format === 'csv') yield `${columns.join(',')}\r\n`;
      while (!page.done) {
        for (const item of page.value)
          yield format === 'csv'
            ? `${columns.map((c) => csvField(item[c])).join(',')}\r\n`
            : `${JSON.stringify(item)}\n`;
        // Other requests run between pages (one page of all the running walks per turn of the loop).
        await nextTurn();
        if (released) return;
        page = pages.next();
      }
    } finally {
      release();
    }
  }
  const stream = Readable.from(lines());
  stream.once('close', release);
  return stream;
}

/** The export format an Accept header asks for, if it prefers one over JSON (ranked by `preferred`). */
export function negotiateExport(accept: string | undefined): ExportFormat | undefined {
  const chosen = preferred(accept, EXPORT_OFFERS);
  return chosen === 'json' ? undefined : chosen;
}

const EXPORT_OFFERS = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson', ...JSON_RANGES } as const;
