/**
 * A sparse record (`fields=`) keeps the markers of Katalog's readings of the fields it returns (audit 7 L17): a
 * client that asks for `format` of a program whose format is Katalog's reading, or for the amount of a price whose
 * currency the source does not write, gets the marker with it, so the value is never shown as the source's.
 *
 * The markers, derived from the record's own keys (no collection is named here):
 * - `inferred_fields` when it lists a returned field;
 * - `<field>_inferred` (e.g. `dosing_setting_inferred`, `publisher_inferred`) with `<field>`;
 * - `place_inferred` and `inferred_place_parts` with any of `city`, `region`, `country`;
 * - `currency_implied` with `currency` or an amount (`amount_min`, `amount_max`, `amount_text`);
 * - a record-level `inferred` (the whole record is Katalog's reading) with any field.
 */
const PLACE = ['city', 'region', 'country'];
const MONEY = ['currency', 'amount_min', 'amount_max', 'amount_text'];

export function markersOf(item: Record<string, unknown>, fields: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const listed = Array.isArray(item.inferred_fields) ? (item.inferred_fields as string[]) : [];
  if ('inferred_fields' in item && listed.some((f) => fields.has(f))) out.push('inferred_fields');
  for (const f of fields) if (`${f}_inferred` in item) out.push(`${f}_inferred`);
  if (PLACE.some((f) => fields.has(f)))
    for (const m of ['place_inferred', 'inferred_place_parts']) if (m in item) out.push(m);
  if (MONEY.some((f) => fields.has(f)) && 'currency_implied' in item) out.push('currency_implied');
  if ('inferred' in item && typeof item.inferred === 'boolean' && fields.size > 1) out.push('inferred');
  return out;
}
