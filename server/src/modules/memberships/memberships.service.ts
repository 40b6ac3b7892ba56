import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MembershipRole } from '@pameran/contracts';
import { Repository } from 'typeorm';
import { OnDomainEvent, UnitOfWork, type DomainEventMap, type Tx } from '../../domain';
import { MembershipEntity } from './membership.entity';

/** What a person may do in one fair, read from their memberships of it. */
export interface Rights {
  organiser: boolean;
  /** The exhibitor whose staff they are in this fair, if any. */
  exhibitorId: string | null;
}
export const NO_RIGHTS: Rights = { organiser: false, exhibitorId: null };

/** How long a node trusts what it read about a person's memberships when no event told it otherwise. */
export const MEMBERSHIP_TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

/**
 * The one place that says what a person may do in a fair. Rights are read per request (never carried in a
 * token), cached per node for `MEMBERSHIP_TTL_MS` and forgotten at once when the person's identity changes
 * here or, through the identity relay, on another node; every grant and withdrawal publishes
 * `identity.changed`, so a new organiser or a removed staff member counts on every node at once.
 * See docs/decisions/0025-many-fairs.md.
 */
@Injectable()
export class MembershipService {
  private readonly cache = new Map<string, { memberships: MembershipEntity[]; expires: number }>();
  private epoch = 0;

  constructor(
    @InjectRepository(MembershipEntity) private readonly repo: Repository<MembershipEntity>,
    private readonly uow: UnitOfWork,
  ) {}

  /** Every membership the person holds, in every fair. */
  async of(userId: string): Promise<MembershipEntity[]> {
    const hit = this.cache.get(userId);
    if (hit && hit.expires > Date.now()) return hit.memberships;
    const epoch = this.epoch;
    const memberships = await this.repo.find({ where: { userId }, order: { createdAt: 'ASC' } });
    if (epoch === this.epoch) this.remember(userId, memberships);
    return memberships;
  }

  async rightsIn(userId: string, eventId: string): Promise<Rights> {
    return rightsOf((await this.of(userId)).filter((m) => m.eventId === eventId));
  }

  /**
   * Everyone who holds rights in a fair (its organisers and its exhibitors' staff), read afresh in one query:
   * for a node that keeps a fair's rights in memory (the hall's handshake). Anyone absent holds none.
   */
  async rightsInFair(eventId: string): Promise<Map<string, Rights>> {
    return groupRights(await this.repo.find({ where: { eventId } }), (m) => m.userId);
  }

  /** A person's rights in every fair where they hold any, read afresh (to follow a change of them). */
  async rightsByFair(userId: string): Promise<Map<string, Rights>> {
    return groupRights(await this.repo.find({ where: { userId } }), (m) => m.eventId);
  }

  /** The exhibitors the person is staff of, one per fair at most, in every fair (their own lists). */
  async exhibitorsOf(userId: string): Promise<{ eventId: string; exhibitorId: string }[]> {
    return (await this.of(userId)).flatMap((m) =>
      m.role === 'exhibitor' && m.exhibitorId ? [{ eventId: m.eventId, exhibitorId: m.exhibitorId }] : [],
    );
  }

  /** The people who hold `role` in a fair (e.g. its organisers, to notify them), oldest membership first. */
  async holders(eventId: string, role: MembershipRole, tx?: Tx): Promise<string[]> {
    const rows = await (tx?.manager ?? this.repo.manager).find(MembershipEntity, {
      where: { eventId, role },
      select: { userId: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => r.userId);
  }

  /** Give a person a role in a fair (nothing changes if they hold it already). */
  grant(
    input: { userId: string; eventId: string; role: MembershipRole; exhibitorId?: string | null },
    tx?: Tx,
  ): Promise<void> {
    return this.uow.within(tx, async (t) => {
      await t.manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ ...input, exhibitorId: input.role === 'exhibitor' ? (input.exhibitorId ?? null) : null })
        .orIgnore()
        .execute();
      t.publish('identity.changed', { userId: input.userId });
    });
  }

