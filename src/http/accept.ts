/**
 * Content negotiation by Accept (RFC 9110 §12.5.1), the one ranking every route uses: the media
 * ranges the client accepts (q > 0), by q-value, then in the order sent. `offers` maps each media
 * range a route answers (`application/json`, `*\/*`, …) to what it selects; the first ranked range
 * it offers wins, and a range the client refused (`q=0`) never does. Undefined: nothing offered was
 * asked for (no Accept, or only other types), and the route answers its default.
 */
export function preferred<T>(accept: string | undefined, offers: Readonly<Record<string, T>>): T | undefined {
  if (!accept) return undefined;
  const ranked = accept
    .split(',')
    .map((part, i) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim(), q: q ? qvalue(q.slice(2)) : 1, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) if (Object.hasOwn(offers, r.type)) return offers[r.type];
  return undefined;
}

/**
 * A weight as RFC 9110 §12.4.2 writes one (0 to 1, at most three decimals: "0", "0.5", "1.000"); any other ("2", "abc",
 * "-1", "0.5000") is no weight, and the range counts as unweighted (1), neither outranking every valid one nor refused
 * (hostile 17 H17-10).
 */
function qvalue(text: string): number {
  return /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(text.trim()) ? Number(text) : 1;
}

/** The ranges that select a route's default JSON. */
export const JSON_RANGES = { 'application/json': 'json', 'application/*': 'json', '*/*': 'json' } as const;
