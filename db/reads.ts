import type { Database as SQLite } from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/**
 * What a computation read, told by SQLite rather than by its author: each statement a connection
 * runs is reported (`reportStatements`), a watched computation keeps the ones it ran, and each
 * statement's program (EXPLAIN) names the tables and indexes it opens. A cache built on this cannot
 * forget a table its figure reads (db/cache.ts).
 */
type Frame = { statements: string[]; noted: Set<string> } | 'unwatched';

const frames = new WeakMap<SQLite, Frame[]>();
/** How many computations are watched, on any connection: while none is, a statement costs one comparison more. */
let watching = 0;

function noteStatement(sqlite: SQLite, statement: string): void {
  const frame = frames.get(sqlite)?.at(-1);
  if (frame && frame !== 'unwatched') frame.statements.push(statement);
}

/**
 * Makes every statement of every connection report its SQL, as written (placeholders, not values:
 * the same few hundred texts whatever the figures, so each is explained once). better-sqlite3 has
 * no hook for it: its `verbose` option gives each statement with its values written in, a new text
 * for every viewer and page, so the statements' own methods are wrapped, once per process.
 */
export function reportStatements(sqlite: SQLite): void {
  const prototype = Object.getPrototypeOf(sqlite.prepare('select 1')) as Record<'run' | 'get' | 'all' | 'iterate', (...args: unknown[]) => unknown>;
  if (reported.has(prototype)) return;
  reported.add(prototype);
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = prototype[method];
    prototype[method] = function (this: { database: SQLite; source: string }, ...args: unknown[]) {
      if (watching) noteStatement(this.database, this.source);
      return original.apply(this, args);
    };
  }
}
const reported = new WeakSet<object>();

function withFrame<T>(sqlite: SQLite, frame: Frame, compute: () => T): T {
  let stack = frames.get(sqlite);
  if (!stack) frames.set(sqlite, (stack = []));
  stack.push(frame);
  watching++;
  try {
    return compute();
  } finally {
    watching--;
    stack.pop();
  }
}

/** Runs `compute` and gives the statements it ran on `sqlite`, and what computations nested in it noted (`noteRead`). */
export function watchReads<T>(sqlite: SQLite, compute: () => T): { value: T; statements: string[]; noted: Set<string> } {
  const frame = { statements: [], noted: new Set<string>() };
  const value = withFrame(sqlite, frame, compute);
  return { value, ...frame };
}

/** Statements run for the watching itself (write counts, EXPLAIN), which are no part of what is watched. */
export const unwatched = <T>(sqlite: SQLite, compute: () => T): T => withFrame(sqlite, 'unwatched', compute);

/** Tells the computation being watched that it depends on these too: a nested cache's figure read from it, not from the file. */
export function noteRead(sqlite: SQLite, names: Iterable<string>): void {
  const frame = frames.get(sqlite)?.at(-1);
  if (frame && frame !== 'unwatched') for (const name of names) frame.noted.add(name);
}

type Schema = {
  version: number;
  /** The virtual tables that hold data (a search index), by a pattern that finds their names. */
  storedVirtual: RegExp | undefined;
  /** Each table's and index's first page, as the table it belongs to. */
  tableAt: Map<number, string>;
  /** Tables written by triggers, as the tables those triggers are on (a count kept from those). */
  keptFrom: Map<string, Set<string>>;
  /** Each statement's tables, as read from its program. */
  statements: LRUCache<string, readonly string[]>;
};
const schemas = new WeakMap<SQLite, Schema>();

/** A trigger's body writes these tables (its header names its own, after ON; an upsert's DO UPDATE names none). */
const WRITTEN = /\b(?:insert\s+(?:or\s+\w+\s+)?into|(?<!\bdo\s+)update(?:\s+or\s+\w+)?|delete\s+from)\s+[`"[]?(\w+)/gi;

function schemaOf(sqlite: SQLite): Schema {
  const version = sqlite.pragma('schema_version', { simple: true }) as number;
  const known = schemas.get(sqlite);
  if (known?.version === version) return known;
  const objects = sqlite.prepare('select type, name, tbl_name as tableName, rootpage, sql from sqlite_master').all() as {
    type: string;
    name: string;
    tableName: string;
    rootpage: number | null;
    sql: string | null;
  }[];
  const tableAt = new Map<number, string>();
  const keptFrom = new Map<string, Set<string>>();
  for (const object of objects) {
    if (object.rootpage) tableAt.set(object.rootpage, object.tableName);
    if (object.type !== 'trigger' || !object.sql) continue;
    const body = object.sql.slice(object.sql.search(/\bbegin\b/i));
    for (const [, written] of body.matchAll(WRITTEN)) keptFrom.set(written!, (keptFrom.get(written!) ?? new Set()).add(object.tableName));
  }
  const virtual = objects.filter((object) => object.type === 'table' && /^create virtual table/i.test(object.sql ?? '')).map((object) => object.name);
  const storedVirtual = virtual.length ? new RegExp(`\\b(${virtual.join('|')})\\b`, 'g') : undefined;
  const schema = { version, storedVirtual, tableAt, keptFrom, statements: new LRUCache<string, readonly string[]>({ max: 2_000 }) };
  schemas.set(sqlite, schema);
  return schema;
}

/**
 * The tables the statements read. A table that is not `counted` but kept by triggers is given as
 * the tables it is kept from (a count of open follow-ups is read as the follow-ups). Reads the
 * schema and the programs outside any watch.
 */
export function tablesRead(sqlite: SQLite, statements: readonly string[], counted: ReadonlySet<string>): Set<string> {
  return unwatched(sqlite, () => {
    const schema = schemaOf(sqlite);
    const read = new Set<string>();
    const add = (table: string, seen: Set<string>) => {
      const sources = schema.keptFrom.get(table);
      if (counted.has(table) || !sources || seen.has(table)) return void read.add(table);
      for (const source of sources) add(source, new Set(seen).add(table));
    };
    for (const statement of statements) {
      let tables = schema.statements.get(statement);
      if (!tables) {
        // The program does not depend on the values, so each placeholder is given none.
        const placeholders = statement.replace(/'(?:[^']|'')*'/g, '').split('?').length - 1;
        const program = sqlite.prepare(`explain ${statement}`).all(...Array<null>(placeholders).fill(null)) as { opcode: string; p2: number; p3: number }[];
        tables = [
          ...new Set(
            // p3 is the attached database: 0 the file itself, 1 the temporary tables.
            program.flatMap(({ opcode, p2, p3 }) => (opcode === 'OpenRead' && p3 === 0 ? [schema.tableAt.get(p2) ?? `(page ${p2})`] : [])),
          ),
          // A program names no virtual table it opens, so those the statement names are taken as
          // read (json_each and the like, which hold nothing, are not among them).
          ...(program.some(({ opcode }) => opcode === 'VOpen') && schema.storedVirtual
            ? new Set([...statement.matchAll(schema.storedVirtual)].map(([name]) => name))
            : []),
        ];
        schema.statements.set(statement, tables);
      }
      for (const table of tables) add(table, new Set());
    }
    return read;
  });
}
