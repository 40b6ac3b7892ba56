import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEFAULT_DEAL_VALUE_RANGE,
  type Deal,
  type DealQueue,
  type DealValueRange,
  type MeetingStatus,
} from '@pameran/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { CommonException, notFound } from '../../common/common.exception';
import { UnitOfWork } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { MeetingsService } from '../matching/meetings.service';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import { NotificationsService } from '../notifications/notifications.service';
import { DealEntity, DealValueRangeEntity } from './deal.entity';
import { inRange, verifiesItself } from './deal-verification';
import { DealViews, dealSnapshot } from './deal-views';
import { DealQueueReadModel } from './read-models/deal-queue.read-model';
import { DealTotalsReadModel } from './read-models/deal-totals.read-model';

/**
 * Whether a deal may count in the fair's public total: the automatic rule at confirmation, the organiser's
 * plausible range per fair, and the organiser's queue of the rest (verify or reject with a reason; both
 * audited). See docs/domain.md, "Deals".
 */
@Injectable()
export class DealVerificationService {
  constructor(
    @InjectRepository(DealEntity) private readonly deals: Repository<DealEntity>,
    @InjectRepository(DealValueRangeEntity) private readonly ranges: Repository<DealValueRangeEntity>,
    private readonly events: EventsService,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    private readonly views: DealViews,
    private readonly queueModel: DealQueueReadModel,
    private readonly totals: DealTotalsReadModel,
    private readonly people: MatchingPeople,
    private readonly notifications: NotificationsService,
  ) {}

  async rangeOf(eventId: string, m: EntityManager = this.ranges.manager): Promise<DealValueRange> {
    const row = await m.findOneBy(DealValueRangeEntity, { eventId });
    return row ? { min: row.min, max: row.max } : DEFAULT_DEAL_VALUE_RANGE;
  }

  /** The meeting a deal names, as evidence: its status when the two parties took part, else null. */
  meetingOf(deal: DealEntity, m: EntityManager): Promise<MeetingStatus | null> {
    if (!deal.meetingId) return Promise.resolve(null);
    return this.meetings.statusBetween(deal.meetingId, deal.exhibitorId, deal.buyerId, m);
  }

  /** Applied when the other party confirms: verified at once by the automatic rule, or left claimed. */
  async settle(deal: DealEntity, m: EntityManager): Promise<void> {
    const [range, meeting] = await Promise.all([this.rangeOf(deal.eventId, m), this.meetingOf(deal, m)]);
    if (verifiesItself(deal.value, range, meeting))
      Object.assign(deal, { verification: 'verified', verifiedAt: new Date(), verifiedBy: null });
  }

  async queue(slug: string): Promise<DealQueue> {
    const event = await this.events.findEntity(slug);
    const [range, waiting, figures] = await Promise.all([
      this.rangeOf(event.id),
      this.queueModel.waiting(event.id),
      this.totals.claimedAndVerified(event.id),
    ]);
    const rows = await this.deals.findBy({ id: In(waiting.map((w) => w.id)) });
    const byId = new Map((await this.views.show(rows)).map((d) => [d.id, d]));
    return {
      range,
      items: waiting.map((w) => {
        const deal = byId.get(w.id)!;
        return { ...deal, meetingStatus: w.meetingStatus, inRange: inRange(deal.value, range) };
      }),
      claimed: figures.claimed,
      verified: figures.verified,
    };
  }

  setRange(caller: Caller, slug: string, range: DealValueRange): Promise<DealValueRange> {
    return this.uow.run(async (tx) => {
      const event = await this.events.findEntity(slug);
      const before = await this.rangeOf(event.id, tx.manager);
      await tx.manager.upsert(DealValueRangeEntity, { eventId: event.id, ...range }, ['eventId']);
      await this.audit.record(
        caller,
        { action: 'deal.range', entityType: 'event', entityId: event.id, before, after: range },
        tx,
      );
      return range;
    });
  }

  verify(caller: Caller, id: string): Promise<Deal> {
    return this.decide(caller, id, { verification: 'verified', rejectionReason: null });
  }

  reject(caller: Caller, id: string, reason: string): Promise<Deal> {
    return this.decide(caller, id, { verification: 'rejected', rejectionReason: reason });
  }

  /** claimed → verified | rejected, by the organiser, on a deal both parties confirmed. */
  private async decide(
    caller: Caller,
    id: string,
    to: Pick<DealEntity, 'verification' | 'rejectionReason'>,
  ): Promise<Deal> {
    const saved = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const deal = await m.findOne(DealEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!deal) throw notFound('Deal');
      if (!deal.confirmedAt || deal.verification !== 'claimed')
        throw new CommonException(
          'illegal_transition',
          'Only a deal both parties confirmed and nobody verified yet can be verified or rejected',
        );
      const before = dealSnapshot(deal);
      Object.assign(deal, to, { verifiedAt: new Date(), verifiedBy: caller.sub });
      const row = await m.save(deal);
      await this.audit.record(
        caller,
        {
          action: to.verification === 'verified' ? 'deal.verify' : 'deal.reject',
          entityType: 'deal',
          entityId: id,
          before,
          after: dealSnapshot(row),
        },
        m,
      );
      // Both sides hear the organiser's decision: the buyer and everyone on the exhibitor's team.
      const parties = [row.buyerId, ...(await this.people.staffOf(row.exhibitorId, m))];
      await this.notifications.notify(
        tx,
        [...new Set(parties)],
        to.verification === 'verified' ? 'deal_verified' : 'deal_rejected',
        { value: String(row.value), ...(to.rejectionReason ? { reason: to.rejectionReason } : {}) },
        '/deals',
        row.eventId,
      );
      return row;
    });
    return (await this.views.show([saved]))[0];
  }
}
