/**
 * The two source articles the content is curated from. The project never contains the articles
 * themselves (only short cited excerpts); checks that read them look in ../shared/seeds/.
 */
export const ARTICLES = {
  'kair-group-therapy-unpacked': '000_4dde90ab2d28b399.txt',
  'group-ketamine-therapy-canada': '004_52361427a8fd2372.txt',
} as const;

export type ArticleId = keyof typeof ARTICLES;

/**
 * The created_at/updated_at and change-feed time of what the seed writes: the seed is deterministic,
 * so databases built from it agree byte for byte. Whenever the seed data changes, move this forward
 * (partners syncing with updated_since need the new time) and update SEED_FINGERPRINT: a test fails
 * until both are done.
 */
export const SEED_TIMESTAMP = '2026-12-02T06:00:00.000Z';
export const SEED_FINGERPRINT = 'c3f8ca5b03107a955b44a336803e7414';
