import type { EntityManager } from 'typeorm';
import { DEMO_LEAD_MS } from '../../modules/events/demo-offset';
import { EventEntity, ScheduleSessionEntity } from '../../modules/events/event.entity';
import { slotGrid } from '../../modules/matching/slots';
import { MembershipEntity } from '../../modules/memberships';
import { UserEntity } from '../../modules/users/user.entity';
import type { HistoryInput } from './history';
import type { HistoryDay } from './history/types';

/** What the demo history is written for, read from the freshly seeded fair (see seed-history.ts). */
export interface HistoryTarget {
  slug: string;
  booths: {
    id: string;
    exhibitorId: string;
    category: HistoryInput['booths'][number]['category'];
    region: string;
    name: string;
  }[];
  /** The demo accounts' ids (the demo buyer, the demo exhibitor's staff, the organiser). */
  demo: { buyerId: string; staffId: string; exhibitorId: string; organiserId: string };
  /** Real "now" of the first start (tests pass a fixed one). */
  now?: number;
}

/**
 * The demo accounts the history of the fair `eventId` involves (seeded just before it by demo-accounts.ts);
 * the demo staff's exhibitor is the one whose staff they are in that fair.
 */
export async function demoIds(m: EntityManager, eventId: string): Promise<HistoryTarget['demo']> {
  // One after the other: the transaction has one connection.
  const find = (role: string) => m.findOneByOrFail(UserEntity, { email: `${role}@opop.pameran.test` });
  const buyer = await find('buyer');
  const staff = await find('exhibitor');
  const organiser = await find('organiser');
  const team = await m.findOneByOrFail(MembershipEntity, { userId: staff.id, eventId, role: 'exhibitor' });
  return { buyerId: buyer.id, staffId: staff.id, exhibitorId: team.exhibitorId!, organiserId: organiser.id };
}

export const DAY_MS = 86_400_000;
/** Midnight in WIB (UTC+7, no daylight saving) of the day an instant falls on: the demo fair's zone. */
export const wibMidnight = (t: number) => t - ((t + 7 * 3_600_000) % DAY_MS);

export const HISTORY_EMAIL_DOMAIN = 'history.demo.pameran.test';

/** The fair's days from its stored schedule: hall hours and the matching slot grid of each day. */
export async function fairDays(m: EntityManager, event: EventEntity) {
  const sessions = await m.find(ScheduleSessionEntity, {
    where: { eventId: event.id },
    order: { startsAt: 'ASC' },
  });
  const byDay = new Map<string, ScheduleSessionEntity[]>();
  for (const s of sessions) byDay.set(s.dayId, [...(byDay.get(s.dayId) ?? []), s]);
  return [...byDay.values()].map((day) => {
    const hall = day.find((s) => s.kind === 'hall')!;
    const blocks = day
      .filter((s) => s.kind === 'matching')
      .map((s) => ({ start: s.startsAt, end: s.endsAt }));
    return {
      hallStart: hall.startsAt.getTime(),
      hallEnd: hall.endsAt.getTime(),
      slots: slotGrid(blocks, event.matchingSettings),
    };
  });
}

/**
 * The generator's days. A live fair's last day is live (now is an hour into its hall hours, DEMO_LIVE's
 * "now"); an archived fair is over: every day is past, and the "live" day is an empty one after the last,
 * so nothing is left open or to come.
 */
export function historyDays(
  days: HistoryDay[],
  archived: boolean,
): Pick<HistoryInput, 'pastDays' | 'liveDay' | 'now'> {
  const last = days.at(-1)!;
  if (!archived) return { pastDays: days.slice(0, -1), liveDay: last, now: last.hallStart + DEMO_LEAD_MS };
  const after = { hallStart: last.hallEnd, hallEnd: last.hallEnd, slots: [] };
  return { pastDays: days, liveDay: after, now: last.hallEnd };
}
