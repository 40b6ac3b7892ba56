import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  CreateMeetingRequest,
  List,
  MeetingRequest,
  RequestStatus,
  SlotOption,
} from '@pameran/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { DomainException } from '../../common/domain.exception';
import { UnitOfWork, type Tx } from '../../domain';
import { LeadsService } from '../leads/leads.service';
import { NotificationsService } from '../notifications/notifications.service';
import { bookMeeting } from './booking';
import { MatchingCalendar } from './matching-calendar.service';
import { MeetingRequestEntity } from './matching.entities';
import { MatchingMapper } from './matching.mapper';
import { MeetingsService } from './meetings.service';
import { RequestDrafts } from './request-drafts';
import { requireSide, type Side } from './parties';
import { ExhibitorProducts } from './read-models/exhibitor-products.read-model';
import { MatchingPeople } from './read-models/matching-people.read-model';
import { SlotRules } from './slot-rules';
import { StaffSides } from './staff-sides';
import { CommonException, forbidden, invalid, notFound } from '../../common/common.exception';
import { MatchingException } from './matching.exception';

type Create = Required<CreateMeetingRequest>;
const VERBS: Partial<Record<RequestStatus, string>> = {
  accepted: 'accept',
  declined: 'decline',
  countered: 'propose another slot for',
  cancelled: 'cancel',
};

const buyerIds = (r: MeetingRequestEntity) => [r.requesterId, ...r.attendeeIds];

/** Who asked and who answers a request: the side that did not ask answers it. */
const roles = (r: MeetingRequestEntity): { asker: Side; answerer: Side } =>
  r.askedBy === 'exhibitor'
    ? { asker: 'exhibitor', answerer: 'buyer' }
    : { asker: 'buyer', answerer: 'exhibitor' };

/**
 * Meeting requests between buyers and exhibitors, and their answers. Buyers ask here; exhibitors' staff ask
 * listed buyers through `BuyerRequestsService`; the answers follow who asked (`roles`).
 */
@Injectable()
export class MeetingRequestsService {
  constructor(
    @InjectRepository(MeetingRequestEntity) private readonly repo: Repository<MeetingRequestEntity>,
    private readonly calendar: MatchingCalendar,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
    private readonly meetings: MeetingsService,
    private readonly rules: SlotRules,
    private readonly people: MatchingPeople,
    private readonly products: ExhibitorProducts,
    private readonly leads: LeadsService,
    private readonly mapper: MatchingMapper,
    private readonly drafts: RequestDrafts,
    private readonly sides: StaffSides,
  ) {}

