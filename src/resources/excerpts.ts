/** An excerpt as records cite it. */
type Cited = { source_id: string; excerpt: string; section?: string };

/**
 * The excerpt a record quotes after its `i`-th one, from the same source and section (the next one in the order the
 * record quotes them): the two are read together, across the one space between them, where a sentence is cut in two
 * (a title, `titleJoin`; a quotation and the words that introduce it, `quotedBy`).
 */
export function nextInSection(cited: readonly Cited[], i: number): Cited | undefined {
  const a = cited[i];
  return a && cited.slice(i + 1).find((c) => c.source_id === a.source_id && c.section === a.section);
}

/**
 * Whether these excerpts quote this one: it is part of one of them, from the same source, or of one and the next of
 * its source and section read together (`nextInSection`: "As one program noted," then the program's words).
 */
export function quotedBy(x: Cited, own: readonly Cited[]): boolean {
  return own.some((o, i) => {
    if (o.source_id !== x.source_id) return false;
    if (o.excerpt.includes(x.excerpt)) return true;
    const next = nextInSection(own, i);
    return next !== undefined && `${o.excerpt} ${next.excerpt}`.includes(x.excerpt);
  });
}
