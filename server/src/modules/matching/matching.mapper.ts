import type { ExhibitorRef, Meeting, MeetingRequest, Party } from '@pameran/contracts';
import { EntityManager, In } from 'typeorm';
import { BoothEntity } from '../booths/booth.entity';
import { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import { UserEntity } from '../users/user.entity';
import {
  MeetingEntity,
  MeetingParticipantEntity,
  MeetingRequestEntity,
  MeetingTableEntity,
} from './matching.entities';

type Shown = (at: Date | number) => string;

/** People by id, as parties (company and country for buyers). */
export async function loadParties(m: EntityManager, ids: string[]): Promise<Map<string, Party>> {
  if (ids.length === 0) return new Map();
  const users = await m.find(UserEntity, {
    where: { id: In([...new Set(ids)]) },
    relations: { buyerProfile: true },
  });
  return new Map(
    users.map((u) => [
      u.id,
      {
        id: u.id,
        name: u.displayName,
        company: u.buyerProfile?.company ?? null,
        country: u.buyerProfile?.country ?? null,
        timeZone: u.timeZone,
      },
    ]),
  );
}

/** Exhibitors by id, with their booth. */
export async function loadExhibitors(m: EntityManager, ids: string[]): Promise<Map<string, ExhibitorRef>> {
  if (ids.length === 0) return new Map();
  const unique = [...new Set(ids)];
  const [exhibitors, booths] = await Promise.all([
    m.find(ExhibitorEntity, { where: { id: In(unique) } }),
    m.find(BoothEntity, { where: { exhibitorId: In(unique) } }),
  ]);
  const boothOf = new Map(booths.map((b) => [b.exhibitorId, b.id]));
  return new Map(
    exhibitors.map((e) => [
      e.id,
      { id: e.id, name: e.name, boothId: boothOf.get(e.id) ?? null, category: e.category },
    ]),
  );
}

const missingParty = (id: string): Party => ({ id, name: '—', company: null, country: null, timeZone: null });

/** Meetings as the API shows them, loading what they refer to in a few queries. */
export async function toMeetings(
  m: EntityManager,
  meetings: MeetingEntity[],
  shown: Shown,
): Promise<Meeting[]> {
  if (meetings.length === 0) return [];
  const ids = meetings.map((x) => x.id);
  const participants = await m.find(MeetingParticipantEntity, {
    where: { meetingId: In(ids), side: 'buyer' },
  });
  const tableIds = meetings.map((x) => x.tableId).filter((t): t is string => !!t);
  const [parties, exhibitors, tables] = await Promise.all([
    loadParties(
      m,
      participants.map((p) => p.userId),
    ),
    loadExhibitors(
      m,
      meetings.map((x) => x.exhibitorId),
    ),
    tableIds.length ? m.find(MeetingTableEntity, { where: { id: In(tableIds) } }) : Promise.resolve([]),
  ]);
  const tableLabel = new Map(tables.map((t) => [t.id, t.label]));
  return meetings.map((x) => ({
    id: x.id,
    requestId: x.requestId,
    exhibitor: exhibitors.get(x.exhibitorId)!,
    buyers: participants
      .filter((p) => p.meetingId === x.id)
      .map((p) => parties.get(p.userId) ?? missingParty(p.userId)),
    start: shown(x.startsAt),
    end: shown(x.endsAt),
    mode: x.mode,
    table: x.tableId ? (tableLabel.get(x.tableId) ?? null) : null,
    status: x.status,
  }));
}

/** Requests as the API shows them, with their meeting when booked. */
export async function toRequests(
  m: EntityManager,
  requests: MeetingRequestEntity[],
  shown: Shown,
  slotMinutes: number,
): Promise<MeetingRequest[]> {
  if (requests.length === 0) return [];
  const meetings = await m.find(MeetingEntity, { where: { requestId: In(requests.map((r) => r.id)) } });
  const [parties, exhibitors, shownMeetings] = await Promise.all([
    loadParties(
      m,
      requests.flatMap((r) => [r.requesterId, ...r.attendeeIds]),
    ),
    loadExhibitors(
      m,
      requests.map((r) => r.exhibitorId),
    ),
    toMeetings(m, meetings, shown),
  ]);
  const meetingOf = new Map(shownMeetings.map((x) => [x.requestId, x]));
  const slot = (start: Date) => ({ start: shown(start), end: shown(start.getTime() + slotMinutes * 60_000) });
  return requests.map((r) => ({
    id: r.id,
    exhibitor: exhibitors.get(r.exhibitorId)!,
    requester: parties.get(r.requesterId) ?? missingParty(r.requesterId),
    attendees: r.attendeeIds.map((id) => parties.get(id) ?? missingParty(id)),
    message: r.message,
    productIds: r.productIds,
    preferredSlots: r.preferredStarts.map((s) => slot(new Date(s))),
    mode: r.mode,
    status: r.status,
    counterSlot: r.counterStart ? slot(r.counterStart) : null,
    declineReason: r.declineReason,
    expiresAt: shown(r.expiresAt),
    meeting: meetingOf.get(r.id) ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
