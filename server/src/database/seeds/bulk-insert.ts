import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const ROWS_PER_STATEMENT = 4000;

/**
 * Many rows in few statements: the rows go as one JSON parameter, unpacked by `jsonb_to_recordset` with the
 * table's column types (arrays included). Far fewer round trips than one insert per entity, which matters
 * on the embedded database at first start.
 */
export async function bulkInsert(
  m: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns);
  const list = names.map((c) => `"${c}"`).join(', ');
  const types = names.map((c) => `"${c}" ${columns[c]}`).join(', ');
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await m.query(
      `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS x(${types})`,
      [JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))],
    );
  }
}

/** A stable UUID (v4 layout) from a name: the seed's rows get the same ids on every run. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
