import { getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import type { SearchFields } from '../resources/define.js';
import { resources } from '../resources/index.js';
import { bare, readingMarkers } from '../resources/markers.js';
import { referencePaths } from '../resources/references.js';

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

/**
 * A column of the record that can mark a searched field as Katalog's reading: a list of field names that names it
 * (`inferred_fields`, `inferred_place_parts`), or the field's own boolean `<field>_inferred` (`publisher_inferred`,
 * `title_inferred`).
 */
export interface ReadingMark {
  column: string;
  list: boolean;
}

/**
 * How search treats a searched field (audit 17 A17-4, A17-8), derived from the collection's read schema:
 * - `readings`: the record's markers that can make the field Katalog's reading (markers.ts `readingMarkers`): a list
 *   naming the field, or `<field>_inferred`. A field a record marks is not indexed (a title is indexed said to be
 *   Katalog's description), so it never matches a query nor shows in a snippet as what a source says. Not here: a
 *   boolean marker of a group of fields (`currency_implied` marks an amount written with a bare "$", `place_inferred`
 *   a whole place): a field it makes a reading is listed in `inferred_fields` too (rules.ts `listedAsInferred`, the
 *   prices' one marker), and an amount as written is the source's; nor a record's or a statement's own `inferred`,
 *   which says what supports the record or statement, not that a field's words are Katalog's.
 * - `complete`: the sibling `<field>_complete` of a list (`authors_complete`): false means the source's list goes on
 *   ("et al."), and the indexed text says so.
 */
export interface SearchedField {
  readings: ReadingMark[];
  complete?: string;
}

export const SEARCHED: Record<string, Record<string, SearchedField>> = Object.fromEntries(
  resources.map((r) => {
    const shape = r.entity.shape as Record<string, z.ZodType>;
    const columns = new Set(Object.values(getTableColumns(r.table)).map((c) => c.name));
    const stored = (name: string) => {
      if (!columns.has(name)) throw new Error(`${r.tableName}: the marker ${name} is not a column`);
      return name;
    };
    const field = (name: string): SearchedField => {
      const readings = readingMarkers(shape, name).flatMap((m): ReadingMark[] => {
        const schema = shape[m];
        if (!schema) return []; // a statement's own flag inside the field (`items[].scope.inferred`)
        if (bare(schema) instanceof z.ZodArray) return [{ column: stored(m), list: true }];
        if (m === `${name}_inferred`) return [{ column: stored(m), list: false }];
        return [];
      });
      const complete = `${name}_complete`;
      return complete in shape && JSON_COLUMNS.has(name) ? { readings, complete: stored(complete) } : { readings };
    };
    const { title, body } = r.search;
    return [r.tableName, Object.fromEntries([title, ...body].map((f) => [f, field(f)]))];
  }),
);

/**
 * Per collection, which of its searched body fields (in their index order) hold values rather than prose: an enum
 * (`absolute`, `mental_health`, `per_session`) or a list of enum values or record ids (a program's `conditions`,
 * `routes`). Their words are Katalog's names for a category, never what a source says: a snippet shows one only where
 * a query matched it (audit 24 A24-3: `q=pregnant` gave the snippet "absolute" with `said_by` the KAIR article).
 */
export const VALUE_FIELDS: Record<string, boolean[]> = Object.fromEntries(
  resources.map((r) => {
    const shape = r.entity.shape as Record<string, z.ZodType>;
    const isValue = (name: string) => {
      const schema = shape[name];
      if (!schema) return false;
      const s = bare(schema);
      if (s instanceof z.ZodEnum) return true;
      if (!(s instanceof z.ZodArray)) return false;
      const item = bare(s.element as z.ZodType);
      return item instanceof z.ZodEnum || (item instanceof z.ZodString && referencePaths(item).length > 0);
    };
    return [r.tableName, r.search.body.map(isValue)];
  }),
);
