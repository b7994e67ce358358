import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { asHolder, type DbHolder } from '../db/holder.js';
import { citations } from '../db/schema/index.js';
import { HttpProblem } from '../http/errors.js';
import type { Resource } from '../resources/define.js';
import { grounds, type NameReading, nameAt, textOf, whoWrites, writesName } from '../resources/named.js';
import { BY_SIBLING, type Naming, type ReferencePath, referencePaths, referencesIn } from '../resources/references.js';
import { excerptsOf } from '../resources/written-figures.js';
import type { Statements } from './statements.js';

type Row = Record<string, unknown>;

/** An SQL identifier, quoted. */
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The names in a row's name columns (a column may hold a JSON list: alternate names). */
const namesIn = (row: Row, columns: readonly string[]): string[] =>
  columns.flatMap((c) => {
    const v = typeof row[c] === 'string' && (row[c] as string).startsWith('[') ? parseNames(row[c] as string) : row[c];
    return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x.length > 0);
  });
const parseNames = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

/**
 * Referential integrity, derived from the references each collection's schema declares
 * (src/resources/references.ts): no write may make a live record point at a missing or deleted one.
 * - create, replace, update and restore check every reference the document holds (422 naming the field);
 * - delete is refused (409 naming the live records that point at the record) rather than cascading:
 *   a partner's copy never loses a record silently, and an editor decides what to change first.
 */
export class Integrity {
  private readonly byCollection: Map<string, Resource>;
  private readonly byPath: Map<string, Resource>;
  private readonly paths: Map<string, ReferencePath[]>;
  private readonly dbs: DbHolder;

  constructor(
    db: Db | DbHolder,
    private readonly resources: readonly Resource[],
    /** Statements of `db`'s connection: the checks of every write are prepared once. */
    private readonly statements: Statements,
  ) {
    this.dbs = asHolder(db);
    this.byCollection = new Map(resources.map((r) => [r.tableName, r]));
    this.byPath = new Map(resources.map((r) => [r.path, r]));
    this.paths = new Map(resources.map((r) => [r.tableName, referencePaths(r.writable)]));
    // Fail at start-up, not on a delete, if a schema declares a reference in a shape we cannot query.
    for (const r of resources)
      for (const p of this.paths.get(r.tableName) ?? []) {
        this.pointing(r, p, '', r);
        if (p.self === 'acyclic' && (p.path.length !== 1 || p.target !== r.tableName))
          throw new Error(`${r.tableName}.${p.path.join('.')}: only a field naming its own collection can be acyclic`);
      }
  }

  private get db(): Db {
    return this.dbs.db;
  }

  /**
   * The collection a reference names: the collection key a schema declares, or the URL segment a document writes
   * (BY_SIBLING, FAQ `related`), never the internal key, which served back would be a link to nothing
   * (`/v1/session_phases/…`) and a second spelling of one record (hostile 16 H16-1).
   */
  private resolve(ref: { target: string; named: boolean }): Resource | undefined {
    // Maps, not objects: "__proto__" or "constructor" is just an unknown name.
    return ref.named ? this.byPath.get(ref.target) : this.byCollection.get(ref.target);
  }

  /**
   * 422 naming each field of `doc` that points at a record that does not exist or is deleted; `restoring`: `doc` is a
   * deleted record coming back as it was, so a record it must agree with has changed since (hostile 18b H18b-10).
   */
  checkReferences(resource: Resource, doc: unknown, restoring = false): void {
    const found = this.firstDangling([[resource, doc]], restoring);
    if (found) throw found.problem;
  }

