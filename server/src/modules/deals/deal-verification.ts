import type { DealValueRange, MeetingStatus } from '@pameran/contracts';

/**
 * The automatic rule (docs/domain.md, "Deals"): a confirmed deal is verified without the organiser when it
 * names a meeting the two parties held and its value lies within the fair's plausible range. Anything else
 * waits in the organiser's verification queue.
 */
export function verifiesItself(value: number, range: DealValueRange, meeting: MeetingStatus | null): boolean {
  return meeting === 'held' && inRange(value, range);
}

export const inRange = (value: number, range: DealValueRange): boolean =>
  value >= range.min && value <= range.max;
