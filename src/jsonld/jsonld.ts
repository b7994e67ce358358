import { z } from 'zod';
import { DISCLAIMER, DISCLAIMER_PATH, Disclaimer } from '../disclaimer.js';
import type { Item } from '../query/spec.js';
import type { Repository } from '../repository/repository.js';
import type { Scope } from '../resources/common.schema.js';
import type { Resource } from '../resources/define.js';
import type { DosingRoute } from '../resources/dosing-routes/dosing-routes.schema.js';
import type { OrganizationKind as Kinds } from '../resources/organizations/organizations.schema.js';
import type { Price } from '../resources/prices/prices.schema.js';

type OrganizationKind = z.infer<typeof Kinds>;

import { speakers } from '../../seed/articles.js';
import { hedgesByOrigin, quotedWords } from '../pricing/pairing.js';
import { conditionsResource } from '../resources/conditions/conditions.resource.js';
import { contraindicationsResource } from '../resources/contraindications/contraindications.resource.js';
import { dosingRoutesResource } from '../resources/dosing-routes/dosing-routes.resource.js';
import { organizationsResource } from '../resources/organizations/organizations.resource.js';
import { pricesResource } from '../resources/prices/prices.resource.js';
import { studiesResource } from '../resources/studies/studies.resource.js';
import {
  contraindicationCategory,
  contraindicationSays,
  hedgeParts,
  type ProgramNames,
  programIdsOf,
} from './statements.js';
import { titleInferred, workName } from './titles.js';

/**
 * schema.org JSON-LD: the builders the declarations name (`jsonLd` in each <name>.resource.ts): programs
 * (MedicalTherapy + Service, with Offer/UnitPriceSpecification, MedicalContraindication and
 * DoseSchedule), organizations (typed by no more than their kind says: MedicalClinic, MedicalOrganization, NGO, …), studies (MedicalStudy), prices
 * (Offer), FAQs (Question); a declaration may hold its own builder (conditions: MedicalCondition); every
 * other collection gets the generic document (`recordDoc`) of its declared type. Every @id is the record's URL in this API.
 * Every document is linked to the articles its record is cited from by one rule (`withSources`): the relation
 * depends on what the thing is (a source the articles cite, a Claim that appears in them, a CreativeWork that cites
 * them, or a thing they are about).
 *
 * This module imports resource declarations and they import it: nothing here reads them while the
 * modules load (only inside the builders), so the cycle is harmless.
 */
export const JSONLD_TYPE = 'application/ld+json';
const CONTEXT = 'https://schema.org';

/** Every unit a price may have (TypeScript checks that none is missing). */
const UNIT_TEXT: Record<Price['unit'], string> = {
  per_session: 'per session',
  per_program: 'per program',
  per_additional_session: 'per additional session',
  per_year: 'per year',
  // A total, not a rate: later years cost something else (audit 19 A19-2).
  first_year: 'total for the first year',
  per_retreat: 'per retreat',
};

type Doc = Record<string, unknown>;
/** The document without its empty values (null, undefined, empty lists). */
export const clean = (o: Doc): Doc =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)),
  );

/**
 * The names of the subdivisions as the sources write them, by country and ISO 3166-2 code. A bare code is read by
 * country-unaware consumers as a country ("CA" as Canada, "CO" as Colombia), so when the country is
 * withheld (derived), the region is written by its name ("California", as the Canadian article writes it), never as a code.
 * Only names a source writes: a derived view never rewords a place ("BC" is never "British Columbia", which neither
 * article writes), and a region the sources give only as a code that is not also a country code needs no name.
 */
export const REGION_NAMES: Record<string, Record<string, string>> = {
  US: { CA: 'California', CO: 'Colorado' },
};

/**
 * The place a record gives, without the parts Katalog derives (a city's province, a state's country).
 * What remains is never ambiguous: a region whose country is withheld is written by its name; a region
 * whose name is not known is left out rather than written as a bare code.
 */
export function address(o: Item): Doc | undefined {
  const derived = new Set((o.inferred_place_parts as string[] | undefined) ?? []);
  const part = (name: 'city' | 'region' | 'country') => (derived.has(name) ? null : (o[name] as string | null));
  const country = part('country');
  let region = part('region');
  if (region !== null && country === null) {
    const byCountry = typeof o.country === 'string' ? REGION_NAMES[o.country] : undefined;
    region = byCountry?.[region] ?? null;
  }
  if (!part('city') && !region && !country) return undefined;
  return clean({
    '@type': 'PostalAddress',
    addressLocality: part('city'),
    addressRegion: region,
    addressCountry: country,
  });
}

/**
 * The schema.org type of each kind of organization, stated for every kind (TypeScript checks that none
 * is missing): no more than the kind says of it. Only a clinic, or a network of clinics, is a medical one (the
 * sources call them clinics); a program provider is one the source says offers a program without saying what kind of
 * organization it is (Sage Integrative Health), so it is a plain Organization (audit 9 L7).
 */