  /**
   * The same check for many documents at once (a bulk write), with one statement per collection
   * pointed at: the first document holding a dangling reference, and its 422, or undefined.
   */
  firstDangling(
    docs: readonly (readonly [Resource, unknown])[],
    restoring = false,
  ): { index: number; problem: HttpProblem } | undefined {
    type Problem = { name: string; in: 'body'; detail: string };
    const problems = new Map<number, Problem[]>();
    const report = (index: number, p: Problem) => {
      const list = problems.get(index);
      if (list) list.push(p);
      else problems.set(index, [p]);
    };
    const wanted = new Map<Resource, Map<string, { index: number; name: string }[]>>();
    const cyclic: { index: number; name: string; field: string; from: string; self: string }[] = [];
    const agreeing: {
      index: number;
      target: Resource;
      id: string;
      agree: Readonly<Record<string, string>>;
      doc: Row;
    }[] = [];
    const naming: {
      index: number;
      target: Resource;
      id: string;
      name: string;
      naming: Naming;
      doc: Row;
      field: string;
      holder: Resource;
    }[] = [];
    docs.forEach(([resource, doc], index) => {
      this.referrersAgree(resource, doc, (p) => report(index, p));
      for (const ref of referencesIn(doc, this.paths.get(resource.tableName) ?? [])) {
        const target = this.resolve(ref);
        if (!target) {
          report(index, {
            name: ref.name.replace(/\.id$/, '.collection'),
            in: 'body',
            detail: `no collection "${ref.target}"; use one of ${[...this.byPath.keys()].join(', ')}`,
          });
          continue;
        }
        if (typeof ref.id !== 'string') continue; // the schema has already rejected a non-string id
        // A record may point at itself (an article citing itself): it exists once written, whether created or
        // replaced, as a PATCH and a PUT already allow (reprobe R-2); unless the field says it names another (notSelf).
        if (target === resource && isSelf(doc, ref.id)) {
          if (ref.path.self)
            report(index, { name: ref.name, in: 'body', detail: 'must name another record than this one' });
          continue;
        }
        if (ref.path.namedIn)
          naming.push({
            index,
            target,
            id: ref.id,
            name: ref.name,
            naming: ref.path.namedIn,
            holder: resource,
            doc: doc as Row,
            field: ref.path.field,
          });
        if (ref.path.agree && ref.path.path.length === 1)
          agreeing.push({ index, target, id: ref.id, agree: ref.path.agree, doc: doc as Row });
        if (ref.path.self === 'acyclic' && target === resource && typeof (doc as { id?: unknown }).id === 'string')
          cyclic.push({ index, name: ref.name, field: ref.path.field, from: ref.id, self: (doc as { id: string }).id });
        let ids = wanted.get(target);
        if (!ids) {
          ids = new Map();
          wanted.set(target, ids);
        }
        const holders = ids.get(ref.id);
        if (holders) holders.push({ index, name: ref.name });
        else ids.set(ref.id, [{ index, name: ref.name }]);
      }
    });
    for (const [target, ids] of wanted) {
      const table = quoted(getTableName(target.table));
      const live = new Set(
        this.statements
          .all<{ id: string }>(
            `select id from ${table} where deleted_at is null and id in (select value from json_each(?))`,
            [JSON.stringify([...ids.keys()])],
          )
          .map((r) => r.id),
      );
      for (const [id, holders] of ids) {
        if (live.has(id)) continue;
        for (const { index, name } of holders)
          report(index, { name, in: 'body', detail: `no live ${target.path} record with id "${id}"` });
      }
    }
    // A referenced record the document must agree with (agreesWith: a price's format is its program's).
    for (const a of agreeing) {
      const table = quoted(getTableName(a.target.table));
      const columns = Object.values(a.agree).map(quoted).join(', ');
      const row = this.statements.get<Row>(`select ${columns} from ${table} where id = ? and deleted_at is null`, [
        a.id,
      ]);
      if (!row) continue; // a dangling reference, named above
      for (const [mine, theirs] of Object.entries(a.agree))
        if (a.doc[mine] !== undefined && a.doc[mine] !== row[theirs])
          report(a.index, {
            name: mine,
            in: 'body',
            detail: restoring
              ? `is ${JSON.stringify(a.doc[mine])}, but the ${theirs} of ${a.target.path}/${a.id}, which it belongs to, changed to ${JSON.stringify(row[theirs])} after the delete; a restore brings the record back as it was, so only while that ${theirs} is ${JSON.stringify(a.doc[mine])}`
              : `must be ${JSON.stringify(row[theirs])}, the ${theirs} of ${a.target.path}/${a.id}, which it belongs to`,
          });
    }
    // A referenced record this one's texts name (namedIn: a contraindication's conditions, a price's program).
    for (const n of naming) {
      const row = this.namesOf(n.target, n.id);
      if (!row) continue; // a dangling reference, named above
      const { texts, inferable } = n.naming;
      const how = { bracketsDescribe: n.target.names?.bracketsDescribe ?? false, degreeless: !inferable };
      const textsOf = (list: readonly string[]) =>
        list
          .flatMap((t) => (t === 'citations' ? excerptsOf(n.doc) : [textOf(n.doc, t)]))
          .filter((t): t is string => typeof t === 'string');
      const written = textsOf(texts);
      const them = row.names;
      // A first sentence names whose the record is by the first record of the collection it names ("Port Credit Therapy
      // Centre, an ATMA CENA member clinic": review 43 R43-4).
      const named = (list: readonly string[]) => them.some((name) => writesName(textsOf(list), name, how));
      const leads = texts.filter((t) => t.endsWith(':lead'));
      const ok =
        named(texts.filter((t) => !t.endsWith(':lead'))) ||
        leads.some((t) => {
          const lead = textOf(n.doc, t);
          if (typeof lead !== 'string') return false;
          const at = Math.min(...them.map((name) => nameAt(lead, name, how)).filter((i) => i >= 0));
          return Number.isFinite(at) && !this.namedBefore(n.target, n.id, lead, at, how);
        });
      if (ok) continue;
      // Katalog's label, said to be, of what its texts speak of (review 41 R41-14: no bypass of the check); or its study's
      // one condition where the texts name no other (review 43 R43-1: not the eating-disorder series' depression scores).
      const inferred = inferable && Array.isArray(n.doc.inferred_fields) && n.doc.inferred_fields.includes(n.field);
      if (
        inferred &&
        (them.some((name) => grounds(written, name)) ||
          (this.onlyOneAbove(n.holder, n.doc, n.target, n.id) &&
            !this.namedBefore(n.target, n.id, written.join(' . '), Number.POSITIVE_INFINITY, how)))
      )
        continue;
      report(n.index, {
        name: n.name,
        in: 'body',
        detail: `names ${n.target.path}/${n.id} (${them.map((x) => JSON.stringify(x)).join(', ')}), which ${whoWrites(texts)}${
          inferred
            ? ', and whose words its texts do not all write, so it is no reading of them'
            : inferable
              ? `; a label Katalog gives to what its texts write is listed in inferred_fields`
              : ''
        }`,
      });
    }
    // A chain through an acyclic field (a parent's parent…) that leads back to the record, in what is stored: a bulk
    // write checks each document as it is written, so documents of one batch are chained through each other too.
    for (const c of cyclic) {
      const [resource] = docs[c.index] as readonly [Resource, unknown];
      if (this.leadsBack(resource, c.field, c.from, c.self))
        report(c.index, {
          name: c.name,
          in: 'body',
          detail: `"${c.from}" leads back to the record through ${c.field}: a chain of them may not return to its start`,
        });
    }
    if (!problems.size) return undefined;
    const index = Math.min(...problems.keys());
    const list = problems.get(index) ?? [];
    return { index, problem: new HttpProblem(422, list.map((p) => `${p.name}: ${p.detail}`).join('; '), list) };
  }

