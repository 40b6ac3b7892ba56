import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Attendance } from '@pameran/contracts';
import type { WebhookEvent } from 'livekit-server-sdk';
import { DataSource } from 'typeorm';
import { MeetingEntity, MeetingParticipantEntity } from '../matching/matching.entities';
import { UserEntity } from '../users/user.entity';
import { LiveKit } from './livekit.service';
import { MeetingRooms } from './meeting-rooms.service';
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly livekit: LiveKit,
    private readonly rooms: MeetingRooms,
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
    const fresh = await this.db
      .createQueryBuilder()
      .insert()
      .into(WebhookEventEntity)
      .values({ id: event.id, kind: event.event })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (fresh.raw.length === 0) return { processed: false };
    await this.apply(event);
    return { processed: true };
  }

  private async apply(event: WebhookEvent): Promise<void> {
    const meetingId = /^meeting-([0-9a-f-]{36})$/.exec(event.room?.name ?? '')?.[1];
    if (!meetingId) return; // stage rooms keep no attendance
    const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId });
    if (!meeting) return;
    const at = new Date(Number(event.createdAt) * 1000);
    const userId = event.participant?.identity;
    const repo = this.db.getRepository(MeetingAttendanceEntity);
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

  private async sideOf(
    meeting: MeetingEntity,
    userId: string,
  ): Promise<'buyer' | 'exhibitor' | 'observer' | null> {
    if (await this.db.getRepository(MeetingParticipantEntity).existsBy({ meetingId: meeting.id, userId }))
      return 'buyer';
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) return null;
    if (user.exhibitorId === meeting.exhibitorId) return 'exhibitor';
    return user.role === 'organiser' ? 'observer' : null;
  }

  async of(meetingId: string): Promise<Attendance[]> {
    const rows = await this.db
      .getRepository(MeetingAttendanceEntity)
      .find({ where: { meetingId }, relations: { user: true }, order: { joinedAt: 'ASC' } });
    return rows.map((a) => ({
      userId: a.userId,
      name: a.user.displayName,
      joinedAt: a.joinedAt.toISOString(),
      leftAt: a.leftAt?.toISOString() ?? null,
    }));
  }
}
