import type { List } from '@pameran/contracts';
import { CommonException } from './common.exception';

/** Opaque cursors over a stable ordering (offset inside; callers never parse them). */
export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8').replace(/^o:/, ''));
  if (!Number.isInteger(offset) || offset < 0) {
    throw new CommonException('invalid_cursor', 'The cursor is not valid', [
      { path: 'cursor', message: 'not a cursor from this API' },
    ]);
  }
  return offset;
}

export function page<T>(items: T[], total: number, offset: number): List<T> {
  const next = offset + items.length;
  return { items, total, nextCursor: next < total ? Buffer.from(`o:${next}`).toString('base64url') : null };
}

/** A list that is never paged (it is small by nature): every item, and no next page. */
export function whole<T>(items: T[]): List<T> {
  return { items, total: items.length, nextCursor: null };
}

/** Escape LIKE wildcards in user text. */
export const likeEscape = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
