import { decodeCursor, likeEscape, page } from './pagination';
import { CommonException } from './common.exception';

describe('pagination', () => {
  it('round-trips a cursor and stops at the end', () => {
    const first = page([1, 2], 5, 0);
    expect(first.nextCursor).not.toBeNull();
    expect(decodeCursor(first.nextCursor!)).toBe(2);
    expect(page([5], 5, 4).nextCursor).toBeNull();
  });
  it('refuses a forged cursor with a field error', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(CommonException);
  });
  it('escapes LIKE wildcards', () => {
    expect(likeEscape('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
