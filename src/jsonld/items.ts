import type { Item } from '../query/spec.js';
import type { ListParams, Repository } from '../repository/repository.js';
import type { Resource } from '../resources/define.js';

/** Every matching record, for the small related sets a JSON-LD document embeds. */
export function allItemsSync(repo: Repository, resource: Resource, filters: Record<string, unknown>): Item[] {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = repo.list(resource, { ...filters, limit: 500, cursor } as ListParams);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