export const ORGANIZATION_TYPE: Record<OrganizationKind, string> = {
  clinic: 'MedicalClinic',
  clinic_network: 'MedicalOrganization',
  program_provider: 'Organization',
  non_profit: 'NGO',
  university: 'CollegeOrUniversity',
  community_organization: 'Organization',
  first_nation: 'Organization',
  fund: 'FundingScheme',
};

/**
 * The sources a record is cited from (its citations' articles), as references to their documents; never the record
 * itself (a source that quotes itself). `withSources` says how a document is linked to them.
 */
export function sourcesOf(x: Item, base: string): Doc[] {
  const self = `${base}/v1/sources/${String(x.id)}`;
  const ids = [...new Set(((x.citations as { source_id: string }[]) ?? []).map((c) => c.source_id))];
  return ids
    .map((id) => ({ '@type': 'CreativeWork', '@id': `${base}/v1/sources/${id}` }))
    .filter((s) => s['@id'] !== self);
}

/** The schema.org types Katalog's documents use that are CreativeWorks (Claim and Question are). */
const CREATIVE_WORK_TYPES: ReadonlySet<string> = new Set([
  'CreativeWork',
  'Claim',
  'Question',
  'ScholarlyArticle',
  'MedicalWebPage',
]);

/** How a document is linked to the articles its record is cited from: the schema.org relation, by what it is. */
export type SourceRelation = 'reverse_citation' | 'appearance' | 'citation' | 'subjectOf';

/**
 * The relation between a document and the articles its record is cited from, from the document's own @id and @type
 * (one rule for every collection; a record is cited from an article, which is not always about it):
 * - a source (a work the articles cite, e.g. the Dames protocol the Canadian article lists under "Sources"): the
 *   articles cite it, so they are linked from their side (`@reverse` `citation`);
 * - a Claim (a finding, a row of the fit table): it appears in them (`Claim.appearance`);
 * - another CreativeWork (an FAQ's Question, a guide, a session phase: Katalog's record of what the articles say):
 *   it cites them (`citation`);
 * - a thing that is not a CreativeWork (a program, an organization, a study, a price, a contraindication, a
 *   condition, a dosing route): the articles are works about it (`subjectOf`).
 */
export function sourceRelation(doc: { '@id'?: unknown; '@type'?: unknown }, base: string): SourceRelation {
  if (String(doc['@id'] ?? '').startsWith(`${base}/v1/sources/`)) return 'reverse_citation';
  const types = [doc['@type']].flat().map(String);
  if (types.includes('Claim')) return 'appearance';
  if (types.some((t) => CREATIVE_WORK_TYPES.has(t))) return 'citation';
  return 'subjectOf';
}

/** A document with its links to the articles its record is cited from, by `sourceRelation` (nothing when none). */
export function withSources(doc: Doc, x: Item, base: string): Doc {
  const sources = sourcesOf(x, base);
  if (!sources.length) return doc;
  const relation = sourceRelation(doc, base);
  if (relation === 'reverse_citation') return { ...doc, '@reverse': { citation: sources } };
  const present = doc[relation];
  return { ...doc, [relation]: [...(Array.isArray(present) ? present : present ? [present] : []), ...sources] };
}

export function organizationDoc(o: Item, base: string, withContext = true): Doc {
  const doc = clean({
    '@context': withContext ? CONTEXT : undefined,
    '@type': ORGANIZATION_TYPE[o.kind as OrganizationKind] ?? 'Organization',
    '@id': `${base}/v1/organizations/${o.id}`,
    identifier: o.id,
    name: o.name,
    description: o.description,
    // Only the organization's own site: an address that is another organization's (a member clinic listed
    // with its network's address) is not its url.
    url: o.website_organization_id ? undefined : o.website,
    address: address(o),
    // A member clinic belongs to a network without being a sub-organization of it: memberOf holds for both.
    memberOf: o.parent_organization_id ? { '@id': `${base}/v1/organizations/${o.parent_organization_id}` } : undefined,
  });
  // Embedded as a program's provider, the organization's own document links its sources.
  return withContext ? withSources(doc, o, base) : doc;
}

/** The articles a record is cited from, named as derived text names them ("the KAIR article"). */
function citedBy(x: { citations: { source_id: string }[] }): string {
  return speakers([...new Set(x.citations.map((c) => c.source_id))]);
}

/**
 * What the source writes, and what Katalog adds to read it right, naming the source: its qualifiers (one
 * written before another figure of the sentence, or in another passage, is Katalog's reading, as in the cost comparison), what
 * the price includes, an inferred currency (only when there is an amount), tax.
 */
