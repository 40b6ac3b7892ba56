import { Injectable } from '@nestjs/common';
import { EffectRunner } from '../schedule/effect-runner.service';
import { LiveKit } from './livekit.service';
import { StageReadModel } from './read-models/stage.read-model';
import { stageRoom } from './video-tokens.service';

/** A stage session's room opens when the session goes live and closes (everyone removed) when it ends. */
@Injectable()
export class StageRooms {
  constructor(
    private readonly stage: StageReadModel,
    private readonly livekit: LiveKit,
    effects: EffectRunner,
  ) {
    effects.register('session.transition', (e) => this.onTransition(e.payload.sessionId, e.payload.to));
  }

  async onTransition(sessionId: string, to: string): Promise<void> {
    if (!this.livekit.enabled) return;
    if (!(await this.stage.session(sessionId))) return;
    if (to === 'live') await this.livekit.ensureRoom(stageRoom(sessionId), 0, 300);
    else if (to === 'ended') await this.livekit.closeRoom(stageRoom(sessionId));
  }
}
