import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ModerationState } from '@pameran/contracts';
import { Brackets, IsNull, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { Sessions } from '../auth/sessions.service';
import { UnitOfWork } from '../../domain';
import { UsersService } from '../users/users.service';
import { SanctionEntity, SanctionKind } from './sanction.entity';
import { ModerationException } from './moderation.exception';
import { notFound } from '../../common/common.exception';
import { fairOf, MembershipService } from '../memberships';

/** A mute or ban in force (not lifted, not past `until`), as the hall keeps it in memory. */
export interface ActiveSanction {
  userId: string;
  /** The fair it holds in (null: every fair, a platform-wide sanction). */
  eventId: string | null;
  kind: SanctionKind;
  address: string | null;
  deviceId: string | null;
  until: Date | null;
}

export interface SanctionRequest {
  userId: string;
  kind: SanctionKind;
  minutes?: number;
  reason: string;
}

/** SQL: the sanction `s` holds in the fair bound as `eventId` (its own or a platform-wide one). */
const HOLDS_IN_FAIR = '(s.event_id IS NULL OR s.event_id = :eventId)';

/**
 * Mutes and bans, each in the fair whose organisers imposed it (docs/decisions/0025-many-fairs.md). Stored in Postgres (so every node enforces them at once: chat and the handshake read
 * them) and published as `moderation.changed`: the hall tells the user and, on a ban, closes their sockets
 * on every node. A ban also ends the person's sessions (their tokens stop working beyond public reads).
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectRepository(SanctionEntity) private readonly sanctions: Repository<SanctionEntity>,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly sessions: Sessions,
    private readonly memberships: MembershipService,
  ) {}

  /** Every mute and ban in force now (few: the hall holds them all in memory and re-reads on a change). */
  async active(): Promise<ActiveSanction[]> {
    const rows = await this.sanctions
      .createQueryBuilder('s')
      .where('s.lifted_at IS NULL')
      .andWhere('(s.until IS NULL OR s.until > :now)', { now: new Date() })
      .getMany();
    return rows.map(({ userId, eventId, kind, address, deviceId, until }) => ({
      userId,
      eventId,
      kind,
      address,
      deviceId,
      until,
    }));
  }

  /**
   * The user's current state in a fair: banned beats muted; with `address`, a guest ban on that address
   * counts too. Sanctions of other fairs do not count here.
   */
  async stateOf(userId: string, eventId: string, address?: string): Promise<ModerationState> {
    const now = new Date();
    const qb = this.sanctions
      .createQueryBuilder('s')
      .where('s.lifted_at IS NULL')
      .andWhere('(s.until IS NULL OR s.until > :now)', { now })
      .andWhere(HOLDS_IN_FAIR, { eventId })
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

  /** A mute or ban in the fair the organiser acts in (`actor.eventId`); it holds there only. */
  async impose(actor: Caller, req: SanctionRequest): Promise<ModerationState> {
    const eventId = fairOf(actor);
    const user = await this.users.find(req.userId);
    if (!user) throw notFound('User');
    if (user.role === 'platform_admin' || (await this.memberships.rightsIn(user.id, eventId)).organiser) {
      throw new ModerationException('cannot_sanction_organiser', 'Organisers cannot be muted or banned');
    }
    const until = req.minutes ? new Date(Date.now() + req.minutes * 60_000) : null;
    const sanction = await this.uow.run(async ({ manager: m }) => {
      const row = await m.save(
        m.create(SanctionEntity, {
          userId: user.id,
          eventId,
          kind: req.kind,
          reason: req.reason,
          until,
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
      return row;
    });
    const state = await this.stateOf(user.id, eventId);
    await this.uow.publish('moderation.changed', {
      userId: user.id,
      eventId,
      state,
      ...(req.kind === 'ban' && { ban: { sanctionId: sanction.id, guest: user.isGuest } }),
    });
    // After `moderation.changed`, whose listener pins a guest's ban to the address of their open socket:
    // ending the sessions closes that socket. The ban itself already holds (the handshake and chat read it).
    if (req.kind === 'ban') await this.sessions.revoke(user.id, 'banned');
    return state;
  }

  /** Lifts the person's mutes and bans of the organiser's fair (not those of other fairs). */
  async lift(actor: Caller, userId: string): Promise<ModerationState> {
    const eventId = fairOf(actor);
    await this.uow.run(async (tx) => {
      const result = await tx.manager.update(
        SanctionEntity,
        { userId, eventId, liftedAt: IsNull() },
        { liftedAt: new Date() },
      );
      if (!result.affected) throw notFound('Active mute or ban');
      await this.audit.record(actor, { action: 'moderation.lift', entityType: 'user', entityId: userId }, tx);
    });
    const state = await this.stateOf(userId, eventId);
    await this.uow.publish('moderation.changed', { userId, eventId, state });
    return state;
  }

  /**
   * Make a guest's ban hold the person, not only the account: their client address (by the trusted-proxy
   * rule, so never the load balancer's) and their signed device id, both known to the hall from their
   * socket. A new guest account from that address, or any account from that device, stays out while the
   * ban lasts.
   */
  async pinBanToPerson(
    sanctionId: string,
    seen: { address: string | null; deviceId: string | null },
  ): Promise<void> {
    await this.sanctions.update({ id: sanctionId }, { address: seen.address, deviceId: seen.deviceId });
  }
}