export function offerText(p: Price): string {
  // A field withheld as Katalog's reading (statedOnly) is null (a list: empty) here.
  const who = citedBy(p);
  const amount = p.amount_text ?? '';
  const parts = [amount];
  // The source's own qualifiers when the amount as written lacks them ("typically", "Approximate cost").
  const hedges = (p.hedges ?? []).filter((h) => !amount.includes(h));
  const { own, otherFigure, otherPassage, none } = hedgesByOrigin({ ...p, amount_text: amount }, hedges);
  if (own.length) parts.push(`as ${who} qualifies it: ${quotedWords(own)}`);
  if (otherFigure.length)
    parts.push(
      `${who} writes ${quotedWords(otherFigure)} before another figure of the sentence; Katalog reads it as qualifying this amount too`,
    );
  if (otherPassage.length)
    parts.push(
      `${who} writes ${quotedWords(otherPassage)} in another passage; Katalog reads it as qualifying this amount`,
    );
  if (none.length) parts.push(`Katalog qualifies it: ${quotedWords(none)}; no cited passage writes it`);
  if (p.approximate && !(p.hedges ?? []).length) parts.push('approximate');
  // A unit listed in inferred_fields is withheld here (null): the text says that what the amount is per is a reading.
  if (p.unit === null && p.amount_min !== null)
    parts.push(`${who} does not say what this amount is per; the unit Katalog gives it is its reading`);
  if (p.includes?.length) parts.push(`includes, as ${who} writes it: ${quotedWords(p.includes)}`);
  // An implied currency is listed in inferred_fields (so `p.currency` is withheld here): the text says it is not written.
  if (p.currency_implied && p.amount_min !== null)
    parts.push(`${who} writes no currency code beside this amount; its currency is Katalog's reading`);
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join('; ')})` : (parts[0] as string);
}

/** A tax note that adds a value-added tax to the amount ("+ GST"; Canada's GST or HST, a VAT): not one that includes it. */
const VAT = /^\s*(\+|plus\b)\s*(GST|HST|VAT)\b/i;

/**
 * A route's dose, said of this program, as a DoseSchedule. `doseValue` is a single number in schema.org: given only when
 * the source gives one dose, not a range, and states it plainly (a qualified dose, "typically …", is not typed, as a
 * qualified price is not). The description keeps the source's qualifiers, quoted, as the price's text keeps its own.
 */
function doseSchedule(r: DosingRoute, base: string): Doc {
  const scope = r.dose_scope as Scope | null;
  const words = scope ? hedgeParts(scope) : [];
  const range = `${r.dose_min}${r.dose_max !== null && r.dose_max !== r.dose_min ? `–${r.dose_max}` : ''}`;
  return clean({
    '@type': 'DoseSchedule',
    '@id': `${base}/v1/dosing-routes/${r.id}`,
    name: r.name,
    doseValue: !words.length && (r.dose_max === null || r.dose_max === r.dose_min) ? r.dose_min : undefined,
    doseUnit: r.dose_unit,
    description: `${range} ${r.dose_unit} (${r.name})${
      scope && words.length ? `; wording in ${speakers(scope.stated_by)}: ${words.map((h) => `"${h}"`).join(', ')}` : ''
    }`,
  });
}

/**
 * A price as schema.org states it, with the sources it is cited from (subjectOf). A price of a program is an Offer of
 * what it is the price of (itemOffered): its program, or a Service that says the program is Katalog's reading. A figure
 * a source gives of the market in general ("group sessions usually range from $100-$250") is no one's offer: it is the
 * price specification alone, saying it is market-wide and whose (audit 25 A25-3).
 */
export function offerDoc(p: Price, base: string): Doc {
  const single = p.amount_min !== null && p.amount_max === null && !p.open_ended;
  // A unit that is Katalog's reading is withheld (statedOnly: null): an amount typed without one would read as the
  // price of the whole offer ("+ $740/additional" as the pathway's price; audit 21 A21-5).
  const stated = !p.approximate && p.unit !== null;
  // No amount ("Varies by clinic", "roughly half"): no price and no currency are stated. Nor is a specification given
  // that would say nothing (an approximate amount whose currency and unit are readings; review 28 R28-5).
  const amount =
    p.amount_min === null || (!stated && !p.currency && p.unit === null)
      ? undefined
      : {
          // One figure is a price; minPrice/maxPrice only for a range ("from" would misread a single figure). An
          // amount its source qualifies ("~", "approximately", "typically": `approximate`) is not typed: schema.org
          // has no way to say a price is approximate, and a machine reads `price` as the price. The description gives
          // it with its qualifiers.
          price: stated && single ? p.amount_min : undefined,
          minPrice: stated && !single ? p.amount_min : undefined,
          maxPrice: stated && !single ? p.amount_max : undefined,
          priceCurrency: p.currency,
          unitText: UNIT_TEXT[p.unit],
          // "+ GST" says the amount excludes a value-added tax; "+ tax" does not say which tax (GST, provincial sales
          // tax or both), and "GST included" is no exclusion, so they type nothing.
          valueAddedTaxIncluded: p.tax_note && VAT.test(p.tax_note) ? false : undefined,
        };
  const id = `${base}/v1/prices/${p.id}`;
  // Its program only when the source gives the price for it; a program Katalog links it to (program_id in
  // inferred_fields, withheld here: "E.g., Port Credit Therapy Centre" in a row of member clinics) is not stated.
  const linked = (p.inferred_fields ?? []).includes('program_id');
  if (!p.program_id && !linked)
    return withSources(
      clean({
        '@type': 'UnitPriceSpecification',
        '@id': id,
        name: p.label,
        description: `${offerText(p)}. Not the price of any one program, nor anyone's offer: a market-wide figure, per ${citedBy(p)}.`,
        ...amount,
      }),
      p,
      base,
    );
  return withSources(
    clean({
      '@type': 'Offer',
      '@id': id,
      name: p.label,
      description: offerText(p),
      itemOffered: p.program_id
        ? { '@type': 'Service', '@id': `${base}/v1/programs/${p.program_id}` }
        : {
            '@type': 'Service',
            name: p.label,
            description: `Not given by ${citedBy(p)} as the price of any one program; that it is a particular program's price is Katalog's reading.`,
          },
      priceSpecification: amount && clean({ '@type': 'UnitPriceSpecification', ...amount }),
    }),
    p,
    base,
  );
}

