import { findSlot, inWorkingHours, localDay, slotGrid, within } from './slots';

const at = (iso: string) => new Date(iso);

describe('slot grid', () => {
  it('cuts blocks into slots with a buffer, never past the block end', () => {
    const grid = slotGrid([{ start: at('2020-12-05T03:00:00Z'), end: at('2020-12-05T04:00:00Z') }], {
      slotMinutes: 20,
      bufferMinutes: 5,
    });
    expect(grid.map((s) => new Date(s.start).toISOString().slice(11, 16))).toEqual(['03:00', '03:25']);
    expect(grid.every((s) => s.end - s.start === 20 * 60_000)).toBe(true);
  });

  it('merges overlapping blocks so no slot is listed twice', () => {
    const grid = slotGrid(
      [
        { start: at('2020-12-05T03:00:00Z'), end: at('2020-12-05T04:00:00Z') },
        { start: at('2020-12-05T03:30:00Z'), end: at('2020-12-05T04:20:00Z') },
      ],
      { slotMinutes: 20, bufferMinutes: 0 },
    );
    expect(grid).toHaveLength(4);
    expect(new Set(grid.map((s) => s.start)).size).toBe(4);
  });

  it('finds a slot by its exact start only', () => {
    const grid = slotGrid([{ start: at('2020-12-05T03:00:00Z'), end: at('2020-12-05T05:00:00Z') }], {
      slotMinutes: 20,
      bufferMinutes: 0,
    });
    expect(findSlot(grid, at('2020-12-05T03:40:00Z').getTime())).toBeDefined();
    expect(findSlot(grid, at('2020-12-05T03:41:00Z').getTime())).toBeUndefined();
  });

  it('checks windows and working hours in the person’s own zone', () => {
    const slot = { start: at('2020-12-05T03:00:00Z').getTime(), end: at('2020-12-05T03:20:00Z').getTime() };
    expect(within(undefined, slot.start, slot.end)).toBe(true);
    expect(within([{ start: slot.start, end: slot.end }], slot.start, slot.end)).toBe(true);
    expect(within([{ start: slot.start + 1, end: slot.end }], slot.start, slot.end)).toBe(false);
    // 03:00Z is 10:00 in Jakarta and 11:00 in Kuala Lumpur, 04:00 in Paris.
    expect(inWorkingHours(slot, { from: '09:00', to: '17:00' }, 'Asia/Jakarta')).toBe(true);
    expect(inWorkingHours(slot, { from: '09:00', to: '17:00' }, 'Europe/Paris')).toBe(false);
    expect(localDay(at('2020-12-05T18:00:00Z').getTime(), 'Asia/Jakarta')).toBe('2020-12-06');
  });
});
