import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShortlistItem, SourcingInput, SourcingRequest } from '@pameran/contracts';
import { DataSource, In } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { BoothEntity } from '../booths/booth.entity';
import { ProductEntity } from '../catalogue/product.entity';
import { EventsService } from '../events/events.service';
import { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import { UnitOfWork } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { loadExhibitors, loadParties } from './matching.mapper';
import { callerExhibitor } from './parties';
import { ShortlistEntity, SourcingRequestEntity, SourcingResponseEntity } from './sourcing.entities';
import { CommonException, forbidden, notFound } from '../../common/common.exception';
import { MatchingException } from './matching.exception';

/** Sourcing requests (buyers post needs, matching exhibitors answer) and buyers' shortlists. */
@Injectable()
export class SourcingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
  ) {}

  async post(caller: Caller, slug: string, dto: Required<SourcingInput>): Promise<SourcingRequest> {
    if (caller.role !== 'buyer') throw forbidden('Only registered buyers can post sourcing requests');
    const event = await this.events.findEntity(slug);
    const row = await this.db
      .getRepository(SourcingRequestEntity)
      .save({ ...dto, eventId: event.id, buyerId: caller.sub });
    return (await this.show([row]))[0];
  }

  /**
   * Buyers see their own requests; exhibitors see open requests in their category (what they could supply);
   * organisers see all.
   */
  async list(
    caller: Caller,
    slug: string,
    opts: { mine?: boolean; status?: 'open' | 'closed' },
  ): Promise<SourcingRequest[]> {
    const event = await this.events.findEntity(slug);
    const qb = this.db
      .getRepository(SourcingRequestEntity)
      .createQueryBuilder('s')
      .where('s.event_id = :e', { e: event.id });
    if (caller.role === 'buyer' || opts.mine) qb.andWhere('s.buyer_id = :u', { u: caller.sub });
    else if (caller.exhibitorId) {
      const exhibitor = await this.db
        .getRepository(ExhibitorEntity)
        .findOneByOrFail({ id: caller.exhibitorId });
      qb.andWhere('s.category = :c', { c: exhibitor.category }).andWhere("s.status = 'open'");
    } else if (caller.role !== 'organiser')
      throw forbidden('Sourcing requests are for buyers, exhibitors and organisers');
    if (opts.status) qb.andWhere('s.status = :st', { st: opts.status });
    const rows = await qb.orderBy('s.created_at', 'DESC').take(200).getMany();
    return this.show(rows);
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
      if (req.status !== 'open') throw new MatchingException('closed', 'This sourcing request is closed');
      if (dto.productIds.length) {
        const booth = await m.findOneBy(BoothEntity, { exhibitorId });
        const owned = booth
          ? await m.countBy(ProductEntity, { id: In(dto.productIds), boothId: booth.id })
          : 0;
        if (owned !== new Set(dto.productIds).size) {
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
      );
      return req;
    });
    return (await this.show([request]))[0];
  }

  async close(caller: Caller, id: string): Promise<SourcingRequest> {
    const repo = this.db.getRepository(SourcingRequestEntity);
    const req = await repo.findOneBy({ id });
    if (!req || (req.buyerId !== caller.sub && caller.role !== 'organiser'))
      throw notFound('Sourcing request');
    await repo.update({ id }, { status: 'closed' });
    return (await this.show([{ ...req, status: 'closed' }]))[0];
  }

  async shortlist(userId: string): Promise<ShortlistItem[]> {
    const rows = await this.db
      .getRepository(ShortlistEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.product', 'p')
      .innerJoinAndSelect('p.booth', 'b')
      .where('s.user_id = :u', { u: userId })
      .orderBy('s.added_at', 'DESC')
      .getMany();
    return rows.map((s) => ({
      productId: s.productId,
      boothId: s.product.boothId,
      exhibitorId: s.product.booth.exhibitorId,
      addedAt: s.addedAt.toISOString(),
    }));
  }

  async addToShortlist(userId: string, productId: string): Promise<ShortlistItem[]> {
    if (!(await this.db.getRepository(ProductEntity).existsBy({ id: productId }))) throw notFound('Product');
    await this.db.getRepository(ShortlistEntity).upsert({ userId, productId }, ['userId', 'productId']);
    return this.shortlist(userId);
  }

  async removeFromShortlist(userId: string, productId: string): Promise<ShortlistItem[]> {
    await this.db.getRepository(ShortlistEntity).delete({ userId, productId });
    return this.shortlist(userId);
  }

  private async show(rows: SourcingRequestEntity[]): Promise<SourcingRequest[]> {
    if (rows.length === 0) return [];
    const responses = await this.db.getRepository(SourcingResponseEntity).find({
      where: { requestId: In(rows.map((r) => r.id)) },
      order: { createdAt: 'ASC' },
    });
    const [buyers, exhibitors] = await Promise.all([
      loadParties(
        this.db.manager,
        rows.map((r) => r.buyerId),
      ),
      loadExhibitors(
        this.db.manager,
        responses.map((r) => r.exhibitorId),
      ),
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
        .filter((x) => x.requestId === r.id)
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