/**
 * The schema.org type of a contraindication record, from its data: MedicalContraindication ("a reason to withhold a
 * certain medical therapy") only where its source, in its own words (not Katalog's reading), says to avoid the therapy
 * (category absolute). A screening flag (requires_evaluation), a statement of the group format ("generally
 * exclusions", "might find individual … more suitable"), a requirement of the group setting or a row Katalog infers is
 * a MedicalEntity whose category is stated in words.
 */
export function contraindicationType(c: { category?: unknown; inferred?: unknown; scope?: unknown }): string {
  const reading = c.inferred === true || (c.scope as Scope | null | undefined)?.inferred === true;
  return c.category === 'absolute' && !reading ? 'MedicalContraindication' : 'MedicalEntity';
}

/** The stored names of the programs these scopes name, to word them: one statement, none when no scope names one. */
export function programNames(repo: Repository, scopes: readonly unknown[]): ProgramNames {
  const ids = programIdsOf(scopes as (Scope | null)[]);
  return repo.namesOf('programs', ids);
}

/**
 * A contraindication as its source states it: typed by `contraindicationType`, its category said in words (a program
 * its scope names by its stored name, `names`).
 */
export function contraindicationDoc(c: Item, base: string, names: ProgramNames): Doc {
  const statement = { category: c.category, scope: c.scope, inferred: c.inferred, citations: c.citations };
  const says = contraindicationSays(statement, names);
  const type = contraindicationType(c);
  return withSources(
    clean({
      '@type': type,
      '@id': `${base}/v1/contraindications/${c.id}`,
      identifier: c.id,
      name: c.condition,
      description: c.note ? `${says} ${c.note}` : says,
      // The category in words, derived from what this record's source says (its scope and qualifiers).
      disambiguatingDescription:
        type === 'MedicalContraindication' ? undefined : contraindicationCategory(statement, names),
    }),
    c,
    base,
  );
}

/**
 * The schema.org type of a condition record, from its data: a MedicalCondition where a source names it; a
 * MedicalEntity where naming it at all is Katalog's reading (its scope, or every scope of its statements, inferred),
 * e.g. the KAIR article's "mood and anxiety challenges", words for what participants had, not a diagnosis it names.
 */
export function conditionType(c: Item): string {
  const scopes = [
    c.scope as Scope | null | undefined,
    ...(((c.role_statements as { scope?: Scope }[] | undefined) ?? []).map((x) => x.scope) as (Scope | undefined)[]),
  ].filter((x): x is Scope => !!x);
  return scopes.length && scopes.every((s) => s.inferred === true) ? 'MedicalEntity' : 'MedicalCondition';
}

/**
 * Whose report a finding is, said once: a summary that already opens with its speaker ("The Canadian article says
 * this protocol…") is not prefixed with "as the Canadian article reports it" again.
 */
export function reportedBy(label: string, speaker: string, summary: string): string {
  return summary.toLowerCase().startsWith(speaker.toLowerCase())
    ? `${label}: ${summary}`
    : `${label}, as ${speaker} reports it: ${summary}`;
}

/**
 * A finding as a Claim: whose report it is (the study, as the citing article reports it, by its authors, its title in
 * quotes only when a source gives it, or Katalog's description said to be one) and the study it rests on.
 */