  /**
   * Take a role in a fair away (the caller also moves the person's token version on when it must end now);
   * with `exhibitorId`, only the staff membership of that exhibitor. Answers whether there was one.
   */
  withdraw(
    input: { userId: string; eventId: string; role: MembershipRole; exhibitorId?: string },
    tx?: Tx,
  ): Promise<boolean> {
    return this.uow.within(tx, async (t) => {
      const { affected } = await t.manager.delete(MembershipEntity, input);
      t.publish('identity.changed', { userId: input.userId });
      return (affected ?? 0) > 0;
    });
  }

  /** The exhibitors a person is staff of, oldest first, read afresh in the caller's unit (to decide a change). */
  async staffOf(userId: string, tx: Tx): Promise<{ eventId: string; exhibitorId: string }[]> {
    const rows = await tx.manager.find(MembershipEntity, {
      where: { userId, role: 'exhibitor' },
      order: { createdAt: 'ASC' },
    });
    return rows.flatMap((m) => (m.exhibitorId ? [{ eventId: m.eventId, exhibitorId: m.exhibitorId }] : []));
  }

  /** Take a role away in every fair (an account whose role a platform admin changed). */
  withdrawEverywhere(input: { userId: string; role: MembershipRole }, tx?: Tx): Promise<void> {
    return this.uow.within(tx, async (t) => {
      await t.manager.delete(MembershipEntity, input);
      t.publish('identity.changed', { userId: input.userId });
    });
  }

  /**
   * Erasure: the person holds no membership anywhere any more. Answers the fairs they were the only organiser
   * of, which the caller must make known (erasure is not refused for it: docs/decisions/0035-fair-gaps.md).
   * The fairs' organiser rows are locked first, so two organisers erased at once cannot both leave thinking
   * the other one stays.
   */
  withdrawAll(userId: string, tx: Tx): Promise<string[]> {
    return this.uow.within(tx, async (t) => {
      const rows = await t.manager.query<{ event_id: string; user_id: string }[]>(
        `SELECT event_id, user_id FROM membership WHERE role = 'organiser' AND event_id IN
           (SELECT event_id FROM membership WHERE user_id = $1 AND role = 'organiser')
         ORDER BY event_id, user_id FOR UPDATE`,
        [userId],
      );
      const others = new Map<string, number>();
      for (const r of rows)
        others.set(r.event_id, (others.get(r.event_id) ?? 0) + (r.user_id === userId ? 0 : 1));
      await t.manager.delete(MembershipEntity, { userId });
      t.publish('identity.changed', { userId });
      return [...others].filter(([, n]) => n === 0).map(([eventId]) => eventId);
    });
  }

  /** Drop what this node knows about the person's memberships (they changed, here or on another node). */
  forget(userId: string): void {
    this.cache.delete(userId);
    this.epoch += 1;
  }

  @OnDomainEvent('identity.changed')
  forgetChanged({ userId }: DomainEventMap['identity.changed']): void {
    this.forget(userId);
  }

  @OnDomainEvent('identity.revoked')
  forgetRevoked({ userId }: DomainEventMap['identity.revoked']): void {
    this.forget(userId);
  }

  @OnDomainEvent('account.erased')
  forgetErased({ userId }: DomainEventMap['account.erased']): void {
    this.forget(userId);
  }

  private remember(userId: string, memberships: MembershipEntity[]): void {
    this.cache.delete(userId);
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(userId, { memberships, expires: Date.now() + MEMBERSHIP_TTL_MS });
  }
}

function rightsOf(memberships: MembershipEntity[]): Rights {
  if (memberships.length === 0) return NO_RIGHTS;
  return {
    organiser: memberships.some((m) => m.role === 'organiser'),
    exhibitorId: memberships.find((m) => m.role === 'exhibitor')?.exhibitorId ?? null,
  };
}

function groupRights(rows: MembershipEntity[], key: (m: MembershipEntity) => string): Map<string, Rights> {
  const groups = new Map<string, MembershipEntity[]>();
  for (const m of rows) groups.set(key(m), [...(groups.get(key(m)) ?? []), m]);
  return new Map([...groups].map(([k, ms]) => [k, rightsOf(ms)]));
}
