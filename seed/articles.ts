/**
 * The two source articles the content is curated from. The project never contains the articles
 * themselves (only short cited excerpts); checks that read them look in ../shared/seeds/.
 */
export const ARTICLES = {
  'kair-group-therapy-unpacked': '000_4dde90ab2d28b399.txt',
  'group-ketamine-therapy-canada': '004_52361427a8fd2372.txt',
} as const;

export type ArticleId = keyof typeof ARTICLES;

/** How derived text names each article when it says whose a statement is ("The KAIR article says…"). */
export const ARTICLE_NAMES: Record<ArticleId, string> = {
  'kair-group-therapy-unpacked': 'the KAIR article',
  'group-ketamine-therapy-canada': 'the Canadian article',
};

/** "the KAIR article", "the KAIR article and the Canadian article": who says a statement. */
export function speakers(sourceIds: readonly string[]): string {
  const names = sourceIds.map((id) => ARTICLE_NAMES[id as ArticleId] ?? `the source ${id}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'a source');
}

/**
 * Passages that are a table's header row, as the article's text gives it (the column names run together), with their
 * section. A hedge in such a row ("Approximate cost") is the source's own qualifier of every amount in its column (review
 * 28 R28-1). Only the rows named here are headings (review 28b R28b-2): no passage is taken for one because it has no
 * figure, so a digit-free sentence an editor cites beside an amount cannot make a hedge the source's own. The article
 * checks read each row in its article, as they read every excerpt.
 */
export const TABLE_HEADINGS = {
  /** The Canadian article's cost table: every amount in it is given as an approximate cost. */
  gktCost: {
    source_id: 'group-ketamine-therapy-canada',
    excerpt: 'PathwayApproximate costNotes',
    section: 'Cost comparison',
  },
} as const satisfies Record<string, { source_id: ArticleId; excerpt: string; section: string }>;

/** The column names each heading runs together, as its table writes them (kept apart from the citation it is). */
const TABLE_COLUMNS: Record<keyof typeof TABLE_HEADINGS, readonly string[]> = {
  gktCost: ['Pathway', 'Approximate cost', 'Notes'],
};

/** Whether a citation is a known table header row. */
export const isTableHeading = (c: { source_id: string; excerpt: string; section?: string | null }): boolean =>
  headingColumns(c).length > 0;

/**
 * The column names of a citation that is a known table header row (none for any other): a qualifier taken from a heading
 * is a whole column name ("Approximate cost"), never a piece of the run-together row ("e", "way": hostile 18b H18b-8).
 */
export function headingColumns(c: { source_id: string; excerpt: string; section?: string | null }): readonly string[] {
  for (const [key, h] of Object.entries(TABLE_HEADINGS))
    if (h.source_id === c.source_id && h.excerpt === c.excerpt && h.section === c.section)
      return TABLE_COLUMNS[key as keyof typeof TABLE_HEADINGS];
  return [];
}

/**
 * The created_at/updated_at and change-feed time of what the seed writes: the seed is deterministic,
 * so databases built from it agree byte for byte. Whenever the seed data changes, move this forward
 * (partners syncing with updated_since need the new time) and update SEED_FINGERPRINT: a test fails
 * until both are done.
 */
export const SEED_TIMESTAMP = '2026-12-05T03:00:00.000Z';
export const SEED_FINGERPRINT = 'e148e5a17796000468bd7d3051491a26';