  /**
   * A record that others must agree with (agreesWith, declared on their reference to it): a change of an agreed field
   * that would leave a live referrer disagreeing is named (a program's format while its prices have another).
   */
  private referrersAgree(
    resource: Resource,
    doc: unknown,
    report: (p: { name: string; in: 'body'; detail: string }) => void,
  ) {
    const d = doc as Row;
    if (typeof d?.id !== 'string') return;
    for (const referrer of this.resources)
      for (const p of this.paths.get(referrer.tableName) ?? []) {
        if (p.target !== resource.tableName || !p.agree || p.path.length !== 1) continue;
        const table = quoted(getTableName(referrer.table));
        for (const [mine, theirs] of Object.entries(p.agree)) {
          if (d[theirs] === undefined) continue;
          const ids = this.statements
            .all<{ id: string }>(
              `select id from ${table} where "${p.field}" = ? and deleted_at is null and "${mine}" is not ? order by id limit 5`,
              [d.id, d[theirs]],
            )
            .map((r) => `${referrer.path}/${r.id}`);
          if (ids.length)
            report({
              name: theirs,
              in: 'body',
              // No write changes two records: what works is to take them off this record, or delete them, first
              // (hostile 18b H18b-10: "change it first, or with this" named two ways that are both refused).
              detail: `${ids.join(', ')} ${ids.length > 1 ? 'have' : 'has'} another ${mine} and ${ids.length > 1 ? 'belong' : 'belongs'} to this record: detach ${ids.length > 1 ? 'them' : 'it'} (${p.field} null) or delete ${ids.length > 1 ? 'them' : 'it'} first`,
            });
        }
      }
  }

