/** How a test reads a quotation against an article (tests/quotes.test.ts, tests/cost-words.test.ts). */

/** Quotation marks and apostrophes as plain ones, whitespace as one space. */
export const normalQuote = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

/** The double-quoted spans of a text. */
export const quotedSpans = (text: string) => [...normalQuote(text).matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);

const ELISION = /\s*(?:…|\.\.\.)\s*/;
/** The span is the article's words: verbatim, or verbatim parts in order around a marked elision. */
export function verbatimIn(span: string, article: string): boolean {
  if (article.includes(span)) return true;
  if (!ELISION.test(span)) return false;
  let from = 0;
  for (const part of span.split(ELISION).filter(Boolean)) {
    const i = article.indexOf(part, from);
    if (i < 0) return false;
    from = i + part.length;
  }
  return true;
}
