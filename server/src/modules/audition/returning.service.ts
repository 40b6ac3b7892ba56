import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  ApplicationProduct,
  ReturningApplication,
  ReturningCandidate,
  ReturningFrom,
  ReuseApplication,
} from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { conflict } from '../../common/common.exception';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { BoothProductsService } from '../catalogue/booth-products.service';
import { EventsService } from '../events/events.service';
import { ExhibitorException } from '../exhibitors/exhibitors.exception';
import { ExhibitorsService, toExhibitorDto } from '../exhibitors/exhibitors.service';
import { MembershipService } from '../memberships';
import { ApplicationProductEntity } from './application-product.entity';
import { AuditionException } from './audition.exception';
import { AuditionReadModel } from './read-models/audition.read-model';
import { ReturningApplicationEntity } from './returning-application.entity';

/**
 * Returning pesantren (docs/decisions/0028-audition-stages.md): an exhibitor of an earlier fair applies to a
 * new one with its profile and products copied; the products wait with the application, flagged for the
 * organisers to audit again, and move onto the booth when it is approved.
 */
@Injectable()
export class ReturningService {
  constructor(
    @InjectRepository(ApplicationProductEntity)
    private readonly products: Repository<ApplicationProductEntity>,
    private readonly read: AuditionReadModel,
    private readonly exhibitors: ExhibitorsService,
    private readonly events: EventsService,
    private readonly memberships: MembershipService,
    private readonly boothProducts: BoothProductsService,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * A new application in `dto.event` from the caller's exhibitor `dto.fromExhibitorId` (they own it or are
   * its staff). The caller owns the new one and is its staff in the new fair from now on.
   */
  async reuse(caller: Caller, dto: ReuseApplication): Promise<ReturningApplication> {
    const event = await this.events.findEntity(dto.event);
    const from = await this.exhibitors.find(dto.fromExhibitorId);
    if (!from || !(await this.isTeam(caller.sub, from))) {
      // The same answer whether the exhibitor exists or not: nobody learns another pesantren's ids.
      throw new AuditionException('not_your_exhibitor', 'You are not on the team of that exhibitor');
    }
    if (from.eventId === event.id) {
      throw new AuditionException('same_fair', 'The profile already belongs to this fair');
    }
    if ((await this.memberships.rightsIn(caller.sub, event.id)).exhibitorId) {
      throw new ExhibitorException('already_exhibitor', 'This account already belongs to an exhibitor here');
    }
    if ((await this.exhibitors.namesTaken(event.id, [from.name])).size) {
      throw conflict(`An exhibitor named ${from.name} already takes part in this fair`);
    }
    const copied = await this.read.sourceProducts(from.id);
    return this.uow.run(async (tx) => {
      const e = await this.exhibitors.create(
        {
          eventId: event.id,
          ownerUserId: caller.sub,
          name: from.name,
          region: from.region,
          contactName: from.contactName,
          whatsappNumber: from.whatsappNumber,
          category: from.category,
          descriptionId: from.descriptionId,
          descriptionEn: from.descriptionEn,
          colour: from.colour,
          theme: from.theme,
          logoKey: from.logoKey,
          status: 'applied',
        },
        tx,
      );
      await tx.manager.insert(ReturningApplicationEntity, {
        exhibitorId: e.id,
        fromExhibitorId: from.id,
        fromEventId: from.eventId,
      });
      if (copied.length) {
        await tx.manager.insert(
          ApplicationProductEntity,
          copied.map((p, i) => ({
            exhibitorId: e.id,
            sourceProductId: p.id,
            product: p.product,
            imageKey: p.imageKey,
            change: p.change,
            needsReview: true,
            sortOrder: i,
          })),
        );
      }
      await this.memberships.grant(
        { userId: caller.sub, eventId: event.id, role: 'exhibitor', exhibitorId: e.id },
        tx,
      );
      const after = toExhibitorDto(e, null);
      await this.audit.record(
        caller,
        {
          action: 'exhibitor.reuse',
          entityType: 'exhibitor',
          entityId: e.id,
          eventId: event.id,
          before: { fromExhibitorId: from.id, fromEventId: from.eventId },
          after: { ...after, products: copied.length },
        },
        tx.manager,
      );
      return { ...after, returningFrom: from.id, products: copied.length };
    });
  }

  /**
   * What the caller may apply again with in the fair they are looking at: their exhibitors of other fairs,
   * each with its profile and products marked against that fair.
   */
  async candidates(caller: Caller): Promise<ReturningCandidate[]> {
    const rows = await this.read.teamExhibitorsElsewhere(caller.sub, caller.eventId!);
    return Promise.all(
      rows.map(async (r) => ({
        exhibitorId: r.id,
        event: { slug: r.slug, name: { id: r.name_id, en: r.name_en } },
        name: r.name,
        region: r.region,
        category: r.category,
        description: { id: r.description_id, en: r.description_en },
        products: (await this.read.sourceProducts(r.id)).map((p) => ({
          id: p.id,
          name: p.product.name,
          priceRupiah: p.product.priceRupiah,
          unit: p.product.unit,
          change: p.change,
        })),
      })),
    );
  }

  /** The products the caller's own application in this fair brought (none for a fresh one). */
  mine(caller: Caller): Promise<ApplicationProduct[]> {
    return caller.exhibitorId ? this.productsOf(caller.exhibitorId) : Promise.resolve([]);
  }

  /** Where each returning application among these comes from (fresh ones are absent). */
  summaries(exhibitorIds: string[]): Promise<Map<string, ReturningFrom>> {
    return this.read.returning(exhibitorIds);
  }

  /** The products a returning application brings, in their order. */
  async productsOf(exhibitorId: string): Promise<ApplicationProduct[]> {
    const rows = await this.products.find({ where: { exhibitorId }, order: { sortOrder: 'ASC' } });
    return rows.map((r) => ({
      id: r.id,
      sourceProductId: r.sourceProductId,
      category: r.product.category,
      name: r.product.name,
      priceRupiah: r.product.priceRupiah,
      unit: r.product.unit,
      change: r.change,
      needsReview: r.needsReview,
    }));
  }

  /**
   * Puts the application's waiting products on its new booth, in the approval's transaction (they are
   * audited now), photos included.
   */
  async carryOver(exhibitorId: string, boothId: string, tx: Tx): Promise<void> {
    const rows = await tx.manager.find(ApplicationProductEntity, {
      where: { exhibitorId, needsReview: true },
      order: { sortOrder: 'ASC' },
    });
    if (!rows.length) return;
    const ids = await this.boothProducts.add(
      boothId,
      rows.map((r) => r.product),
      tx,
    );
    for (const [i, id] of ids.entries()) {
      const key = rows[i].imageKey;
      if (key) await this.boothProducts.swapPhoto(id, key, tx);
    }
    await tx.manager.update(ApplicationProductEntity, { exhibitorId }, { needsReview: false });
  }

  /** Whether the person owns the exhibitor or is its staff. */
  private async isTeam(userId: string, e: { id: string; ownerUserId: string | null }): Promise<boolean> {
    if (e.ownerUserId === userId) return true;
    const mine = await this.memberships.of(userId);
    return mine.some((m) => m.role === 'exhibitor' && m.exhibitorId === e.id);
  }
}