export function findingDoc(repo: Repository, f: Item, base: string): Doc {
  const label = findingLabel(repo.byIds(studiesResource, [String(f.study_id)]).get(String(f.study_id)), f);
  return withSources(
    clean({
      '@type': 'Claim',
      '@id': `${base}/v1/findings/${f.id}`,
      identifier: f.id,
      name: f.measure,
      description: reportedBy(label, citedBy(f as { citations: { source_id: string }[] }), String(f.summary)),
      about: { '@type': 'MedicalStudy', '@id': `${base}/v1/studies/${f.study_id}` },
      isBasedOn: { '@type': 'MedicalStudy', '@id': `${base}/v1/studies/${f.study_id}` },
    }),
    f,
    base,
  );
}

/**
 * Whose report each finding is, for search hits ("Tsang et al. 2023, as the Canadian article reports it"): their studies
 * read in one statement. A finding whose condition link is Katalog's reading is still the study's report.
 */
export function findingsSaidBy(repo: Repository, findings: Item[]): string[] {
  const studies = repo.byIds(studiesResource, [...new Set(findings.map((f) => String(f.study_id)))]);
  return findings.map(
    (f) =>
      `${findingLabel(studies.get(String(f.study_id)), f)}, as ${citedBy(f as { citations: { source_id: string }[] })} reports it`,
  );
}

/**
 * An author as the sources write one, surname then initials ("Tsang VWL", "van der Berg J", "De Gregorio D"): the surname
 * is all but the initials; a name with none (a body such as "World Health Organization") is given whole (hostile 19
 * H19-9: the first word was taken, "van et al.", "De 2024", "World 2024").
 */
export function surnameOf(name: string): string {
  const words = name.trim().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  // Initials and a suffix come off only after a surname written in mixed case ("Smith JA Jr"): in a name written all
  // in capitals ("US FDA", "VAN DER BERG J") they cannot be told from a word of the name, which is then given whole
  // (hostile 19b H19b-1).
  // In a name all in capitals only one or two letters are read as initials ("SMITH J", "NG K"; not "US FDA": review 37b
  // R37b-6); after a surname in mixed case up to three ("Tsang VWL"; not "BERG" of "van der BERG J": R37b-5).
  const mixed = words.some((w) => /\p{Ll}/u.test(w));
  const initials = mixed ? /^(?:\p{Lu}\.?-?){1,3}$/u : /^(?:\p{Lu}\.?-?){1,2}$/u;
  const trailing = (w: string) => initials.test(w) || /^(?:Jr\.?|Sr\.?|II|III|IV)$/u.test(w);
  let end = words.length;
  while (end > 1 && trailing(words[end - 1] as string)) end--;
  const kept = words.slice(0, end);
  return (!mixed || kept.some((w) => /\p{Ll}/u.test(w)) ? kept : words).join(' ');
}

/** The study a finding rests on, named as a reader would cite it (the JSON-LD Claim's and the search hit's). */
function findingLabel(study: Item | undefined, f: Item): string {
  const authors = ((study?.authors as string[] | undefined) ?? []).filter((a) => !/^et al\.?$/i.test(a.trim()));
  const more = authors.length > 1 || study?.authors_complete === false;
  const lead = authors.length ? `${surnameOf(authors[0] as string)}${more ? ' et al.' : ''}` : null;
  // A title is quoted only when a source gives it (the study's record does not mark it as Katalog's description,
  // which the seed verifier and every write keep true to its excerpts); otherwise it is Katalog's description of what
  // the article reports ("A small but illuminating case series …"), and says so.
  return lead
    ? `${lead}${study?.year ? ` ${study.year}` : ''}`
    : study && !titleInferred(study)
      ? `The study "${String(study.title)}"`
      : workName(study ?? { id: f.study_id });
}

/**
 * True when a statement's scope names this program in the source's own words: only then is it the
 * program's own (a scope that is Katalog's reading, `inferred`, is not).
 */
export function ownedBy(scope: Scope | null, programId: string): boolean {
  return scope?.level === 'program' && scope.program_ids.includes(programId) && !scope.inferred;
}

/** A program's `access` as stored: the address with whose site it is, and the steps with who runs them. */
interface Access {
  website: string | null;
  website_organization_id: string | null;
  website_inferred: boolean;
  steps: { kind: string; text: string; organization_id: string | null; inferred: boolean }[];
}

/**
 * How to reach and apply to a program (its `access`), as schema.org Service channels: only what a source
 * says of this program or of its own organization. The address is a channel when it is the site of the
 * program's own organization and that is not Katalog's reading (a member clinic listed with its network's
 * address shows none); a step is a channel when it is not Katalog's reading and is run by the program's own
 * organization or by nobody named (ATMA CENA's intake call is not a Roots to Thrive channel: it stays in
 * /v1/programs with its organization_id).
 */
