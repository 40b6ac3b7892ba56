import { Injectable } from '@nestjs/common';
import type { Meeting, MeetingRequest, Party, RequestStatus } from '@pameran/contracts';
import { EntityManager, In } from 'typeorm';
import {
  MeetingEntity,
  MeetingParticipantEntity,
  MeetingRequestEntity,
  MeetingTableEntity,
} from './matching.entities';
import { MatchingPeople } from './read-models/matching-people.read-model';

type Shown = (at: Date | number) => string;

const missingParty = (id: string): Party => ({ id, name: '—', company: null, country: null, timeZone: null });

/** Meetings and requests as the API shows them, loading what they refer to in a few queries. */
const OPEN: RequestStatus[] = ['pending', 'countered'];

@Injectable()
export class MatchingMapper {
  constructor(private readonly people: MatchingPeople) {}

  async meetings(m: EntityManager, meetings: MeetingEntity[], shown: Shown): Promise<Meeting[]> {
    if (meetings.length === 0) return [];
    const ids = meetings.map((x) => x.id);
    const participants = await m.find(MeetingParticipantEntity, {
      where: { meetingId: In(ids), side: 'buyer' },
    });
    const tableIds = meetings.map((x) => x.tableId).filter((t): t is string => !!t);
    const [parties, exhibitors, tables] = await Promise.all([
      this.people.parties(
        participants.map((p) => p.userId),
        m,
      ),
      this.people.exhibitors(
        meetings.map((x) => x.exhibitorId),
        m,
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

  /** Requests, with their meeting when booked. */
  async requests(
    m: EntityManager,
    requests: MeetingRequestEntity[],
    shown: Shown,
    slotMinutes: number,
    viewerId?: string,
  ): Promise<MeetingRequest[]> {
    if (requests.length === 0) return [];
    const meetings = await m.find(MeetingEntity, { where: { requestId: In(requests.map((r) => r.id)) } });
    const [parties, exhibitors, shownMeetings] = await Promise.all([
      this.people.parties(
        requests.flatMap((r) => [r.requesterId, ...r.attendeeIds]),
        m,
      ),
      this.people.exhibitors(
        requests.map((r) => r.exhibitorId),
        m,
      ),
      this.meetings(m, meetings, shown),
    ]);
    const meetingOf = new Map(shownMeetings.map((x) => [x.requestId, x]));
    const slot = (start: Date) => ({
      start: shown(start),
      end: shown(start.getTime() + slotMinutes * 60_000),
    });
    return requests.map((r) => ({
      id: r.id,
      exhibitor: exhibitors.get(r.exhibitorId)!,
      askedBy: r.askedBy,
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
      invitedMe: viewerId !== undefined && r.invitedIds.includes(viewerId) && OPEN.includes(r.status),
    }));
  }
}
