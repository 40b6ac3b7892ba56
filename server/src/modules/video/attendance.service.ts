import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Attendance } from '@pameran/contracts';
import type { WebhookEvent } from 'livekit-server-sdk';
import { Repository } from 'typeorm';
import { MeetingsService, type MeetingRecord } from '../matching/meetings.service';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import { MembershipService } from '../memberships';
import { LiveKit } from './livekit.service';
import { MeetingRooms } from './meeting-rooms.service';
import { StageSeats } from './stage-seats.service';
import { MeetingAttendanceEntity, WebhookEventEntity } from './video.entities';
import { CommonException } from '../../common/common.exception';
import { VideoException } from './video.exception';

/** An event older than this is refused even with a valid signature (a replayed capture). */
const MAX_AGE_S = 5 * 60;
const unauthorized = (why: string) => new CommonException('unauthorized', `Webhook refused: ${why}`);

/** Attendance from LiveKit's signed webhooks: verified on the raw body, each event id processed once. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectRepository(WebhookEventEntity) private readonly webhookEvents: Repository<WebhookEventEntity>,
    @InjectRepository(MeetingAttendanceEntity) private readonly repo: Repository<MeetingAttendanceEntity>,
    private readonly livekit: LiveKit,
    private readonly rooms: MeetingRooms,
    private readonly meetings: MeetingsService,
    private readonly people: MatchingPeople,
    private readonly seats: StageSeats,
    private readonly memberships: MembershipService,
  ) {}

  async receive(rawBody: string, authorization: string | undefined): Promise<{ processed: boolean }> {
    if (!this.livekit.webhooks) throw new VideoException('not_configured', 'Video is not configured');
    if (!authorization) throw unauthorized('missing Authorization header');
    let event: WebhookEvent;
    try {
      event = await this.livekit.webhooks.receive(rawBody, authorization);
    } catch (err) {
      throw unauthorized((err as Error).message);
    }
    const age = Date.now() / 1000 - Number(event.createdAt ?? 0);
    if (!event.id || age > MAX_AGE_S) throw unauthorized('stale event');
    const fresh = await this.webhookEvents
      .createQueryBuilder()
      .insert()
      .values({ id: event.id, kind: event.event })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (fresh.raw.length === 0) return { processed: false };
    await this.apply(event);
    return { processed: true };
  }

  private async apply(event: WebhookEvent): Promise<void> {
    const stageId = /^stage-([0-9a-f-]{36})$/.exec(event.room?.name ?? '')?.[1];
    if (stageId) return this.applyToSeats(stageId, event);
    const meetingId = /^meeting-([0-9a-f-]{36})$/.exec(event.room?.name ?? '')?.[1];
    if (!meetingId) return;
    const meeting = await this.meetings.byId(meetingId);
    if (!meeting) return;
    const at = new Date(Number(event.createdAt) * 1000);
    const userId = event.participant?.identity;
    const repo = this.repo;
    if (event.event === 'participant_joined' && userId) {
      const side = await this.sideOf(meeting, userId);
      if (!side) return;
      await repo
        .createQueryBuilder()
        .insert()
        .values({ meetingId, userId, side, joinedAt: at, leftAt: null })
        .orUpdate(['left_at'], ['meeting_id', 'user_id'])
        .execute();
    } else if (event.event === 'participant_left' && userId) {
      await repo.update({ meetingId, userId }, { leftAt: at });
    } else if (event.event === 'room_finished') {
      await this.rooms.settle(meeting);
    }
  }

  /** Stage rooms keep no attendance; their webhooks hold and give back viewers' seats. */
  private async applyToSeats(sessionId: string, event: WebhookEvent): Promise<void> {
    const userId = event.participant?.identity;
    if (!userId) return;
    const at = new Date(Number(event.createdAt) * 1000);
    if (event.event === 'participant_joined') await this.seats.joined(sessionId, userId, at);
    else if (event.event === 'participant_left') await this.seats.left(sessionId, userId, at);
  }

  private async sideOf(
    meeting: MeetingRecord,
    userId: string,
  ): Promise<'buyer' | 'exhibitor' | 'observer' | null> {
    if ((await this.meetings.partiesOf(meeting)).buyerIds.includes(userId)) return 'buyer';
    // What the person is in the meeting's fair, from their memberships of it (not their account's role).
    const rights = await this.memberships.rightsIn(userId, meeting.eventId);
    if (rights.exhibitorId === meeting.exhibitorId) return 'exhibitor';
    return rights.organiser ? 'observer' : null;
  }

  async of(meetingId: string): Promise<Attendance[]> {
    const rows = await this.repo.find({ where: { meetingId }, order: { joinedAt: 'ASC' } });
    const names = new Map(
      (await this.people.accounts(rows.map((a) => a.userId))).map((u) => [u.id, u.displayName]),
    );
    return rows.map((a) => ({
      userId: a.userId,
      name: names.get(a.userId) ?? '—',
      joinedAt: a.joinedAt.toISOString(),
      leftAt: a.leftAt?.toISOString() ?? null,
    }));
  }
}