/**
 * The kinds of access step that are a means of reaching the service (schema.org ServiceChannel: "a means for
 * accessing a service"): a call, a registration. Screening and intake assessment are what happens to a patient
 * once there, and coordinated care is a model of care: neither is a channel, so neither is stated as one.
 */
export const CHANNEL_KINDS: ReadonlySet<string> = new Set(['intake_call', 'registration']);

/** The channel of a service at a place: a person goes there to take part (ServiceChannel.serviceLocation). */
const located = (place: Doc | undefined): Doc[] =>
  place ? [{ '@type': 'ServiceChannel', serviceLocation: { '@type': 'Place', address: place } }] : [];

export function channels(p: Item): Doc[] {
  const access = p.access as Access | undefined;
  if (!access) return [];
  const own = (organization: string | null) => organization === null || organization === p.organization_id;
  const website =
    access.website && !access.website_inferred && access.website_organization_id === p.organization_id
      ? [{ '@type': 'ServiceChannel', name: 'Website', serviceUrl: access.website }]
      : [];
  return [
    ...website,
    ...access.steps
      .filter((s) => !s.inferred && own(s.organization_id) && CHANNEL_KINDS.has(s.kind))
      .map((s) => ({ '@type': 'ServiceChannel', name: s.kind.replace(/_/g, ' '), description: s.text })),
  ];
}

/**
 * A program as MedicalTherapy + Service (a generic model, which no one provides or offers: MedicalTherapy only). It
 * states only what a source says of this program: its
 * provider, place, prices (Offer), the routes its record names (Drug.administrationRoute), and doses
 * and contraindications whose scope names this program. General guidance (the KAIR article's dose
 * ranges, contraindications said of ketamine therapy in general or of a format) is not the program's
 * own: it stays in /v1/dosing-routes and /v1/contraindications with its scope, source and qualifier.
 */
export function programDoc(repo: Repository, p: Item, base: string): Doc {
  const id = String(p.id);
  const org = p.organization_id
    ? repo.byIds(organizationsResource, [String(p.organization_id)]).get(String(p.organization_id))
    : undefined;
  // Only prices a source gives for this program: one whose program is Katalog's reading is not its own offer.
  const prices = [...repo.pages(pricesResource, { program_id: [id] })]
    .flat()
    .filter((x) => !((x.inferred_fields as string[] | undefined) ?? []).includes('program_id'));
  const routes = [...repo.byIds(dosingRoutesResource, (p.routes as string[]) ?? []).values()];
  const contraindications = [...repo.pages(contraindicationsResource, { program_id: [id] })].flat();
  const names = programNames(
    repo,
    contraindications.map((c) => c.scope),
  );
  // For a group program, a route its source calls less common in group settings keeps that qualifier, named.
  const named = routes.map((r) =>
    p.format === 'group' && r.used_in_group_settings === 'less_common'
      ? `${r.name} (less common in group settings, per ${citedBy(r as { citations: { source_id: string }[] })})`
      : String(r.name),
  );
  return withSources(
    clean({
      '@context': CONTEXT,
      // A generic model (the format as a source describes it, no provider, nothing offered) is no Service.
      '@type': p.generic === true ? 'MedicalTherapy' : ['MedicalTherapy', 'Service'],
      '@id': `${base}/v1/programs/${id}`,
      identifier: id,
      name: p.name,
      description: p.description,
      provider: org ? organizationDoc(org, base, false) : undefined,
      // Only a place the source gives for this program (an inferred one, the provider's clinics, is not stated), as where
      // a person goes to take part: the service's location, not the area it serves, which no source gives ("Location:
      // Nanaimo, BC" serves Victoria and Vancouver too), and a Place, which areaServed's range holds and a PostalAddress
      // is not (audit 23 A23-4).
      availableChannel: [...located(p.place_inferred === true ? undefined : address(p)), ...channels(p)],
      // Each offer as its price's own document states it: without the price's inferred fields.
      offers: prices.map((x) => offerDoc(statedOnly(x) as Price, base)),
      // Routes the program's record names, each with its source's qualifier for group settings.
      drug: named.length ? { '@type': 'Drug', name: 'ketamine', administrationRoute: named } : undefined,
      doseSchedule: routes
        .filter((r) => r.dose_min !== null && ownedBy(r.dose_scope, id))
        .map((r) => doseSchedule(r, base)),
      // MedicalTherapy.contraindication holds MedicalContraindications only: what a source says to avoid.
      contraindication: contraindications
        .filter((c) => contraindicationType(c) === 'MedicalContraindication')
        .map((c) => contraindicationDoc(c, base, names)),
    }),
    p,
    base,
  );
}