  /**
   * Whether a record `doc` references by a column of its own names `id` of `target` as its only one of them: a finding's
   * label is its study's one condition ("treatment-resistant depression" for a finding of the case report of a man with
   * "depression that hadn't responded to traditional treatments"), not one of a study's several (review 42 R42-5: the
   * GAD-7 anxiety finding under PTSD).
   */
  private onlyOneAbove(resource: Resource, doc: Row, target: Resource, id: string): boolean {
    return (this.paths.get(resource.tableName) ?? [])
      .filter((p) => p.path.length === 1 && !p.namedIn && typeof doc[p.field] === 'string')
      .some((p) => {
        const parent = this.byCollection.get(p.target);
        const named = (parent && this.paths.get(parent.tableName)) ?? [];
        return named
          .filter((q) => q.target === target.tableName && q.namedIn && q.path.length <= 2)
          .some((q) => {
            const table = quoted(getTableName((parent as Resource).table));
            const row = this.statements.get<Row>(
              `select ${quoted(q.field)} as v from ${table} where id = ? and deleted_at is null`,
              [doc[p.field]],
            );
            const named = namesIn(row ?? {}, ['v']);
            return named.length === 1 && named[0] === id;
          });
      });
  }

  /** The names a record of `target` goes by (its collection's `names`), or undefined when it is not live. */
  private namesOf(target: Resource, id: string): { names: string[] } | undefined {
    const columns = target.names?.columns ?? ['name'];
    const table = quoted(getTableName(target.table));
    const row = this.statements.get<Row>(
      `select ${columns.map(quoted).join(', ')} from ${table} where id = ? and deleted_at is null`,
      [id],
    );
    if (!row) return undefined;
    return { names: namesIn(row, columns) };
  }

  /**
   * Whether `text` names another live record of `target` before word `at` (anywhere, with no bound). The collections
   * read this way (organizations, conditions) are the sources' vocabulary: tens of records, read on a write only.
   */
  private namedBefore(target: Resource, id: string, text: string, at: number, how: NameReading): boolean {
    const columns = target.names?.columns ?? ['name'];
    const table = quoted(getTableName(target.table));
    return this.statements
      .all<Row>(`select id, ${columns.map(quoted).join(', ')} from ${table} where deleted_at is null and id <> ?`, [id])
      .some((r) =>
        namesIn(r, columns).some((name) => {
          const i = nameAt(text, name, how);
          return i >= 0 && i < at;
        }),
      );
  }

  /** Whether following `field` up from the record `from` (its value, that record's value, …) reaches `self`. */
  private leadsBack(resource: Resource, field: string, from: string, self: string): boolean {
    const table = quoted(getTableName(resource.table));
    const column = quoted(field);
    // `union` keeps each id once, so the walk ends at the top of the chain or where a stored cycle closes, however
    // long the chain (hostile 17b H17b-4: a depth bound let a cycle of 1,002 records through); each step is a lookup
    // by primary key. Live records only: a deleted one is refused as a reference before this (H17b-8).
    return (
      this.statements.all<{ found: number }>(
        `with recursive up(id) as (select ? union select t.${column} from ${table} as t join up on t.id = up.id where t.${column} is not null and t.deleted_at is null) select 1 as found from up where id = ? limit 1`,
        [from, self],
      ).length > 0
    );
  }

