/**
 * Expands JSON-LD documents with the jsonld library, offline: the schema.org context is answered locally
 * (tests/fixtures/schemaorg-context.json, the vocabulary mapping of https://schema.org's context).
 */
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const CONTEXT = JSON.parse(readFileSync(new URL('./fixtures/schemaorg-context.json', import.meta.url), 'utf8'));
export const S = 'http://schema.org/';

const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') === 'https://schema.org' || url.replace(/\/$/, '') === 'http://schema.org') {
    return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
  }
  throw new Error(`no network in tests: ${url}`);
};

export type Node = Record<string, unknown[]>;

export const expand = async (doc: unknown) =>
  (await jsonld.expand(doc as never, { documentLoader: documentLoader as never })) as unknown as Node[];

/** The values of a schema.org property of an expanded node. */
export const values = (node: Node, prop: string) => (node[`${S}${prop}`] ?? []) as Record<string, unknown>[];

/**
 * The schema.org terms Katalog's documents use, each checked against schema.org (https://schema.org/<term>)
 * and valid on the type it is used on. The fixture context maps any key to http://schema.org/ (its @vocab),
 * so expansion alone would keep a made-up term such as `disclaimer`: tests compare with this list instead.
 */
export const SCHEMA_ORG_TERMS = new Set([
  // Thing
  'identifier',
  'name',
  'alternateName',
  'disambiguatingDescription',
  'description',
  'url',
  'subjectOf',
  'mainEntityOfPage',
  // MedicalTherapy (TherapeuticProcedure) and Service
  'provider',
  'offers',
  'availableChannel',
  'drug',
  'doseSchedule',
  'contraindication',
  // ServiceChannel (serviceLocation: a Place), Drug, DoseSchedule
  'serviceUrl',
  'serviceLocation',
  'administrationRoute',
  'doseValue',
  'doseUnit',
  // Offer and UnitPriceSpecification
  'priceSpecification',
  'price',
  'minPrice',
  'maxPrice',
  'priceCurrency',
  'unitText',
  'valueAddedTaxIncluded',
  // Offer.itemOffered: the program a price is of (or a market-wide Service)
  'itemOffered',
  // Claim (a CreativeWork): the study a finding is about and based on, the article it appears in
  'about',
  'isBasedOn',
  'appearance',
  // CreativeWork: a work it cites (a source is linked to the articles that cite it with @reverse)
  'citation',
  // CreativeWork: a source's publisher and last-updated date
  'publisher',
  'dateModified',
  // Organization and PostalAddress
  'address',
  'memberOf',
  'addressLocality',
  'addressRegion',
  'addressCountry',
  // MedicalStudy and ScholarlyArticle
  'healthCondition',
  'author',
  'creditText',
  'datePublished',
  'isPartOf',
  // Question (an FAQ) and its Answer
  'acceptedAnswer',
  // MedicalWebPage (CreativeWork): the disclaimer
  'usageInfo',
  'text',
]);

/** Every property IRI of an expanded document, at any depth. */
export function propertiesOf(nodes: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) for (const v of x) walk(v);
    else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) {
        if (!k.startsWith('@')) out.push(k);
        walk(v);
      }
  };
  walk(nodes);
  return out;
}
