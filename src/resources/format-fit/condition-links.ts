import type { Repository } from '../../repository/repository.js';
import { contraindicationsResource } from '../contraindications/contraindications.resource.js';
import type { Contraindication } from '../contraindications/contraindications.schema.js';
import type { FormatFit } from './format-fit.schema.js';
import { rowConditionIds } from './individual-statements.js';

/** A contraindication recorded under a condition a situation also is, with the conditions they share, by name. */
export interface ConditionLink {
  record: Contraindication;
  conditions: string[];
}

/**
 * The contraindications naming one of a situation's conditions (a contraindication's `condition_ids`; a row's, those
 * whose statements quote its line: `rowConditionIds`), whatever their ids or the lines they cite (audit 17 A17-3: the
 * KAIR article's "history of psychosis or schizophrenia", said of ketamine therapy in general, is recorded under
 * psychosis, as the table's "Active psychotic symptoms" is). That they concern the same situation is Katalog's reading,
 * which the check says (`linkedThrough`). A condition no longer found links nothing (it has no name to give).
 *
 * Computed once per record and data version (`Repository.perVersion`), so a request costs a lookup per id asked: a
 * row's conditions (two statements), the contraindications naming them (one page) and the conditions' names (one).
 */
export function conditionLinks(
  repo: Repository,
  shown: { source: 'format-fit'; record: FormatFit } | { source: 'contraindications'; record: Contraindication },
): ConditionLink[] {
  const { source, record } = shown;
  return repo.perVersion(`fit-conditions\u0000${source}\u0000${record.id}`, () => {
    const ids = source === 'format-fit' ? rowConditionIds(repo, record) : record.condition_ids;
    if (!ids.length) return [];
    const names = repo.namesOf('conditions', ids);
    const named = [...repo.pages(contraindicationsResource, { condition_id: ids })].flat();
    return named.flatMap((c) => {
      if (source === 'contraindications' && c.id === record.id) return [];
      const conditions = ids.filter((id) => c.condition_ids.includes(id)).flatMap((id) => names.get(id) ?? []);
      return conditions.length ? [{ record: c, conditions }] : [];
    });
  });
}

/**
 * Why a contraindication linked by a condition is shown for a situation it was not asked as: the link is Katalog's
 * reading, not its source's words, and its own situation is named beside the one asked when they differ (KAIR's
 * history of psychosis beside the table's active psychotic symptoms), never said to be the same one or another one.
 * Labels are given unquoted: quotation marks in the check hold a source's words only.
 */
export function linkedThrough(link: ConditionLink, asked: string, own: string): string {
  const noun = link.conditions.length > 1 ? 'conditions' : 'condition';
  const differs = own === asked ? '' : `; this flag's own situation is ${own}`;
  return ` Shown for the situation asked (${asked}) through the ${noun} Katalog records both under (${link.conditions.join(', ')}): that link is Katalog's reading, not the source's words${differs}.`;
}
