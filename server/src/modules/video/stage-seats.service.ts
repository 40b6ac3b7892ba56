import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { StageCapacity } from '@pameran/contracts';
import { Repository, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { notFound } from '../../common/common.exception';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { StageReadModel } from './read-models/stage.read-model';
import { UnitOfWork } from '../../domain';
import { StageSeatEntity, StageSettingEntity } from './video.entities';
import { VideoException } from './video.exception';

/** A seat whose token was never used in the room is given back after this long. */
export const JOIN_GRACE_SECONDS = 120;

/**
 * The cap on hidden viewers of a stage session, counted in the database so that every node sees the same
 * count: seats are taken under a lock on the session's `stage_setting` row (one admission at a time per
 * session), held while LiveKit reports the viewer in the room, and given back when they leave.
 */
@Injectable()
export class StageSeats {
  private readonly defaultCapacity: number;

  constructor(
    @InjectRepository(StageSeatEntity) private readonly seats: Repository<StageSeatEntity>,
    private readonly uow: UnitOfWork,
    private readonly stage: StageReadModel,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.defaultCapacity = config.get('STAGE_VIEWER_CAPACITY');
  }

  /** Take (or renew) this person's seat, or refuse with `stage_full`; nothing is issued when refused. */
  async admit(sessionId: string, userId: string): Promise<void> {
    await this.uow.run(async ({ manager: m }) => {
      const capacity = await this.lockedCapacity(m, sessionId);
      const taken = await this.taken(m, sessionId, userId);
      if (taken >= capacity)
        throw new VideoException('stage_full', `This stage is full (${capacity} viewers); try again soon`);
      await m.query(
        `INSERT INTO stage_seat (session_id, user_id, admitted_at) VALUES ($1, $2, now())
         ON CONFLICT (session_id, user_id) DO UPDATE SET admitted_at = now(), left_at = NULL`,
        [sessionId, userId],
      );
    });
  }

  /** LiveKit says the viewer is in the room (holds the seat) or has left it (gives it back). */
  async joined(sessionId: string, userId: string, at: Date): Promise<void> {
    await this.seats.update({ sessionId, userId }, { joinedAt: at, leftAt: null });
  }

  async left(sessionId: string, userId: string, at: Date): Promise<void> {
    await this.seats.update({ sessionId, userId }, { leftAt: at });
  }

  async capacity(sessionId: string): Promise<StageCapacity> {
    const setting = await this.seats.manager.findOneBy(StageSettingEntity, { sessionId });
    return {
      capacity: setting?.viewerCapacity ?? this.defaultCapacity,
      custom: setting?.viewerCapacity != null,
      viewers: await this.taken(this.seats.manager, sessionId, null),
    };
  }

  /** An organiser sets a session's own capacity (null: back to the server's default); audited. */
  async setCapacity(caller: Caller, sessionId: string, capacity: number | null): Promise<StageCapacity> {
    if (!(await this.stage.session(sessionId))) throw notFound('Stage session');
    await this.uow.run(async ({ manager: m }) => {
      await m.upsert(StageSettingEntity, { sessionId, viewerCapacity: capacity }, ['sessionId']);
      await this.audit.record(
        caller,
        {
          action: 'stage.capacity',
          entityType: 'schedule_session',
          entityId: sessionId,
          after: { capacity },
        },
        m,
      );
    });
    return this.capacity(sessionId);
  }

  private async lockedCapacity(m: EntityManager, sessionId: string): Promise<number> {
    await m.query('INSERT INTO stage_setting (session_id) VALUES ($1) ON CONFLICT DO NOTHING', [sessionId]);
    const [row]: { capacity: number | null }[] = await m.query(
      'SELECT viewer_capacity AS capacity FROM stage_setting WHERE session_id = $1 FOR UPDATE',
      [sessionId],
    );
    return row.capacity ?? this.defaultCapacity;
  }

  /** Seats held by others: in the room, or admitted within the grace period and not yet there. */
  private async taken(m: EntityManager, sessionId: string, except: string | null): Promise<number> {
    const [row]: { taken: number }[] = await m.query(
      `SELECT count(*)::int AS taken FROM stage_seat
        WHERE session_id = $1 AND left_at IS NULL AND ($2::uuid IS NULL OR user_id <> $2::uuid)
          AND (joined_at IS NOT NULL OR admitted_at > now() - make_interval(secs => $3))`,
      [sessionId, except, JOIN_GRACE_SECONDS],
    );
    return row.taken;
  }
}
