import { EntityManager } from 'typeorm';
import { EventEntity, ScheduleSessionEntity } from '../../modules/events/event.entity';
import { MeetingRequestEntity, MeetingTableEntity } from '../../modules/matching/matching.entities';
import { MembershipEntity } from '../../modules/memberships';
import { UserEntity } from '../../modules/users/user.entity';

const TABLES = 20;

/**
 * Business matching for a demo fair: the venue's on-site meeting tables, and (unless `openRequest` is off,
 * as for an archived fair) one open request from the demo buyer to the demo staff's exhibitor in this fair,
 * so both demo accounts find something to answer on "My meetings".
 */
export async function seedMatching(m: EntityManager, slug: string, openRequest = true): Promise<void> {
  const event = await m.findOneByOrFail(EventEntity, { slug });
  await m.insert(
    MeetingTableEntity,
    Array.from({ length: TABLES }, (_, i) => ({
      eventId: event.id,
      label: `M-${String(i + 1).padStart(2, '0')}`,
    })),
  );
  if (!openRequest) return;
  const buyer = await m.findOneBy(UserEntity, { email: 'buyer@opop.pameran.test' });
  const staff = await m.findOneBy(UserEntity, { email: 'exhibitor@opop.pameran.test' });
  // The staff's exhibitor in this fair (docs/decisions/0025-many-fairs.md).
  const member =
    staff &&
    (await m.findOneBy(MembershipEntity, { userId: staff.id, eventId: event.id, role: 'exhibitor' }));
  const blocks = await m.find(ScheduleSessionEntity, {
    where: { eventId: event.id, kind: 'matching' },
    order: { startsAt: 'ASC' },
  });
  if (!buyer || !member?.exhibitorId || blocks.length < 2) return;
  await m.insert(MeetingRequestEntity, {
    eventId: event.id,
    exhibitorId: member.exhibitorId,
    requesterId: buyer.id,
    message:
      'Assalamualaikum. ITPC Kuala Lumpur is looking for halal snacks for Malaysian retailers. Could we talk about monthly supply and export documents?',
    // The live day's afternoon (DEMO_LIVE puts now in the last day's morning; docs/demo.md).
    preferredStarts: [blocks.at(-1)!.startsAt],
    mode: 'online',
    status: 'pending',
    // Open for the whole fair (the demo shifts time; the stored timeline is the fair's own).
    expiresAt: blocks.at(-1)!.endsAt,
  });
}
