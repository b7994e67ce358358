import { getTableColumns } from 'drizzle-orm';
import type { SearchFields } from '../resources/define.js';
import { resources } from '../resources/index.js';

/**
 * What full-text search indexes per collection: the `search` of each declaration in the registry (a
 * title and body columns). The FTS5 table and the triggers that keep it in step with the data are
 * generated from this by scripts/gen-search-sql.ts into a migration, so writes need nothing extra.
 */
export const SEARCH_FIELDS: Record<string, SearchFields> = Object.fromEntries(
  resources.map((r) => [r.tableName, r.search]),
);

/** Columns stored as JSON (arrays of strings or objects): their text leaves are indexed, not their syntax. */
export const JSON_COLUMNS = new Set(
  resources.flatMap((r) =>
    Object.values(getTableColumns(r.table))
      .filter((c) => c.columnType === 'SQLiteTextJson')
      .map((c) => c.name),
  ),
);
