import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduleSessionEntity } from '../events/event.entity';
import { EffectRunner } from '../schedule/effect-runner.service';
import { LiveKit } from './livekit.service';
import { stageRoom } from './video-tokens.service';

/** A stage session's room opens when the session goes live and closes (everyone removed) when it ends. */
@Injectable()
export class StageRooms {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly livekit: LiveKit,
    effects: EffectRunner,
  ) {
    effects.register('session.transition', (e) => this.onTransition(e.payload.sessionId, e.payload.to));
  }

  async onTransition(sessionId: string, to: string): Promise<void> {
    if (!this.livekit.enabled) return;
    const session = await this.db.getRepository(ScheduleSessionEntity).findOneBy({ id: sessionId });
    if (session?.kind !== 'stage') return;
    if (to === 'live') await this.livekit.ensureRoom(stageRoom(sessionId), 0, 300);
    else if (to === 'ended') await this.livekit.closeRoom(stageRoom(sessionId));
  }
}
