import type Database from 'better-sqlite3';

export type Statement = Database.Statement<unknown[], unknown>;

/**
 * Prepared statements of one connection, keyed by their SQL text and kept in a small LRU: the read
 * path's text depends only on the query's shape (see query/sql.ts), so each shape is prepared once
 * and reused, and the number of shapes held is bounded however clients combine parameters.
 */
export class Statements {
  private readonly cache = new Map<string, Statement>();

  constructor(
    readonly sqlite: Database.Database,
    private readonly max = 500,
  ) {}

  prepare(sql: string): Statement {
    const hit = this.cache.get(sql);
    if (hit) {
      // Most recently used last: delete and set again.
      this.cache.delete(sql);
      this.cache.set(sql, hit);
      return hit;
    }
    const stmt = this.sqlite.prepare(sql) as Statement;
    this.cache.set(sql, stmt);
    if (this.cache.size > this.max) this.cache.delete(this.cache.keys().next().value as string);
    return stmt;
  }

  /**
   * The statement of `sql` in raw mode (rows as arrays, in the order of `columns()`): better-sqlite3
   * makes no object per row, which costs about as much as running a small page's query. Kept apart
   * from the statement in object mode (raw mode is a state of the statement).
   */
  raw(sql: string): Statement {
    const key = `raw\n${sql}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const stmt = (this.sqlite.prepare(sql) as Statement).raw(true);
    this.cache.set(key, stmt);
    if (this.cache.size > this.max) this.cache.delete(this.cache.keys().next().value as string);
    return stmt;
  }

  all<T>(sql: string, params: unknown[]): T[] {
    return this.prepare(sql).all(...params) as T[];
  }

  get<T>(sql: string, params: unknown[]): T | undefined {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  get size(): number {
    return this.cache.size;
  }
}
