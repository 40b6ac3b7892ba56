import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Deal, DealInput, DealTotals, List } from '@pameran/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { whole } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { ExhibitorProducts } from '../matching/read-models/exhibitor-products.read-model';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import { StaffSides } from '../matching/staff-sides';
import { MeetingsService } from '../matching/meetings.service';
import { UnitOfWork, type Tx } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { DealEntity } from './deal.entity';
import { DealVerificationService } from './deal-verification.service';
import { DealViews, dealSnapshot } from './deal-views';
import { DealTotalsReadModel } from './read-models/deal-totals.read-model';
import { CommonException, forbidden, invalid, notFound } from '../../common/common.exception';

type Input = Required<Omit<DealInput, 'exhibitorId' | 'buyerId'>> &
  Pick<DealInput, 'exhibitorId' | 'buyerId'>;
type Patch = Partial<Pick<Input, 'items' | 'value' | 'status' | 'note'>>;

/** A change by the recording side: the other party confirms again, and the deal is verified again. */
const UNCONFIRMED = {
  confirmedAt: null,
  confirmedBy: null,
  verification: 'claimed',
  verifiedAt: null,
  verifiedBy: null,
  rejectionReason: null,
} as const;

/**
 * Deals in rupiah between a buyer and an exhibitor. Either side records, with evidence (the meeting they
 * held, or a note); the other side confirms; only verified deals count publicly (the automatic rule at
 * confirmation, else the organiser: DealVerificationService). A change after confirmation needs confirming
 * and verifying again. Every change is audited.
 */
@Injectable()
export class DealsService {
  constructor(
    @InjectRepository(DealEntity) private readonly repo: Repository<DealEntity>,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
    private readonly people: MatchingPeople,
    private readonly products: ExhibitorProducts,
    private readonly dealTotals: DealTotalsReadModel,
    private readonly verification: DealVerificationService,
    private readonly views: DealViews,
    private readonly staff: StaffSides,
    private readonly meetings: MeetingsService,
  ) {}

