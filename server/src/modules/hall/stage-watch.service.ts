import { Injectable } from '@nestjs/common';
import { StageWatch, type Ack } from '@pameran/contracts';
import { ackFailure, parsePayload } from './ack';
import { rooms, type HallSocket } from './hall.types';
import { StageSessionsReadModel } from './read-models/stage-sessions.read-model';

/** A socket follows a stage session of its own event: it joins the session's room, where approved questions and polls go. */
@Injectable()
export class StageWatchService {
  constructor(private readonly sessions: StageSessionsReadModel) {}

  async watch(socket: HallSocket, payload: unknown): Promise<Ack> {
    const parsed = parsePayload(StageWatch, payload);
    if ('ack' in parsed) return parsed.ack;
    const { sessionId } = parsed.data;
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
