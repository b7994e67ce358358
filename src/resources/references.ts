import { z } from 'zod';

/**
 * References are declared once, on the schema field that holds the id: `references('programs')`
 * marks an id (or a list of ids, at any depth) as pointing at a record of that collection, and
 * `references(BY_SIBLING)` marks an id whose collection is named by its sibling `collection` field
 * (FAQ `related`). Everything else is derived from the schemas by `referencePaths`: the write check
 * (422 naming the field), the delete rule (409 naming the referencing records), the seed check, and the
 * `x-references` annotation the OpenAPI document shows on each such field.
 */
export const REFERENCES = 'x-references';
export const BY_SIBLING = '@collection';

/** Meta for an id field that points at `target` (a collection key such as `programs`), or at BY_SIBLING. */
export function references(target: string, description?: string): Record<string, string> {
  return description ? { [REFERENCES]: target, description } : { [REFERENCES]: target };
}

/**
 * What a reference may say of the record that holds it. By default it may name the record itself (a source citing
 * itself, an organization in its own access steps). `other` refuses that (an organization is not its own partner, an
 * FAQ not related to itself); `acyclic` also refuses a chain through that field that leads back to the record (a
 * parent's parent's parent that is the record: a hierarchy with no root, whose records could not be deleted, each
 * referenced by another; hostile 16 H16-11).
 */
export type SelfRule = 'other' | 'acyclic';
const SELF_RULES = new WeakMap<z.core.$ZodType, SelfRule>();

/** A reference (a schema `references()` marks) that may not name the record holding it, or lead back to it. */
export function notSelf<T extends z.core.$ZodType>(schema: T, rule: SelfRule = 'other'): T {
  SELF_RULES.set(schema, rule);
  return schema;
}

const AGREEMENTS = new WeakMap<z.core.$ZodType, Readonly<Record<string, string>>>();

/**
 * A reference whose record must agree with the one holding it on some fields (`fields`: this record's field → the
 * referenced record's): a price's `format` is its program's (hostile 18 H18-17). Checked on a write of either side: a
 * price that disagrees with its program is a 422 naming the field, and so is a program whose live prices it would
 * leave disagreeing.
 */
export function agreesWith<T extends z.core.$ZodType>(schema: T, fields: Readonly<Record<string, string>>): T {
  AGREEMENTS.set(schema, fields);
  return schema;
}

/** What names a referenced record (`namedIn`): this record's fields (`citations`: its excerpts), and whether a label
 * Katalog gives, listed in `inferred_fields`, may stand for them when the texts ground it. */
export interface Naming {
  texts: readonly string[];
  inferable: boolean;
}
const NAMINGS = new WeakMap<z.core.$ZodType, Naming>();

/**
 * A reference whose record this one's texts must name (hostile 21 H21-9, H21-10, reviews 41–43): one of the referenced
 * record's names (its collection's `names`: "Psychosis", "PTSD", "IM", "Roots to Thrive Group") written as a phrase of
 * whole words in `texts` (this record's fields; `citations`: its excerpts; `description:lead`: the description's first
 * sentence, as the first record of that collection it names), as src/resources/named.ts reads it; or, where
 * `inferable`, the field is listed in `inferred_fields` as Katalog's reading and its texts ground it. A contraindication
 * of substance use filed under depression, or Roots to Thrive's price moved to another program, is a 422 naming the
 * field. Declared on the field's own schema (the list, or the nullable id), which holds the id.
 */
export function namedIn<T extends z.ZodType>(
  schema: T,
  texts: readonly string[],
  options: { inferable?: boolean } = {},
): T {
  NAMINGS.set(schema, { texts, inferable: options.inferable ?? false });
  return schema;
}

/** One reference inside a document: the path to it (`*` for each array element) and its target. */
export interface ReferencePath {
  /** The top-level field (a column) that holds the reference, directly or nested. */
  field: string;
  path: string[];
  target: string;
  /** Set when the reference may not name the record itself (`notSelf`). */
  self?: SelfRule;
  /** Fields the referenced record must agree on (`agreesWith`): this record's field → the referenced record's. */
  agree?: Readonly<Record<string, string>>;
  /** What in this record names the referenced record (`namedIn`). */
  namedIn?: Naming;
}

function targetOf(schema: z.core.$ZodType): string | undefined {
  // What `.meta()` reads: the metadata `.meta({...})` registered for this schema.
  const t = z.globalRegistry.get(schema)?.[REFERENCES];
  return typeof t === 'string' ? t : undefined;
}

/** Every reference a schema declares, found by walking objects, arrays and nullable/optional wrappers. */
export function referencePaths(schema: z.ZodType): ReferencePath[] {
  const out: ReferencePath[] = [];
  const walk = (s: z.core.$ZodType, path: string[], outer?: Naming) => {
    const naming = NAMINGS.get(s) ?? outer;
    const target = targetOf(s);
    if (target) {
      const self = SELF_RULES.get(s);
      const agree = AGREEMENTS.get(s);
      out.push({
        field: path[0] as string,
        path,
        target,
        ...(self ? { self } : {}),
        ...(agree ? { agree } : {}),
        ...(naming ? { namedIn: naming } : {}),
      });
      return;
    }
    if (s instanceof z.ZodObject) for (const [k, v] of Object.entries(s.shape)) walk(v, [...path, k]);
    else if (s instanceof z.ZodArray) walk(s.element, [...path, '*'], naming);
    else {
      // Wrappers (nullable, optional, default…) hold the schema they wrap.
      const def = s._zod.def;
      if ('innerType' in def && def.innerType instanceof z.core.$ZodType) walk(def.innerType, path, naming);
    }
  };
  walk(schema, []);
  return out;
}

/** A reference found in a document: where (a readable field path), which collection, which id. */
export interface FoundReference {
  name: string;
  target: string;
  id: unknown;
  /** True when the document names the collection (BY_SIBLING): `target` is what it wrote, a URL segment if valid. */
  named: boolean;
  /** The declared path it was found at. */
  path: ReferencePath;
}

/** The references a document holds, following each declared path (null and absent values hold none). */
export function referencesIn(doc: unknown, paths: readonly ReferencePath[]): FoundReference[] {
  const found: FoundReference[] = [];
  for (const p of paths) {
    const visit = (value: unknown, rest: string[], name: string, parent: unknown) => {
      if (value === null || value === undefined) return;
      if (!rest.length) {
        const target =
          p.target === BY_SIBLING ? String((parent as Record<string, unknown> | null)?.collection ?? '') : p.target;
        found.push({ name, target, id: value, named: p.target === BY_SIBLING, path: p });
        return;
      }
      const [head, ...tail] = rest as [string, ...string[]];
      if (head === '*') {
        if (Array.isArray(value)) for (const [i, v] of value.entries()) visit(v, tail, `${name}[${i}]`, value);
        return;
      }
      if (typeof value === 'object' && Object.hasOwn(value, head))
        visit((value as Record<string, unknown>)[head], tail, name ? `${name}.${head}` : head, value);
    };
    visit(doc, p.path, '', null);
  }
  return found;
}
