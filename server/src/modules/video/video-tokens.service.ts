import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JoinResponse } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { effectiveTimes } from '../events/session-state';
import { MatchingCalendar } from '../matching/matching-calendar.service';
import { ROOM_OPENS_BEFORE_MS } from '../matching/meeting-effects';
import { MeetingsService } from '../matching/meetings.service';
import { sideOf } from '../matching/parties';
import { LiveKit } from './livekit.service';
import { meetingRoom, MeetingRooms } from './meeting-rooms.service';
import { StageReadModel } from './read-models/stage.read-model';
import { StageSeats } from './stage-seats.service';
import { StageSpeakerEntity } from './video.entities';
import { VideoException } from './video.exception';
import { forbidden, notFound } from '../../common/common.exception';
import { fairTime } from '../../common/fair-time';

const SPEAKERS_EARLY_MS = 10 * 60_000;
export const stageRoom = (sessionId: string) => `stage-${sessionId}`;

/**
 * Who may be in which room, when. Tokens go only to a meeting's parties, from 5 minutes before the slot
 * until its end, and expire at the end; organisers may watch a live meeting hidden. Stage sessions:
 * chosen speakers publish, everyone else watches hidden.
 */
@Injectable()
export class VideoTokens {
  constructor(
    @InjectRepository(StageSpeakerEntity) private readonly speakers: Repository<StageSpeakerEntity>,
    private readonly stageSessions: StageReadModel,
    private readonly livekit: LiveKit,
    private readonly calendar: MatchingCalendar,
    private readonly meetings: MeetingsService,
    private readonly rooms: MeetingRooms,
    private readonly seats: StageSeats,
  ) {}

  private requireVideo(): void {
    if (!this.livekit.enabled) {
      throw new VideoException('video_not_configured', 'Video calls are not configured on this server');
    }
  }

  async meeting(caller: Caller, meetingId: string): Promise<JoinResponse> {
    this.requireVideo();
    const meeting = await this.meetings.byId(meetingId);
    if (!meeting) throw notFound('Meeting');
    const parties = await this.meetings.partiesOf(meeting);
    const side = sideOf(caller, parties);
    if (!side) throw notFound('Meeting');
    if (meeting.mode !== 'online') throw forbidden('This is an on-site meeting; it has no video call');
    if (meeting.status === 'cancelled') throw forbidden('This meeting was cancelled');
    const now = this.calendar.now();
    const opens = meeting.startsAt.getTime() - ROOM_OPENS_BEFORE_MS;
    const observer = side === 'organiser';
    if (observer ? meeting.status !== 'live' && now < meeting.startsAt.getTime() : now < opens) {
      const at = observer ? meeting.startsAt.getTime() : opens;
      const { timeZone } = await this.calendar.view(meeting.eventId);
      throw forbidden(
        `Too early — the call opens at ${fairTime(at + this.calendarOffset(), timeZone, 'clock')}`,
      );
    }
    if (now >= meeting.endsAt.getTime() || ['held', 'no_show'].includes(meeting.status))
      throw forbidden('This meeting has ended');
    await this.rooms.open(meeting.id);
    const room = meetingRoom(meeting.id);
    const token = await this.livekit.token({
      identity: caller.sub,
      name: caller.name,
      room,
      ttlSeconds: (meeting.endsAt.getTime() - now) / 1000,
      grant: observer
        ? { canPublish: false, canPublishData: false, canSubscribe: true, hidden: true }
        : { canPublish: true, canPublishData: true, canSubscribe: true },
    });
    return {
      url: this.livekit.url,
      token,
      room,
      endsAt: this.calendar.shown(meeting.endsAt),
      role: observer ? 'observer' : 'party',
    };
  }

  async stage(caller: Caller, sessionId: string): Promise<JoinResponse> {
    this.requireVideo();
    const session = await this.stageSessions.session(sessionId);
    if (!session || session.cancelledAt) throw notFound('Stage session');
    const speaker = await this.speakers.existsBy({ sessionId, userId: caller.sub });
    const { start, end } = effectiveTimes(session);
    const now = this.calendar.now();
    const opens = start.getTime() - (speaker ? SPEAKERS_EARLY_MS : 0);
    const ended = session.endedAt !== null || now >= end.getTime();
    if (ended) throw forbidden('This stage session has ended');
    if (now < opens && !session.startedAt) {
      throw forbidden(
        `Too early — the stage opens at ${fairTime(opens + this.calendarOffset(), session.timeZone, 'clock')}`,
      );
    }
    // Hidden viewers take a seat under the session's capacity; speakers and organisers are never turned away.
    if (!speaker && caller.role !== 'organiser') await this.seats.admit(sessionId, caller.sub);
    const room = stageRoom(sessionId);
    await this.livekit.ensureRoom(room, 0, 300);
    const token = await this.livekit.token({
      identity: caller.sub,
      name: caller.name,
      room,
      ttlSeconds: (end.getTime() - now) / 1000 + 600,
      grant: speaker
        ? { canPublish: true, canPublishData: true, canSubscribe: true }
        : { canPublish: false, canPublishData: false, canSubscribe: true, hidden: true },
    });
    return {
      url: this.livekit.url,
      token,
      room,
      endsAt: this.calendar.shown(end),
      role: speaker ? 'speaker' : 'viewer',
    };
  }

  private calendarOffset(): number {
    return Date.parse(this.calendar.shown(0));
  }
}
