import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { List, ShortlistItem, SourcingInput, SourcingRequest } from '@pameran/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { whole } from '../../common/pagination';
import { EventsService } from '../events/events.service';
import { UnitOfWork, type Tx } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { callerExhibitor } from './parties';
import { ExhibitorProducts } from './read-models/exhibitor-products.read-model';
import { MatchingPeople } from './read-models/matching-people.read-model';
import { ShortlistEntity, SourcingRequestEntity, SourcingResponseEntity } from './sourcing.entities';
import { CommonException, forbidden, notFound } from '../../common/common.exception';
import { MatchingException } from './matching.exception';

/** An answer to a sourcing request as its author sees it in their data export. */
export interface SourcingAnswer {
  requestId: string;
  exhibitorId: string;
  message: string;
  productIds: string[];
  createdAt: string;
}

/** Sourcing requests (buyers post needs, matching exhibitors answer) and buyers' shortlists. */
@Injectable()
export class SourcingService {
  constructor(
    @InjectRepository(SourcingRequestEntity) private readonly requests: Repository<SourcingRequestEntity>,
    @InjectRepository(SourcingResponseEntity) private readonly responses: Repository<SourcingResponseEntity>,
    @InjectRepository(ShortlistEntity) private readonly shortlists: Repository<ShortlistEntity>,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
    private readonly people: MatchingPeople,
    private readonly products: ExhibitorProducts,
  ) {}

  async post(caller: Caller, slug: string, dto: Required<SourcingInput>): Promise<SourcingRequest> {
    if (caller.role !== 'buyer') throw forbidden('Only registered buyers can post sourcing requests');
    const event = await this.events.findEntity(slug);
    const row = await this.requests.save({ ...dto, eventId: event.id, buyerId: caller.sub });
    return (await this.show([row], caller))[0];
  }

  /**
   * Buyers see their own requests; approved exhibitors see open requests of their fair in their category
   * (what they could supply); organisers see all. An applicant, or an exhibitor of another category, sees
   * none: a buyer's needs are shared with the fair's vetted suppliers only (docs/security.md).
   */
  async list(
    caller: Caller,
    slug: string,
    opts: { mine?: boolean; status?: 'open' | 'closed' },
  ): Promise<List<SourcingRequest>> {
    const event = await this.events.findEntity(slug);
    const qb = this.requests.createQueryBuilder('s').where('s.event_id = :e', { e: event.id });
    if (caller.role === 'buyer' || opts.mine) qb.andWhere('s.buyer_id = :u', { u: caller.sub });
    else if (caller.exhibitorId) {
      const exhibitor = await this.supplier(caller.exhibitorId, event.id);
      qb.andWhere('s.category = :c', { c: exhibitor.category }).andWhere("s.status = 'open'");
    } else if (caller.role !== 'organiser')
      throw forbidden('Sourcing requests are for buyers, exhibitors and organisers');
    if (opts.status) qb.andWhere('s.status = :st', { st: opts.status });
    const rows = await qb.orderBy('s.created_at', 'DESC').take(200).getMany();
    return whole(await this.show(rows, caller));
  }

