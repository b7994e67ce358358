/**
 * What in a program's own excerpts supports a fact of one of its routes (one rule for the seed verifier and the
 * `include=dosing_routes` projection): an excerpt names the route (its name, id or abbreviation), and an excerpt
 * says how the program doses ("Participants are dosed in a shared room", "Group dosing + group integration").
 */
type Cited = { source_id: string; excerpt: string; section: string };
type RouteLike = { id?: unknown; name?: unknown; abbreviation?: unknown };

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words that name a route in an excerpt: its name or id (any case), its abbreviation (as written). */
export function routeWords(route: RouteLike): RegExp[] {
  const out = [String(route.name), String(route.id)].map((w) => new RegExp(`\\b${literal(w)}\\b`, 'i'));
  if (typeof route.abbreviation === 'string') out.push(new RegExp(`\\b${literal(route.abbreviation)}\\b`));
  return out;
}

/** True when the excerpt says how dosing happens. */
export const saysHowItDoses = (excerpt: string) => /\bdos(ed|ing)\b/i.test(excerpt);

/**
 * The program's citations that support "this program uses the route in its group dosing": those naming the route
 * and those saying how it doses (each once, in the program's order).
 */
export function groupUseEvidence(route: RouteLike, citations: Cited[]): Cited[] {
  const words = routeWords(route);
  return citations.filter((c) => saysHowItDoses(c.excerpt) || words.some((w) => w.test(c.excerpt)));
}