  /** 409 naming the live records that point at `resource`/`id`: a referenced record is not deleted. */
  checkUnreferenced(resource: Resource, id: string): void {
    // By record: one record pointing through two fields is one referrer (hostile 18 H18-14), with both fields named.
    const referrers = new Map<string, string[]>();
    for (const r of this.resources) {
      for (const p of this.paths.get(r.tableName) ?? []) {
        if (p.target !== resource.tableName && p.target !== BY_SIBLING) continue;
        const where = this.pointing(r, p, id, resource);
        const rows = this.db.all<{ id: string }>(
          sql`select id from ${r.table} where deleted_at is null and ${where} order by id limit 21`,
        );
        for (const row of rows) {
          // The record itself (an article citing itself, an FAQ relating itself) goes with it: not a referrer.
          if (r === resource && row.id === id) continue;
          const key = `${r.path}/${row.id}`;
          referrers.set(key, [...(referrers.get(key) ?? []), p.path.join('.').replace(/\.\*/g, '[]')]);
        }
      }
    }
    if (!referrers.size) return;
    const shown = [...referrers].slice(0, 20).map(([key, fields]) => `${key} (${[...new Set(fields)].join(', ')})`);
    throw new HttpProblem(
      409,
      `${resource.path}/${id} is referenced by ${referrers.size > 20 ? 'more than 20' : referrers.size} live record${referrers.size === 1 ? '' : 's'}: ${shown.join(', ')}. Change or delete them first.`,
    );
  }

  /** SQL: the row of `r` holds a reference at path `p` to `target`/`id`. */
  private pointing(r: Resource, p: ReferencePath, id: string, target: Resource): SQL {
    const [field, ...rest] = p.path as [string, ...string[]];
    if (field === 'citations' && rest.join('.') === '*.source_id') {
      return sql`exists (select 1 from ${citations} where ${citations.collection} = ${r.tableName} and ${citations.record_id} = ${r.table.id} and ${citations.source_id} = ${id})`;
    }
    const column = sql.identifier(field);
    const shape = rest.join('.');
    if (shape === '') return sql`${column} = ${id}`;
    if (shape === '*') return sql`exists (select 1 from json_each(${column}) where value = ${id})`;
    const one = /^\*\.([a-z_]+)$/.exec(shape);
    if (one) {
      const key = `$.${one[1]}`;
      const sibling =
        p.target === BY_SIBLING
          ? sql` and json_extract(value, '$.collection') in (${target.path}, ${target.tableName})`
          : sql``;
      return sql`exists (select 1 from json_each(${column}) where json_extract(value, ${key}) = ${id}${sibling})`;
    }
    const inner = /^([a-z_]+)\.\*$/.exec(shape);
    if (inner) return sql`exists (select 1 from json_each(${column}, ${`$.${inner[1]}`}) where value = ${id})`;
    if (p.target === BY_SIBLING || !rest.every((k) => k === '*' || /^[a-z_]+$/.test(k)))
      throw new Error(`${r.tableName}.${p.path.join('.')}: a reference in a shape integrity checks cannot query`);
    // Deeper shapes (a scope's program_ids inside each guide item, an access step's organization): one
    // json_each per array on the way, the keys between them as JSON paths.
    const from: SQL[] = [];
    let current: SQL = sql`${column}`;
    let keys: string[] = [];
    for (const k of rest) {
      if (k !== '*') {
        keys.push(k);
        continue;
      }
      const alias = sql.identifier(`j${from.length}`);
      from.push(sql`json_each(${current}, ${keys.length ? `$.${keys.join('.')}` : '$'}) as ${alias}`);
      current = sql`${alias}.value`;
      keys = [];
    }
    const value = keys.length ? sql`json_extract(${current}, ${`$.${keys.join('.')}`})` : current;
    return from.length
      ? sql`exists (select 1 from ${sql.join(from, sql`, `)} where ${value} = ${id})`
      : sql`${value} = ${id}`;
  }
}

/** Whether `id` is the document's own id. */
function isSelf(doc: unknown, id: string): boolean {
  return typeof doc === 'object' && doc !== null && (doc as { id?: unknown }).id === id;
}