/**
 * Whether an author is written as a person is, the way the sources write one: a surname then initials ("Tsang VWL",
 * "SMITH J", "Smith JA Jr"). A name without initials may be a body ("World Health Organization", "US FDA") or a
 * person written another way ("Jane Smith"): which, Katalog cannot tell (hostile 19b H19b-2).
 */
const writtenAsPerson = (name: string): boolean =>
  surnameOf(name) !== name.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');

/**
 * Who wrote a work, as the citing article gives it: its authors as schema.org Persons only when the list is whole
 * (`authors_complete` true) and every name is written as a person's (`writtenAsPerson`); a partial list ("Swainson J,
 * et al.") is not presented as the only authors, so it is the work's creditText, "et al." kept; a list not known to be
 * whole (null), or naming someone not written as a person, is the creditText as written (no type is asserted).
 */
export function authorship(w: Item, authors: string[]): Doc {
  if (!authors.length) return {};
  if (w.authors_complete === false) return { creditText: `${authors.join(', ')}, et al.` };
  if (w.authors_complete !== true || !authors.every(writtenAsPerson)) return { creditText: authors.join(', ') };
  return { author: authors.map((name) => ({ '@type': 'Person', name })) };
}

/** A study as MedicalStudy; its publication (authors, year, journal) as the ScholarlyArticle it is the subject of. */
export function studyDoc(repo: Repository, s: Item, base: string): Doc {
  const authors = ((s.authors as string[]) ?? []).filter((name) => !/^et al\.?$/i.test(name.trim()));
  // Its title only when a source gives it (not marked); else Katalog's description, said to be one.
  const name = workName(s);
  const article = clean({
    '@type': 'ScholarlyArticle',
    name,
    ...authorship(s, authors),
    datePublished: s.year === null ? undefined : String(s.year),
    isPartOf: s.journal ? { '@type': 'Periodical', name: s.journal } : undefined,
    url: s.url,
  });
  return withSources(
    clean({
      '@context': CONTEXT,
      '@type': 'MedicalStudy',
      '@id': `${base}/v1/studies/${s.id}`,
      identifier: s.id,
      name,
      // Its design, said to be one: "Not stated: the KAIR article reports …" is no description of the study (audit 23 A23-5).
      description: typeof s.design === 'string' ? `Study design: ${s.design}` : undefined,
      // Named as the condition's record names it (its id is a key, not a name).
      healthCondition: [...repo.byIds(conditionsResource, (s.conditions as string[]) ?? []).values()].map((c) => ({
        '@type': conditionType(c),
        '@id': `${base}/v1/conditions/${c.id}`,
        name: c.name,
      })),
      // Only a publication the source identifies (authors, journal, year or link): never one made of our own title alone.
      subjectOf: authors.length || s.journal || s.year !== null || s.url ? [article] : undefined,
    }),
    s,
    base,
  );
}

/**
 * The generic document of a record: its declared type, its name (the search title), its description
 * (the column the mapping names) and the sources it is cited from.
 */
export function recordDoc(resource: Resource, item: Item, base: string): Doc {
  const { types, description } = resource.jsonLd;
  return withSources(
    clean({
      '@type': types.length === 1 ? types[0] : types,
      '@id': `${base}/v1/${resource.path}/${item.id}`,
      identifier: item.id,
      // A title the record marks as Katalog's description is said to be one (`workName`), in any collection.
      name: titleInferred(item) ? workName(item) : item[resource.search.title],
      description: description ? item[description] : undefined,
    }),
    item,
    base,
  );
}

/**
 * A source as a CreativeWork: its authors, year, journal and address as the citing article gives them; its
 * publisher only when a source names it (an inferred publisher is Katalog's reading, so not stated); the articles
 * that cite it linked as what they are, works that cite it (`@reverse` `citation`, see `sourceRelation`), never
 * itself.
 */
export function sourceDoc(s: Item, base: string): Doc {
  const authors = ((s.authors as string[]) ?? []).filter((n) => !/^et al\.?$/i.test(n.trim()));
  // A journal named as a whole is the Periodical, by the name the source gives it, not a work within it (audit 22 A22-6).
  const periodical = s.kind === 'journal' && typeof s.journal === 'string';
  return withSources(
    clean({
      '@type': periodical ? 'Periodical' : 'CreativeWork',
      '@id': `${base}/v1/sources/${s.id}`,
      identifier: s.id,
      name: periodical ? s.journal : workName(s),
      ...authorship(s, authors),
      publisher:
        s.publisher && s.publisher_inferred !== true ? { '@type': 'Organization', name: s.publisher } : undefined,
      datePublished: s.year === null || s.year === undefined ? undefined : String(s.year),
      dateModified: s.updated ?? undefined,
      isPartOf: s.journal && !periodical ? { '@type': 'Periodical', name: s.journal } : undefined,
      url: s.url,
    }),
    s,
    base,
  );
}

