import { Injectable } from '@nestjs/common';
import { StageWatch, type Ack } from '@pameran/contracts';
import { RateLimiter } from '../rate-limit';
import { ackFailure, parsePayload, RATE_LIMITED } from './ack';
import { rooms, type HallSocket } from './hall.types';
import { StageSessionsReadModel } from './read-models/stage-sessions.read-model';

export const WATCHES_PER_SECOND = 5;

/** A socket follows a stage session of its own event: it joins the session's room, where approved questions and polls go. */
@Injectable()
export class StageWatchService {
  constructor(
    private readonly sessions: StageSessionsReadModel,
    private readonly limiter: RateLimiter,
  ) {}

  async watch(socket: HallSocket, payload: unknown): Promise<Ack> {
    const parsed = parsePayload(StageWatch, payload);
    if ('ack' in parsed) return parsed.ack;
    const { sessionId } = parsed.data;
    // Each watch reads the database: a page watches once per connection, so a few a second is plenty.
    if (!(await this.limiter.allow(`stage-watch:${socket.data.user.sub}`, WATCHES_PER_SECOND, 1000)))
      return RATE_LIMITED;
    if ((await this.sessions.eventOf(sessionId)) !== socket.data.eventId)
      return ackFailure('not_found', 'Stage session not found');
    await socket.join(rooms.stage(sessionId));
    return { ok: true };
  }

  async unwatch(socket: HallSocket, payload: unknown): Promise<Ack> {
    const parsed = parsePayload(StageWatch, payload);
    if ('ack' in parsed) return parsed.ack;
    await socket.leave(rooms.stage(parsed.data.sessionId));
    return { ok: true };
  }
}
