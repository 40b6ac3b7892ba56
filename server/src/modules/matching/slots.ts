import type { MatchingSettings } from '@pameran/contracts';

/** A business-matching block of the schedule (stored fair-timeline times). */
export interface Block {
  start: Date;
  end: Date;
}

export interface GridSlot {
  start: number;
  end: number;
}

/**
 * The slot grid: each block cut into slots of `slotMinutes`, separated by `bufferMinutes`, the last
 * slot ending no later than the block. Overlapping blocks are merged first so no slot is listed twice.
 */
export function slotGrid(
  blocks: Block[],
  settings: Pick<MatchingSettings, 'slotMinutes' | 'bufferMinutes'>,
): GridSlot[] {
  const length = settings.slotMinutes * 60_000;
  const pitch = length + settings.bufferMinutes * 60_000;
  const merged: GridSlot[] = [];
  for (const b of [...blocks].sort((x, y) => x.start.getTime() - y.start.getTime())) {
    const last = merged.at(-1);
    if (last && b.start.getTime() <= last.end) last.end = Math.max(last.end, b.end.getTime());
    else merged.push({ start: b.start.getTime(), end: b.end.getTime() });
  }
  const slots: GridSlot[] = [];
  for (const block of merged) {
    for (let t = block.start; t + length <= block.end; t += pitch) slots.push({ start: t, end: t + length });
  }
  return slots;
}

/** The grid slot starting exactly at `start`, if any. */
export function findSlot(grid: GridSlot[], start: number): GridSlot | undefined {
  let lo = 0;
  let hi = grid.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid].start === start) return grid[mid];
    if (grid[mid].start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Whether [start, end) lies inside one of the windows (no windows = no restriction). */
export function within(
  windows: { start: number; end: number }[] | undefined,
  start: number,
  end: number,
): boolean {
  if (!windows || windows.length === 0) return true;
  return windows.some((w) => w.start <= start && end <= w.end);
}

/** Minutes since local midnight of an instant in a time zone. */
export function localMinutes(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/** Whether a slot falls inside daily working hours ("09:00"–"17:00") in the person's own zone. */
export function inWorkingHours(
  slot: GridSlot,
  hours: { from: string; to: string },
  timeZone: string,
): boolean {
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const from = toMin(hours.from);
  const to = toMin(hours.to);
  const start = localMinutes(slot.start, timeZone);
  const end = start + (slot.end - slot.start) / 60_000;
  return from <= to ? start >= from && end <= to : start >= from || end <= to; // overnight hours wrap
}

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}
