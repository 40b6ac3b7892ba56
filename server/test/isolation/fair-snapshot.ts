import type { DataSource } from 'typeorm';

/** One fingerprint per table: how many of the fair's rows it holds and a hash of their whole contents. */
export type Snapshot = Map<string, string>;

interface ForeignKey {
  child: string;
  col: string;
  parent: string;
  pcol: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Tables that cache what other tables hold: a zone's picture atlas is drawn on its first read (a public
 * one) and redrawn after a booth's pictures change, whoever asked. A change to its source is caught there.
 */
const DERIVED = new Set(['atlas_page']);

/**
 * Every row that belongs to one fair, found from the schema rather than listed by hand (so a table a later
 * feature adds is covered without touching this file): the `event` row, rows of every table with an
 * `event_id` of that fair, the accounts of the fair's people, and rows reaching any of those through
 * foreign keys (products through their booth, poll votes through their poll, and so on).
 */
export class FairSnapshot {
  private constructor(
    private readonly db: DataSource,
    private readonly sql: string,
    private readonly params: unknown[],
    readonly tables: string[],
  ) {}

  static async of(db: DataSource, eventId: string, peopleIds: string[]): Promise<FairSnapshot> {
    const scoped = (
      (await db.query(
        `SELECT c.table_name AS name FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'public' AND c.column_name = 'event_id' AND t.table_type = 'BASE TABLE'`,
      )) as { name: string }[]
    ).map((r) => r.name);
    const keys = (await db.query(
      `SELECT tc.table_name AS child, kcu.column_name AS col, ccu.table_name AS parent, ccu.column_name AS pcol
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu
           ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
         JOIN information_schema.constraint_column_usage ccu
           ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    )) as ForeignKey[];

    const where = new Map<string, string>([['event', 'id = $1']]);
    for (const t of scoped) where.set(t, 'event_id = $1');
    where.set('app_user', 'id = ANY($2::uuid[])');
    // Three hops reach every table of this schema; a deeper chain would show as a table missing here.
    for (let hop = 0; hop < 3; hop++) {
      const next = new Map<string, string[]>();
      for (const k of keys) {
        const parent = where.get(k.parent);
        if (!parent || where.has(k.child) || k.child === k.parent) continue;
        const clause = `${quote(k.col)} IN (SELECT ${quote(k.pcol)} FROM ${quote(k.parent)} WHERE ${parent})`;
        next.set(k.child, [...(next.get(k.child) ?? []), clause]);
      }
      for (const [table, clauses] of next) where.set(table, clauses.map((c) => `(${c})`).join(' OR '));
    }
    const tables = [...where.keys()].filter((t) => !DERIVED.has(t)).sort();
    const sql = tables
      .map(
        (t) =>
          `SELECT '${t}' AS t, count(*)::int || ':' || coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS f
             FROM ${quote(t)} x WHERE ${where.get(t)}`,
      )
      .join(' UNION ALL ');
    return new FairSnapshot(db, sql, [eventId, peopleIds], tables);
  }

  async take(): Promise<Snapshot> {
    const rows = (await this.db.query(this.sql, this.params)) as { t: string; f: string }[];
    return new Map(rows.map((r) => [r.t, r.f]));
  }

  /**
   * A snapshot once the fair's rows stopped moving for `quietMs` (work after a commit, e.g. notifications,
   * has landed), or the last one after `maxMs`.
   */
  async settled(quietMs = 40, maxMs = 1500): Promise<Snapshot> {
    let last = await this.take();
    let still = Date.now();
    for (const until = Date.now() + maxMs; Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 40));
      const now = await this.take();
      if (changed(last, now).length > 0) still = Date.now();
      else if (Date.now() - still >= quietMs) return now;
      last = now;
    }
    return last;
  }
}

/** The tables whose rows of the fair differ between two snapshots. */
export function changed(before: Snapshot, after: Snapshot): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
}
