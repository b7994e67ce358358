import type { Item } from '../query/spec.js';
import type { Repository } from '../repository/repository.js';
import { contraindicationsResource } from '../resources/contraindications/contraindications.resource.js';
import { dosingRoutesResource } from '../resources/dosing-routes/dosing-routes.resource.js';
import { organizationsResource } from '../resources/organizations/organizations.resource.js';
import { pricesResource } from '../resources/prices/prices.resource.js';

/**
 * schema.org JSON-LD for programs (MedicalTherapy + Service, with Offer/UnitPriceSpecification,
 * MedicalContraindication and DoseSchedule), organizations (MedicalClinic or MedicalOrganization)
 * and studies (MedicalStudy). Every @id is the record's URL in this API.
 */
export const JSONLD_TYPE = 'application/ld+json';
const CONTEXT = 'https://schema.org';

const UNIT_TEXT: Record<string, string> = {
  per_session: 'per session',
  per_program: 'per program',
  per_additional_session: 'per additional session',
  per_year: 'per year',
  per_retreat: 'per retreat',
};

type Doc = Record<string, unknown>;
const clean = (o: Doc): Doc =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)),
  );

function address(o: Item): Doc | undefined {
  if (!o.city && !o.region && !o.country) return undefined;
  return clean({
    '@type': 'PostalAddress',
    addressLocality: o.city,
    addressRegion: o.region,
    addressCountry: o.country,
  });
}

export function organizationDoc(o: Item, base: string, withContext = true): Doc {
  return clean({
    '@context': withContext ? CONTEXT : undefined,
    '@type': o.kind === 'clinic' ? 'MedicalClinic' : 'MedicalOrganization',
    '@id': `${base}/v1/organizations/${o.id}`,
    identifier: o.id,
    name: o.name,
    description: o.description,
    url: o.website,
    address: address(o),
    parentOrganization: o.parent_organization_id
      ? { '@id': `${base}/v1/organizations/${o.parent_organization_id}` }
      : undefined,
  });
}

export function offerDoc(p: Item, base: string): Doc {
  return clean({
    '@type': 'Offer',
    '@id': `${base}/v1/prices/${p.id}`,
    name: p.label,
    description: p.amount_text,
    priceCurrency: p.currency,
    priceSpecification: clean({
      '@type': 'UnitPriceSpecification',
      minPrice: p.amount_min,
      maxPrice: p.amount_max,
      priceCurrency: p.currency,
      unitText: UNIT_TEXT[String(p.unit)],
      // "+ GST" and "+ tax" mean the amount excludes tax.
      valueAddedTaxIncluded: p.tax_note ? false : undefined,
    }),
  });
}

/** True when a statement's scope names this program: only then is it the program's own. */
function ownedBy(scope: unknown, programId: string): boolean {
  const s = scope as { level?: string; program_ids?: string[] } | null;
  return s?.level === 'program' && !!s.program_ids?.includes(programId);
}

/**
 * A program as MedicalTherapy + Service. It states only what a source says of this program: its
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
  const prices = [...repo.pages(pricesResource, { program_id: [id] })].flat();
  const routes = [...repo.byIds(dosingRoutesResource, (p.routes as string[]) ?? []).values()];
  const contraindications = [...repo.pages(contraindicationsResource, { program_id: [id] })].flat();
  return clean({
    '@context': CONTEXT,
    '@type': ['MedicalTherapy', 'Service'],
    '@id': `${base}/v1/programs/${id}`,
    identifier: id,
    name: p.name,
    description: p.description,
    provider: org ? organizationDoc(org, base, false) : undefined,
    areaServed: address(p),
    offers: prices.map((x) => offerDoc(x, base)),
    drug: routes.length
      ? { '@type': 'Drug', name: 'ketamine', administrationRoute: routes.map((r) => String(r.name)) }
      : undefined,
    doseSchedule: routes
      .filter((r) => r.dose_min !== null && ownedBy(r.dose_scope, id))
      .map((r) =>
        clean({
          '@type': 'DoseSchedule',
          '@id': `${base}/v1/dosing-routes/${r.id}`,
          name: r.name,
          // doseValue is a single number in schema.org: given only when the source gives one dose, not a range.
          doseValue: r.dose_max === null || r.dose_max === r.dose_min ? r.dose_min : undefined,
          doseUnit: r.dose_unit,
          description: `${r.dose_min}${r.dose_max !== null && r.dose_max !== r.dose_min ? `–${r.dose_max}` : ''} ${r.dose_unit} (${r.name})`,
        }),
      ),
    contraindication: contraindications.map((c) =>
      clean({
        '@type': 'MedicalContraindication',
        '@id': `${base}/v1/contraindications/${c.id}`,
        name: c.condition,
        description: c.note,
      }),
    ),
  });
}

/** A study as MedicalStudy; its publication (authors, year, journal) as the ScholarlyArticle it is the subject of. */
export function studyDoc(s: Item, base: string): Doc {
  const authors = ((s.authors as string[]) ?? []).filter((name) => !/^et al\.?$/i.test(name.trim()));
  const article = clean({
    '@type': 'ScholarlyArticle',
    name: s.title,
    author: authors.map((name) => ({ '@type': 'Person', name })),
    datePublished: s.year === null ? undefined : String(s.year),
    isPartOf: s.journal ? { '@type': 'Periodical', name: s.journal } : undefined,
    url: s.url,
  });
  return clean({
    '@context': CONTEXT,
    '@type': 'MedicalStudy',
    '@id': `${base}/v1/studies/${s.id}`,
    identifier: s.id,
    name: s.title,
    description: s.design,
    healthCondition: ((s.conditions as string[]) ?? []).map((name) => ({
      '@type': 'MedicalCondition',
      name: name.replace(/-/g, ' '),
    })),
    // Only a publication the source identifies (authors, journal, year or link): never one made of our own title alone.
    subjectOf: authors.length || s.journal || s.year !== null || s.url ? article : undefined,
  });
}
