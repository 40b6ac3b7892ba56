import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationState } from '@pameran/contracts';
import { Brackets, DataSource, IsNull } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { DomainException, notFound } from '../../common/domain.exception';
import { AuditService } from '../audit/audit.service';
import { HallBroadcaster } from '../hall/hall.broadcaster';
import { rooms } from '../hall/hall.types';
import { UserEntity } from '../users/user.entity';
import { SanctionEntity, SanctionKind } from './sanction.entity';

export interface SanctionRequest {
  userId: string;
  kind: SanctionKind;
  minutes?: number;
  reason: string;
}

/**
 * Mutes and bans. Stored in Postgres (so every node enforces them at once: chat and the handshake read
 * them), told to the user over the socket, and a ban disconnects the user's sockets on every node.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hall: HallBroadcaster,
    private readonly audit: AuditService,
  ) {}

  /** The user's current state: banned beats muted; with `address`, a guest ban on that address counts too. */
  async stateOf(userId: string, address?: string): Promise<ModerationState> {
    const now = new Date();
    const qb = this.db
      .getRepository(SanctionEntity)
      .createQueryBuilder('s')
      .where('s.lifted_at IS NULL')
      .andWhere('(s.until IS NULL OR s.until > :now)', { now })
      .andWhere(
        new Brackets((w) => {
          w.where('s.user_id = :userId', { userId });
          if (address) w.orWhere("s.kind = 'ban' AND s.address = :address", { address });
        }),
      );
    const active = await qb.getMany();
    const pick = active.find((s) => s.kind === 'ban') ?? active.find((s) => s.kind === 'mute');
    if (!pick) return { state: 'ok' };
    return {
      state: pick.kind === 'ban' ? 'banned' : 'muted',
      ...(pick.until && { until: pick.until.toISOString() }),
    };
  }

  async impose(actor: Caller, req: SanctionRequest): Promise<ModerationState> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: req.userId });
    if (!user) throw notFound('User');
    if (user.role === 'organiser') {
      throw new DomainException(
        'cannot_sanction_organiser',
        'Organisers cannot be muted or banned',
        HttpStatus.UNPROCESSABLE_ENTITY,
      );
    }
    const until = req.minutes ? new Date(Date.now() + req.minutes * 60_000) : null;
    const address = req.kind === 'ban' && user.isGuest ? await this.lastAddressOf(user.id) : null;
    await this.db.transaction(async (m) => {
      const row = await m.save(
        m.create(SanctionEntity, {
          userId: user.id,
          kind: req.kind,
          reason: req.reason,
          until,
          address,
          createdBy: actor.sub,
        }),
      );
      await this.audit.record(
        actor,
        {
          action: `moderation.${req.kind}`,
          entityType: 'user',
          entityId: user.id,
          after: { id: row.id, until, reason: req.reason },
        },
        m,
      );
    });
    const state = await this.stateOf(user.id);
    this.hall.send(rooms.user(user.id), 'moderation', state);
    if (req.kind === 'ban') this.hall.namespace?.in(rooms.user(user.id)).disconnectSockets(true);
    return state;
  }

  async lift(actor: Caller, userId: string): Promise<ModerationState> {
    const result = await this.db
      .getRepository(SanctionEntity)
      .update({ userId, liftedAt: IsNull() }, { liftedAt: new Date() });
    if (!result.affected) throw notFound('Active mute or ban');
    await this.audit.record(actor, { action: 'moderation.lift', entityType: 'user', entityId: userId });
    const state = await this.stateOf(userId);
    this.hall.send(rooms.user(userId), 'moderation', state);
    return state;
  }

  /** The address a guest last connected from (kept on their sockets only; read across nodes). */
  private async lastAddressOf(userId: string): Promise<string | null> {
    const sockets = (await this.hall.namespace?.in(rooms.user(userId)).fetchSockets()) ?? [];
    return sockets[0]?.data.address ?? null;
  }
}
