import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/auth.decorators';
import { forbidden, notFound } from '../../common/common.exception';
import { sessionState } from '../events/session-state';
import { ScheduleClock } from '../events/schedule-clock';
import { StageAccessReadModel } from './read-models/stage-access.read-model';
import { StageException } from './stage.exception';

/** What one person may do on one stage session's questions and polls. */
export interface StageSeat {
  sessionId: string;
  eventId: string;
  /** Organisers and the session's speakers: they see every question, moderate and run polls. */
  moderator: boolean;
  /** The session ended or was cancelled: everything is kept and shown, nothing changes. */
  readOnly: boolean;
  speakerIds: string[];
}

/**
 * Who is who on a stage session. Anyone signed in may watch and ask. Every stage route names the session's
 * fair (`@InEvent`), so the caller arrives as they are there: an exhibitor's staff in another fair is a
 * visitor at this stage (docs/decisions/0032-no-exhibitor-mirror.md).
 */
@Injectable()
export class StageAccess {
  constructor(
    private readonly read: StageAccessReadModel,
    private readonly clock: ScheduleClock,
  ) {}

  async seat(caller: Caller, sessionId: string): Promise<StageSeat> {
    const session = await this.read.session(sessionId);
    if (!session) throw notFound('Stage session');
    const speakerIds = await this.read.speakerIds(sessionId);
    // Session times are stored on the fair's own timeline (the demo shifts it); compare on that timeline.
    const now = new Date(this.clock.now().getTime() - this.clock.offsetMs);
    const state = sessionState(session, now);
    return {
      sessionId,
      eventId: session.eventId,
      moderator: caller.role === 'organiser' || speakerIds.includes(caller.sub),
      readOnly: state === 'ended' || state === 'cancelled',
      speakerIds,
    };
  }

  /** The seat of someone about to change something: refused once the session is over. */
  async open(caller: Caller, sessionId: string): Promise<StageSeat> {
    const seat = await this.seat(caller, sessionId);
    if (seat.readOnly)
      throw new StageException('stage_closed', 'This session has ended; it is read only now');
    return seat;
  }

  async moderator(caller: Caller, sessionId: string): Promise<StageSeat> {
    const seat = await this.seat(caller, sessionId);
    if (!seat.moderator) throw forbidden('Only organisers and the session’s speakers moderate');
    if (seat.readOnly)
      throw new StageException('stage_closed', 'This session has ended; it is read only now');
    return seat;
  }
}
