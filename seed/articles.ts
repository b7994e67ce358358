/**
 * The two source articles the content is curated from. The project never contains the articles
 * themselves (only short cited excerpts); checks that read them look in ../shared/seeds/.
 */
export const ARTICLES = {
  'kair-group-therapy-unpacked': '000_4dde90ab2d28b399.txt',
  'group-ketamine-therapy-canada': '004_52361427a8fd2372.txt',
} as const;

export type ArticleId = keyof typeof ARTICLES;

/** Every seeded record's created_at/updated_at: the seed is deterministic, so replicas agree byte for byte. */
export const SEED_TIMESTAMP = '2026-11-22T00:00:00.000Z';
