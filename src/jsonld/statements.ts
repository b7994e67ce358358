import { speakers } from '../../seed/articles.js';
import type { Scope } from '../resources/common.schema.js';

/**
 * Whose a statement is and what it is said of, in words: shared by every derived view that shows a
 * statement (the fit check's flags, the JSON-LD of a contraindication), so they never word it differently.
 */
const SAID_OF: Record<string, string> = {
  ketamine_therapy: 'said of ketamine therapy in general',
  group: 'said of the group format',
  individual: 'said of the individual format',
};

/** "The KAIR article", or "One program quoted by the KAIR article" when the source reports another's words. */
export function speakerOf(scope: Pick<Scope, 'stated_by' | 'via'>): string {
  const who = speakers(scope.stated_by);
  const via = scope.via ?? null;
  const said = via ? `${via} quoted by ${who}` : who;
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** What the statement is said of, marked as Katalog's reading when the scope is inferred. */
export function saidOf(scope: Scope): string {
  const said =
    scope.level === 'program'
      ? `said of ${scope.program_ids.join(', ')}`
      : (SAID_OF[scope.level === 'format' ? String(scope.format) : scope.level] ?? '');
  return scope.inferred ? `Katalog's reading, not the source's words: ${said}` : said;
}

/** What a contraindication's source says, naming the source and keeping its own words, category and scope. */
export function contraindicationSays(c: { category: unknown; scope: unknown; inferred?: unknown }): string {
  const scope = c.scope as Scope;
  if (c.inferred === true) {
    return `Katalog infers (from a table row of ${speakers(scope.stated_by)} part of which was lost in extraction; see the record note) that it is a reason the group format may not fit; the source does not say so in words.`;
  }
  const Who = speakerOf(scope);
  const where = saidOf(scope);
  // The wording as the source gives it.
  const words = scope.hedge ? `; wording in the source: "${scope.hedge}"` : '';
  switch (c.category) {
    case 'absolute':
      return `${Who} lists it among people who should avoid ketamine therapy (${where}${words}).`;
    case 'requires_evaluation':
      return `${Who} says it requires careful evaluation by qualified clinicians (${where}${words}).`;
    case 'group_requirement':
      return `${Who} says the group setting requires the opposite of this; it does not call it a contraindication (${where}${words}).`;
    default:
      // A statement the source reports from another ("one program") is quoted in that one's modality.
      return scope.via && scope.hedge
        ? `${Who} says such individuals "${scope.hedge}" (${where}).`
        : `${Who} names it as a reason the group format may not fit (${where}${words}).`;
  }
}
