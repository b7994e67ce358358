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
