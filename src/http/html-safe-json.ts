const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text that is safe to paste into HTML, e.g. into `<script type="application/ld+json">`:
 * `<`, `>` and `&` (and U+2028/U+2029, line ends in older JavaScript) are written as \u escapes.
 * Those characters only occur inside JSON strings, where the escape means the same character: the
 * text is still valid JSON and parses to exactly the same data, but a stored `</script>` or
 * `<!--` can no longer end the block it is embedded in.
 */
export function htmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c] as string);
}