  async respond(
    caller: Caller,
    id: string,
    dto: { message: string; productIds: string[] },
  ): Promise<SourcingRequest> {
    const exhibitorId = callerExhibitor(caller);
    const request = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const req = await m.findOneBy(SourcingRequestEntity, { id });
      if (!req) throw notFound('Sourcing request');
      // A request outside what the exhibitor may see is answered as if it did not exist.
      const exhibitor = await this.supplier(exhibitorId, req.eventId, m).catch(() => null);
      if (exhibitor?.category !== req.category) throw notFound('Sourcing request');
      if (req.status !== 'open') throw new MatchingException('closed', 'This sourcing request is closed');
      if (dto.productIds.length) {
        const owned = await this.products.owned(exhibitorId, dto.productIds, m);
        if (owned.length !== new Set(dto.productIds).size) {
          throw new CommonException('invalid', 'productIds: only your own products', [
            { path: 'productIds', message: 'only your own products can be offered' },
          ]);
        }
      }
      await m.upsert(SourcingResponseEntity, { requestId: id, exhibitorId, authorId: caller.sub, ...dto }, [
        'requestId',
        'exhibitorId',
      ]);
      await this.notifications.notify(
        tx,
        [req.buyerId],
        'sourcing_response',
        { title: req.title },
        '/sourcing',
        req.eventId,
      );
      return req;
    });
    return (await this.show([request], caller))[0];
  }

  async close(caller: Caller, id: string): Promise<SourcingRequest> {
    const req = await this.requests.findOneBy({ id });
    if (!req || (req.buyerId !== caller.sub && caller.role !== 'organiser'))
      throw notFound('Sourcing request');
    await this.requests.update({ id }, { status: 'closed' });
    return (await this.show([{ ...req, status: 'closed' }], caller))[0];
  }

  /** The person's sourcing requests (with every answer) and the answers they wrote, for their data export. */
  async ofPerson(userId: string): Promise<{ requests: SourcingRequest[]; answersWritten: SourcingAnswer[] }> {
    const [requests, answers] = await Promise.all([
      this.requests.find({ where: { buyerId: userId }, order: { createdAt: 'ASC' } }),
      this.responses.find({ where: { authorId: userId }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      requests: await this.show(requests, { sub: userId }),
      answersWritten: answers.map((a) => ({
        requestId: a.requestId,
        exhibitorId: a.exhibitorId,
        message: a.message,
        productIds: a.productIds,
        createdAt: a.createdAt.toISOString(),
      })),
    };
  }

  /**
   * Erasure of a buyer's account: the shortlist is theirs alone and goes; their open sourcing requests are
   * closed (exhibitors' answers to them stay, showing the buyer as a deleted account).
   */
  async forgetBuyer(userId: string, tx: Tx): Promise<void> {
    await tx.manager.delete(ShortlistEntity, { userId });
    await tx.manager.update(SourcingRequestEntity, { buyerId: userId, status: 'open' }, { status: 'closed' });
  }

  shortlist(userId: string): Promise<ShortlistItem[]> {
    return this.products.shortlist(userId);
  }

  async addToShortlist(userId: string, productId: string): Promise<ShortlistItem[]> {
    if (!(await this.products.exists(productId))) throw notFound('Product');
    await this.shortlists.upsert({ userId, productId }, ['userId', 'productId']);
    return this.shortlist(userId);
  }

  async removeFromShortlist(userId: string, productId: string): Promise<ShortlistItem[]> {
    await this.shortlists.delete({ userId, productId });
    return this.shortlist(userId);
  }

  /** The caller's exhibitor when it may supply this fair: approved, and of the fair. */
  private async supplier(exhibitorId: string, eventId: string, m?: EntityManager) {
    const exhibitor = await this.people.exhibitor(exhibitorId, m);
    if (!exhibitor || exhibitor.eventId !== eventId) throw notFound('Exhibitor');
    if (!exhibitor.approved) throw forbidden('Sourcing requests are shown to approved exhibitors only');
    return exhibitor;
  }

  /**
   * The requests with their answers as `viewer` may see them: the buyer who posted and organisers see every
   * answer; an exhibitor sees only its own (competitors' offers and products stay private).
   */
  private async show(
    rows: SourcingRequestEntity[],
    viewer: Pick<Caller, 'sub'> & Partial<Pick<Caller, 'role' | 'exhibitorId'>>,
  ): Promise<SourcingRequest[]> {
    if (rows.length === 0) return [];
    const responses = await this.responses.find({
      where: { requestId: In(rows.map((r) => r.id)) },
      order: { createdAt: 'ASC' },
    });
    const visible = (x: SourcingResponseEntity, r: SourcingRequestEntity) =>
      r.buyerId === viewer.sub || viewer.role === 'organiser' || x.exhibitorId === viewer.exhibitorId;
    const [buyers, exhibitors] = await Promise.all([
      this.people.parties(rows.map((r) => r.buyerId)),
      this.people.exhibitors(responses.map((r) => r.exhibitorId)),
    ]);
    return rows.map((r) => ({
      id: r.id,
      buyer: buyers.get(r.buyerId)!,
      title: r.title,
      category: r.category,
      quantity: r.quantity,
      unit: r.unit,
      halal: r.halal,
      exportReady: r.exportReady,
      requirements: r.requirements,
      targetPrice: r.targetPrice,
      destinationCountry: r.destinationCountry,
      status: r.status,
      responses: responses
        .filter((x) => x.requestId === r.id && visible(x, r))
        .map((x) => ({
          id: x.id,
          exhibitor: exhibitors.get(x.exhibitorId)!,
          message: x.message,
          productIds: x.productIds,
          createdAt: x.createdAt.toISOString(),
        })),
      createdAt: r.createdAt.toISOString(),
    }));
  }
}