  async record(caller: Caller, dto: Input): Promise<Deal> {
    // Read before the transaction opens: the embedded database has one connection (see MatchingPeople).
    const mine = caller.role === 'buyer' ? [] : await this.staff.exhibitorsOf(caller);
    const saved = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const { exhibitorId, buyerId, side } = await this.sides(m, caller, dto, mine);
      const exhibitor = await this.people.exhibitor(exhibitorId, m);
      if (!exhibitor?.approved) throw invalid('exhibitorId', 'no approved exhibitor with this id');
      if ((await this.people.account(buyerId, m))?.role !== 'buyer')
        throw invalid('buyerId', 'no buyer with this id');
      await this.checkItems(m, exhibitorId, dto.items);
      const deal = m.create(DealEntity, {
        eventId: exhibitor.eventId,
        exhibitorId,
        buyerId,
        meetingId: dto.meetingId,
        items: dto.items,
        value: dto.value,
        status: dto.status,
        note: dto.note,
        recordedBy: side,
        recordedByUser: caller.sub,
      });
      await this.checkEvidence(m, deal);
      const row = await m.save(deal);
      await this.audit.record(
        caller,
        { action: 'deal.create', entityType: 'deal', entityId: row.id, after: dealSnapshot(row) },
        m,
      );
      await this.tellOtherSide(m, tx, row, 'deal_to_confirm', caller);
      return row;
    });
    return (await this.views.show([saved]))[0];
  }

  async update(caller: Caller, id: string, patch: Patch): Promise<Deal> {
    const saved = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const deal = await this.find(m, caller, id);
      if (this.sideOf(caller, deal) !== deal.recordedBy)
        throw forbidden('Only the side that recorded the deal can change it');
      if (patch.items) await this.checkItems(m, deal.exhibitorId, patch.items);
      const before = dealSnapshot(deal);
      Object.assign(deal, patch, UNCONFIRMED);
      await this.checkEvidence(m, deal);
      const row = await m.save(deal);
      await this.audit.record(
        caller,
        { action: 'deal.update', entityType: 'deal', entityId: id, before, after: dealSnapshot(row) },
        m,
      );
      await this.tellOtherSide(m, tx, row, 'deal_to_confirm', caller);
      return row;
    });
    return (await this.views.show([saved]))[0];
  }

  async confirm(caller: Caller, id: string): Promise<Deal> {
    const saved = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const deal = await this.find(m, caller, id);
      const side = this.sideOf(caller, deal);
      if (side === deal.recordedBy || side === 'organiser')
        throw forbidden('Only the other party can confirm this deal');
      if (deal.confirmedAt) throw new CommonException('illegal_transition', 'This deal is already confirmed');
      Object.assign(deal, { confirmedAt: new Date(), confirmedBy: caller.sub });
      await this.verification.settle(deal, m);
      const row = await m.save(deal);
      await this.audit.record(
        caller,
        { action: 'deal.confirm', entityType: 'deal', entityId: id, after: dealSnapshot(row) },
        m,
      );
      await this.tellOtherSide(m, tx, row, 'deal_confirmed', caller);
      return row;
    });
    return (await this.views.show([saved]))[0];
  }

  async get(caller: Caller, id: string): Promise<Deal> {
    return (await this.views.show([await this.find(this.repo.manager, caller, id)]))[0];
  }

  /**
   * The caller's deals as a buyer or as staff of any exhibitor they act for, newest first: in every fair, or
   * in the route's fair only when it names one (docs/decisions/0031-my-lists-across-fairs.md).
   */
  async mine(caller: Caller): Promise<List<Deal>> {
    const fair = caller.eventId ? { eventId: caller.eventId } : {};
    const exhibitors = await this.staff.exhibitorsOf(caller);
    const where = [
      { buyerId: caller.sub, ...fair },
      ...(exhibitors.length ? [{ exhibitorId: In(exhibitors), ...fair }] : []),
    ];
    const rows = await this.repo.find({ where, order: { createdAt: 'DESC' }, take: 500 });
    return whole(await this.views.show(rows));
  }

  /** Every deal the person is the buyer of, recorded or confirmed, for their data export. */
  async ofPerson(userId: string): Promise<Deal[]> {
    const rows = await this.repo.find({
      where: [{ buyerId: userId }, { recordedByUser: userId }, { confirmedBy: userId }],
      order: { createdAt: 'ASC' },
    });
    return this.views.show(rows);
  }

  async totals(slug: string): Promise<DealTotals> {
    const event = await this.events.findEntity(slug);
    return this.dealTotals.totals(event.id);
  }

  /**
   * Who records: a buyer for the exhibitor the body names; staff for the exhibitor the body names (its
   * `exhibitorId`, else the linked meeting's, else the only one they act for), which must be one of `mine`,
   * the exhibitors whose staff they are (each belongs to one fair, so this is their membership of its fair).
   */
  private async sides(m: EntityManager, caller: Caller, dto: Input, mine: string[]) {
    if (caller.role === 'buyer') {
      if (!dto.exhibitorId) throw invalid('exhibitorId', 'required when a buyer records a deal');
      return { exhibitorId: dto.exhibitorId, buyerId: caller.sub, side: 'buyer' as const };
    }
    const meeting = dto.meetingId ? await this.meetings.byId(dto.meetingId, m) : null;
    // A meeting of another exhibitor names nothing here; the evidence check then refuses it (400).
    const ofMeeting = meeting && mine.includes(meeting.exhibitorId) ? meeting.exhibitorId : undefined;
    const named = dto.exhibitorId ?? ofMeeting ?? (mine.length === 1 ? mine[0] : undefined);
    if (mine.length > 1 && !named)
      throw invalid('exhibitorId', 'name the exhibitor you record for (you are staff of several)');
    if (!named || !mine.includes(named))
      throw forbidden('Only the buyer or the exhibitor of a deal can record it');
    if (!dto.buyerId) throw invalid('buyerId', 'required when an exhibitor records a deal');
    return { exhibitorId: named, buyerId: dto.buyerId, side: 'exhibitor' as const };
  }

  private sideOf(caller: Caller, deal: DealEntity): 'buyer' | 'exhibitor' | 'organiser' | null {
    if (deal.buyerId === caller.sub) return 'buyer';
    if (caller.exhibitorId && caller.exhibitorId === deal.exhibitorId) return 'exhibitor';
    return caller.role === 'organiser' ? 'organiser' : null;
  }

  private async find(m: EntityManager, caller: Caller, id: string): Promise<DealEntity> {
    const deal = await m.findOneBy(DealEntity, { id });
    if (!deal || !this.sideOf(caller, deal)) throw notFound('Deal');
    return deal;
  }

  /** A deal carries evidence: a meeting between its two parties, or a note saying what was agreed. */
  private async checkEvidence(m: EntityManager, deal: DealEntity) {
    if (deal.meetingId) {
      if ((await this.verification.meetingOf(deal, m)) === null)
        throw invalid('meetingId', 'not a meeting between this buyer and exhibitor');
    } else if (!deal.note.trim()) throw invalid('note', 'say what was agreed, or link the meeting');
  }

  private async checkItems(m: EntityManager, exhibitorId: string, items: { productId: string }[]) {
    if (items.length === 0) return;
    const ids = items.map((i) => i.productId);
    const owned = await this.products.owned(exhibitorId, ids, m);
    const index = ids.findIndex((id) => !owned.includes(id));
    if (index >= 0) throw invalid(`items.${index}.productId`, 'not a product of this exhibitor');
  }

  private async tellOtherSide(
    m: EntityManager,
    tx: Tx,
    deal: DealEntity,
    kind: 'deal_to_confirm' | 'deal_confirmed',
    caller: Caller,
  ) {
    const people = [deal.buyerId, ...(await this.people.staffOf(deal.exhibitorId, m))].filter(
      (u) => u !== caller.sub,
    );
    await this.notifications.notify(
      tx,
      people,
      kind,
      { by: caller.name, value: String(deal.value) },
      '/deals',
      deal.eventId,
    );
  }
}