  async create(caller: Caller, dto: Create): Promise<MeetingRequest> {
    if (caller.role !== 'buyer') throw forbidden('Only registered buyers can request business meetings');
    const saved = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const exhibitor = await this.people.exhibitor(dto.exhibitorId, m);
      if (!exhibitor?.approved)
        throw invalid('exhibitorId', 'no approved exhibitor with this id', { status: HttpStatus.NOT_FOUND });
      const invited = await this.invitees(m, caller, dto.attendeeEmails);
      await this.drafts.checkProducts(m, exhibitor.id, dto.productIds);
      const view = await this.calendar.view(exhibitor.eventId, m);
      const preferred = this.drafts.preferred(view, dto.preferredSlots);
      const row = await this.drafts.open(
        m,
        view,
        {
          exhibitorId: exhibitor.id,
          requesterId: caller.sub,
          askedBy: 'buyer',
          senderId: null,
          invitedIds: invited,
          message: dto.message,
          productIds: dto.productIds,
          mode: dto.mode,
        },
        preferred,
        'You already have an open request with this exhibitor',
      );
      // The exhibitor's leads list the request like any other contact at the booth.
      const booth = await this.products.boothOf(exhibitor.id, m);
      if (booth)
        await this.leads.recordMeetingRequest({ boothId: booth, eventId: exhibitor.eventId }, caller.sub, tx);
      const staff = await this.people.staffOf(exhibitor.id, m);
      const told = { buyer: caller.name };
      await this.notifications.notify(tx, staff, 'request_new', told, '/meetings', exhibitor.eventId);
      await this.notifications.notify(tx, invited, 'request_new', told, '/meetings', exhibitor.eventId);
      return row;
    });
    return this.show(saved);
  }

  /**
   * A colleague answers an invitation to join a request: accepting makes them a party (they see the
   * request and meeting, and their calendar counts when a slot is chosen); declining forgets them. Only
   * while the request is open; an unknown, answered or lapsed invitation is a plain 404.
   */
  async answerInvitation(caller: Caller, id: string, accept: boolean): Promise<MeetingRequest> {
    const result = await this.repo
      .createQueryBuilder()
      .update(MeetingRequestEntity)
      .set({
        invitedIds: () => 'array_remove(invited_ids, :u)',
        ...(accept && { attendeeIds: () => 'array_append(attendee_ids, :u)' }),
      })
      .where("id = :id AND :u = ANY(invited_ids) AND status IN ('pending', 'countered')", {
        id,
        u: caller.sub,
      })
      .returning('*')
      .execute();
    if (!result.affected) throw notFound('Invitation');
    return this.show(await this.find(this.repo.manager, id), caller.sub);
  }

  async list(
    caller: Caller,
    q: { side: 'incoming' | 'outgoing' | 'all'; status?: RequestStatus; cursor?: string; limit: number },
  ): Promise<List<MeetingRequest>> {
    const qb = this.repo.createQueryBuilder('r');
    if (q.side === 'incoming')
      qb.where('r.exhibitor_id = ANY(:xs)', { xs: await this.sides.exhibitorsOf(caller) });
    else if (q.side === 'outgoing')
      qb.where(
        "(r.requester_id = :u OR :u = ANY(r.attendee_ids) OR (:u = ANY(r.invited_ids) AND r.status IN ('pending', 'countered')))",
        { u: caller.sub },
      );
    // Every request is one fair's business: its organisers name it (an organiser elsewhere sees none of it).
    else if (caller.role !== 'organiser' || !caller.eventId)
      throw forbidden('Only organisers can list every request of their fair (name it: ?event=)');
    if (caller.eventId) qb.andWhere('r.event_id = :e', { e: caller.eventId });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.cursor) qb.andWhere('r.created_at < :cursor', { cursor: new Date(q.cursor) });
    const [rows, total] = await qb
      .orderBy('r.created_at', 'DESC')
      .take(q.limit + 1)
      .getManyAndCount();
    const page = rows.slice(0, q.limit);
    const items = await this.showAll(page, caller.sub);
    return { items, total, nextCursor: rows.length > q.limit ? page.at(-1)!.createdAt.toISOString() : null };
  }

  async get(caller: Caller, id: string): Promise<MeetingRequest> {
    const row = await this.find(this.repo.manager, id);
    requireSide(caller, { exhibitorId: row.exhibitorId, buyerIds: buyerIds(row) }, 'Meeting request');
    return this.show(row);
  }

  /** Slots for answering a request: the exhibitor and every buyer-side person free. */
  async slots(caller: Caller, id: string): Promise<SlotOption[]> {
    const row = await this.find(this.repo.manager, id);
    requireSide(caller, { exhibitorId: row.exhibitorId, buyerIds: buyerIds(row) }, 'Meeting request');
    return this.meetings.slotOptions(row.exhibitorId, buyerIds(row));
  }

  /**
   * The answering side accepts a pending request (with a slot, or leaving it to auto-scheduling); the
   * asking side accepts a proposal of another slot.
   */
  accept(caller: Caller, id: string, slotStart?: string): Promise<MeetingRequest> {
    return this.answer(caller, id, 'accepted', async (m, req, side, view) => {
      const { asker, answerer } = roles(req);
      let slot = null;
      if (req.status === 'countered') {
        if (side === answerer) throw forbidden(`The ${asker} answers your proposal`);
        slot = this.rules.slot(view, this.calendar.shown(req.counterStart!), 'counterSlot');
      } else {
        if (side === asker) throw forbidden(`The ${answerer} answers this request`);
        if (slotStart) slot = await this.rules.bookable(m, view, req.exhibitorId, slotStart, 'slotStart');
      }
      const updated = await this.transition(m, req, 'accepted', {});
      if (slot) await this.calendar.plan(m, [await bookMeeting(m, updated, slot)]);
      return updated;
    });
  }

  decline(caller: Caller, id: string, reason: string): Promise<MeetingRequest> {
    return this.answer(caller, id, 'declined', (m, req, side) => {
      const { asker, answerer } = roles(req);
      if (req.status === 'pending' && side === asker)
        throw forbidden(`The ${answerer} answers this request; you can cancel it`);
      if (req.status === 'countered' && side === answerer)
        throw forbidden(`The ${asker} answers your proposal`);
      return this.transition(m, req, 'declined', { declineReason: reason });
    });
  }

  counter(caller: Caller, id: string, slotStart: string): Promise<MeetingRequest> {
    return this.answer(caller, id, 'countered', async (m, req, side, view) => {
      const { asker, answerer } = roles(req);
      if (side === asker) throw forbidden(`Only the ${answerer} can propose another slot`);
      if (req.status !== 'pending') throw illegal(req, 'countered');
      const slot = await this.rules.bookable(m, view, req.exhibitorId, slotStart, 'slotStart');
      return this.transition(m, req, 'countered', { counterStart: new Date(slot.start) });
    });
  }

  /** The asking side withdraws its request (the answering side declines instead). */
  cancel(caller: Caller, id: string): Promise<MeetingRequest> {
    return this.answer(caller, id, 'cancelled', (m, req, side) => {
      if (side === roles(req).answerer) throw forbidden('Decline the request instead');
      return this.transition(m, req, 'cancelled', {});
    });
  }

  /** Every request the person made or was named in, per event, for their data export. */
  async ofPerson(userId: string): Promise<MeetingRequest[]> {
    const rows = await this.repo
      .createQueryBuilder('r')
      .where('(r.requester_id = :u OR :u = ANY(r.attendee_ids))', { u: userId })
      .orderBy('r.created_at', 'ASC')
      .getMany();
    const shown: MeetingRequest[] = [];
    for (const eventId of new Set(rows.map((r) => r.eventId)))
      shown.push(...(await this.showAll(rows.filter((r) => r.eventId === eventId))));
    return shown;
  }

  /**
   * Erasure of a requester's account: their open requests are cancelled (nobody is left to meet); answered
   * ones stay, as the exhibitor's record, showing the requester as a deleted account.
   */
  async cancelOpenOf(userId: string, tx: Tx): Promise<void> {
    await tx.manager.update(
      MeetingRequestEntity,
      { requesterId: userId, status: In(['pending', 'countered']) },
      { status: 'cancelled' },
    );
  }

  /** Run one answer in a transaction, then tell the other side. */
  private async answer(
    caller: Caller,
    id: string,
    to: Exclude<RequestStatus, 'pending'>,
    apply: (
      m: EntityManager,
      req: MeetingRequestEntity,
      side: Side,
      view: Awaited<ReturnType<MatchingCalendar['view']>>,
    ) => Promise<MeetingRequestEntity>,
  ): Promise<MeetingRequest> {
    const updated = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const req = await this.find(m, id);
      const side = requireSide(
        caller,
        { exhibitorId: req.exhibitorId, buyerIds: buyerIds(req) },
        'Meeting request',
      );
      if (!['pending', 'countered'].includes(req.status)) throw illegal(req, to);
      const result = await apply(m, req, side, await this.calendar.view(req.eventId, m));
      const everyone = [...buyerIds(req), ...(await this.people.staffOf(req.exhibitorId, m))];
      const others = everyone.filter((u) => u !== caller.sub);
      const told = { by: caller.name };
      await this.notifications.notify(tx, others, `request_${to}` as const, told, '/meetings', req.eventId);
      return result;
    });
    const shown = await this.show(updated);
    if (shown.meeting) await this.meetings.push([shown.meeting]);
    return shown;
  }

  /** Atomic state change: only from the status we read and only while the request has not expired. */
  private async transition(
    m: EntityManager,
    req: MeetingRequestEntity,
    to: RequestStatus,
    patch: Partial<Pick<MeetingRequestEntity, 'declineReason' | 'counterStart'>>,
  ): Promise<MeetingRequestEntity> {
    const result = await m
      .createQueryBuilder()
      .update(MeetingRequestEntity)
      .set({ status: to, ...patch })
      .where('id = :id AND status = :from', { id: req.id, from: req.status })
      .andWhere(to === 'cancelled' ? 'TRUE' : 'expires_at > :now', { now: new Date(this.calendar.now()) })
      .returning('*')
      .execute();
    if (!result.affected) throw illegal(await this.find(m, req.id), to, this.calendar.now());
    return m.create(MeetingRequestEntity, { ...req, status: to, ...patch });
  }

  /**
   * The registered buyers among the colleagues' e-mails, to invite. An address without one is dropped
   * without a word, so the answer is the same whether an address has an account or not (a requester must
   * not learn who is registered); colleagues appear on the request only once they accept.
   */
  private async invitees(m: EntityManager, caller: Caller, emails: string[]): Promise<string[]> {
    const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
    if (wanted.length === 0) return [];
    const users = (await this.people.byEmail(wanted, m)).filter((u) => u.role === 'buyer' && !u.isGuest);
    return users.map((u) => u.id).filter((id) => id !== caller.sub);
  }

  private async find(m: EntityManager, id: string): Promise<MeetingRequestEntity> {
    const row = await m.findOneBy(MeetingRequestEntity, { id });
    if (!row) throw notFound('Meeting request');
    return row;
  }

  /** Requests as the API shows them (for the other ways of asking). */
  async showAll(rows: MeetingRequestEntity[], viewerId?: string): Promise<MeetingRequest[]> {
    if (rows.length === 0) return [];
    const { settings } = await this.calendar.view(rows[0].eventId);
    return this.mapper.requests(
      this.repo.manager,
      rows,
      (at) => this.calendar.shown(at),
      settings.slotMinutes,
      viewerId,
    );
  }

  async show(row: MeetingRequestEntity, viewerId?: string): Promise<MeetingRequest> {
    return (await this.showAll([row], viewerId))[0];
  }
}

/** 409 for a refused transition, saying what state the request is really in. */
function illegal(req: MeetingRequestEntity, to: RequestStatus, now = Date.now()): DomainException {
  const expired = ['pending', 'countered'].includes(req.status) && req.expiresAt.getTime() <= now;
  const state = expired ? 'expired' : req.status;
  const message = `Cannot ${VERBS[to] ?? to} a request that is ${state}`;
  return expired
    ? new MatchingException('expired', message)
    : new CommonException('illegal_transition', message);
}