/** An FAQ as a schema.org Question with its accepted Answer. */
export function faqDoc(f: Item, base: string): Doc {
  return withSources(
    clean({
      '@type': 'Question',
      '@id': `${base}/v1/faqs/${f.id}`,
      identifier: f.id,
      name: f.question,
      acceptedAnswer: { '@type': 'Answer', text: f.answer },
    }),
    f,
    base,
  );
}

const PLACE_PARTS = new Set(['city', 'region', 'country']);

/**
 * The record as a derived view may state it: every field its `inferred_fields` lists (Katalog's reading, not
 * what a source says of this record) withheld, null or an empty list, so that no builder can state it as the
 * record's own. Place parts keep their value and join `inferred_place_parts` instead, because `address()`
 * withholds them itself and still needs the country to name a region whose country is withheld. A title keeps its
 * value too: the only builders that name a work (`workName`) state a marked title as Katalog's description.
 */
export function statedOnly(item: Item): Item {
  const inferred = (item.inferred_fields as string[] | undefined) ?? [];
  if (!inferred.length) return item;
  const out: Item = { ...item };
  const parts = new Set((item.inferred_place_parts as string[] | undefined) ?? []);
  for (const field of inferred) {
    if (field === 'title') continue;
    if (PLACE_PARTS.has(field)) parts.add(field);
    else out[field] = Array.isArray(item[field]) ? [] : null;
  }
  if (parts.size) out.inferred_place_parts = [...parts];
  return out;
}

/**
 * The whole JSON-LD document of a record (with its @context), built as its collection declares, from what the
 * sources say of the record: a field listed in its `inferred_fields` is never stated (`statedOnly`).
 */
export function jsonLdOf(resource: Resource, repo: Repository, item: Item, base: string): Doc {
  const stated = statedOnly(item);
  const built = resource.jsonLd.build ? resource.jsonLd.build(repo, stated, base) : recordDoc(resource, stated, base);
  return { '@context': CONTEXT, ...built };
}

/**
 * The page a document is the main entity of, carrying the disclaimer as its `usageInfo`: a schema.org term
 * (CreativeWork.usageInfo on a MedicalWebPage), so JSON-LD processors keep it (a plain `disclaimer` key is
 * not a schema.org term). Its @id is where the disclaimer can be read on its own.
 */
export function disclaimerPage(base: string): Doc {
  return {
    '@type': 'MedicalWebPage',
    usageInfo: {
      '@type': 'CreativeWork',
      '@id': `${base}${DISCLAIMER_PATH}`,
      name: 'Disclaimer',
      text: DISCLAIMER,
    },
  };
}

/** A JSON-LD document with the disclaimer: every document says it is information, not medical advice. */
export function withDisclaimer(doc: Doc, base: string): Doc {
  return { ...doc, mainEntityOfPage: disclaimerPage(base) };
}

/** The example of a JSON-LD document in the spec: a study's, shortened. Every collection's read shows it, so it says whose it is. */
export const JSONLD_EXAMPLE = {
  summary: "A study's document, shortened (each collection has its own @type)",
  // A served document, not an invented one (audit 21 A21-10): ids are absolute, here as without a Host.
  value: {
    '@context': 'https://schema.org',
    '@type': 'MedicalStudy',
    '@id': '/v1/studies/dames-2025-roots-to-thrive-protocol',
    name: 'A clinical protocol for group-based ketamine-assisted therapy in a community of practice: the Roots To Thrive model',
    mainEntityOfPage: disclaimerPage(''),
  },
};

/** The response schema of every JSON-LD document (the disclaimer is required, as a schema.org term). */
export const JsonLdDoc = z
  .looseObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.union([z.string(), z.array(z.string())]),
    '@id': z.string(),
    mainEntityOfPage: z
      .object({
        '@type': z.literal('MedicalWebPage'),
        usageInfo: z.object({
          '@type': z.literal('CreativeWork'),
          '@id': z.string(),
          name: z.literal('Disclaimer'),
          text: Disclaimer,
        }),
      })
      .meta({
        description:
          'The page the thing is the main entity of; its usageInfo is the disclaimer (schema.org CreativeWork.usageInfo), with the @id where it can be read on its own.',
      }),
  })
  .meta({
    id: 'JsonLdDocument',
    description:
      'A schema.org JSON-LD document. Every @id is a URL of this API: absolute when PUBLIC_BASE_URL is set or the request\'s Host is a valid host[:port], else relative (never built from a hostile Host). The JSON text is safe to embed in an HTML `<script type="application/ld+json">` block: `<`, `>`, `&`, U+2028 and U+2029 are written as \\u003c-style escapes (the same data).',
    examples: [JSONLD_EXAMPLE.value],
  });
