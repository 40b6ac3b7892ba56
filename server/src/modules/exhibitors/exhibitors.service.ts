import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CATEGORY_COLOURS,
  type ApplicationUpdate,
  type BoothProfileUpdate,
  type Category,
  type Exhibitor,
  type ExhibitorAdminQuery,
  type ExhibitorStatus,
  type List,
} from '@pameran/contracts';
import type { z } from 'zod';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { page } from '../../common/pagination';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { ExhibitorEntity } from './exhibitor.entity';
import { ExhibitorBoothsReadModel } from './read-models/exhibitor-booths.read-model';
import { ExhibitorException } from './exhibitors.exception';
import { notFound } from '../../common/common.exception';

type Update = z.output<typeof ApplicationUpdate>;

/** The exhibitor's columns an application (or its correction) sets. */
export function applicationColumns(dto: Update) {
  return {
    name: dto.name,
    region: dto.region,
    contactName: dto.contactName,
    whatsappNumber: dto.whatsappNumber,
    category: dto.category,
    descriptionId: dto.description.id,
    descriptionEn: dto.description.en,
  };
}

/** A new exhibitor: an application (by its owner) or a pesantren the organisers import already approved. */
export interface NewExhibitor {
  eventId: string;
  ownerUserId: string | null;
  name: string;
  region: string;
  contactName: string;
  whatsappNumber: string;
  category: Category;
  descriptionId: string;
  descriptionEn: string;
  status: Extract<ExhibitorStatus, 'applied' | 'approved'>;
  /** A returning pesantren keeps its look (otherwise the category's colour, the classic theme, no logo). */
  colour?: string;
  theme?: string;
  logoKey?: string | null;
}

/** Work done in a decision's transaction, with the application locked (e.g. the audition's stage record). */
export type DecisionStep = (exhibitor: ExhibitorEntity, tx: Tx) => Promise<void>;

/** Places the approved exhibitor's booth in the approval's transaction (the booths module does this). */
export type PlaceBooth = (exhibitor: ExhibitorEntity, tx: Tx) => Promise<{ id: string }>;

export function toExhibitorDto(e: ExhibitorEntity, boothId: string | null): Exhibitor {
  return {
    id: e.id,
    eventId: e.eventId,
    name: e.name,
    region: e.region,
    contactName: e.contactName,
    whatsappNumber: e.whatsappNumber,
    category: e.category,
    description: { id: e.descriptionId, en: e.descriptionEn },
    status: e.status,
    statusReason: e.statusReason,
    boothId,
    createdAt: e.createdAt.toISOString(),
  };
}

/**
 * The pesantren taking part: applications, the audition's decisions (approve, which places a booth, or
 * reject with a reason), and the profile the booth shows.
 */
@Injectable()
export class ExhibitorsService {
  constructor(
    @InjectRepository(ExhibitorEntity) private readonly exhibitors: Repository<ExhibitorEntity>,
    private readonly withBooths: ExhibitorBoothsReadModel,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  async get(id: string): Promise<Exhibitor> {
    const e = await this.exhibitors.findOne({ where: { id } });
    if (!e) throw notFound('Exhibitor');
    return toExhibitorDto(e, await this.withBooths.boothOf(id));
  }

  /** The record itself, for modules that show or check it (the back office's booth editor and staff). */
  find(id: string): Promise<ExhibitorEntity | null> {
    return this.exhibitors.findOne({ where: { id } });
  }

  async list(query: ExhibitorAdminQuery): Promise<List<Exhibitor>> {
    const { rows, total, offset } = await this.withBooths.list(query);
    return page(
      rows.map((r) => toExhibitorDto(r.exhibitor, r.boothId)),
      total,
      offset,
    );
  }

  /** Lower-cased names among `names` that the event already has. */
  async namesTaken(eventId: string, names: string[]): Promise<Set<string>> {
    const taken = await this.exhibitors.query<{ name: string }[]>(
      'SELECT lower(name) AS name FROM exhibitor WHERE event_id = $1 AND lower(name) = ANY($2)',
      [eventId, names.map((n) => n.toLowerCase())],
    );
    return new Set(taken.map((t) => t.name));
  }

  /** Creates the exhibitor in the caller's unit (its colour is its category's). */
  create(x: NewExhibitor, tx: Tx): Promise<ExhibitorEntity> {
    const m = tx.manager;
    return m.save(m.create(ExhibitorEntity, { colour: CATEGORY_COLOURS[x.category], ...x }));
  }

  /** Approve and place the booth (through `place`) in one transaction; the audit entry is part of it. */
  approve(actor: Caller, id: string, place: PlaceBooth): Promise<Exhibitor> {
    return this.uow.run(async (tx) => {
      const e = await this.lockForDecision(tx, id);
      const before = toExhibitorDto(e, null);
      const booth = await place(e, tx);
      await tx.manager.update(ExhibitorEntity, { id }, { status: 'approved', statusReason: null });
      const after = toExhibitorDto({ ...e, status: 'approved', statusReason: null }, booth.id);
      await this.audit.record(
        actor,
        {
          action: 'exhibitor.approve',
          eventId: e.eventId,
          entityType: 'exhibitor',
          entityId: id,
          before,
          after,
        },
        tx.manager,
      );
      return after;
    });
  }

  reject(actor: Caller, id: string, reason: string, step?: DecisionStep): Promise<Exhibitor> {
    return this.uow.run(async (tx) => {
      const e = await this.lockForDecision(tx, id);
      await step?.(e, tx);
      await tx.manager.update(ExhibitorEntity, { id }, { status: 'rejected', statusReason: reason });
      const after = toExhibitorDto({ ...e, status: 'rejected', statusReason: reason }, null);
      await this.audit.record(
        actor,
        {
          action: 'exhibitor.reject',
          eventId: e.eventId,
          entityType: 'exhibitor',
          entityId: id,
          before: toExhibitorDto(e, null),
          after,
        },
        tx.manager,
      );
      return after;
    });
  }

  /** Runs `step` on an undecided application, locked as for a decision (a stage passed on the way). */
  underDecision(id: string, step: DecisionStep): Promise<Exhibitor> {
    return this.uow.run(async (tx) => {
      const e = await this.lockForDecision(tx, id);
      await step(e, tx);
      return toExhibitorDto(e, null);
    });
  }

  /**
   * The owner corrects their exhibitor's application (staff may not: 404 as for no application). A rejected
   * one goes back to `applied` for the organisers to decide again; an approved one is edited in the booth
   * editor instead.
   */
  async resubmit(caller: Caller, exhibitorId: string, dto: Update): Promise<void> {
    await this.uow.run(async ({ manager: m }) => {
      const e = await m.findOne(ExhibitorEntity, {
        where: { id: exhibitorId, ownerUserId: caller.sub },
        lock: { mode: 'pessimistic_write' },
      });
      if (!e) throw notFound('Your exhibitor application');
      if (e.status === 'approved') {
        throw new ExhibitorException(
          'already_approved',
          'This application is approved; change the booth in the booth editor',
        );
      }
      const patch = { ...applicationColumns(dto), status: 'applied' as const, statusReason: null };
      await m.update(ExhibitorEntity, { id: e.id }, patch);
      await this.audit.record(
        caller,
        {
          action: 'exhibitor.resubmit',
          entityType: 'exhibitor',
          entityId: e.id,
          before: { status: e.status, statusReason: e.statusReason },
          after: { status: 'applied' },
        },
        m,
      );
    });
  }

  /** What the booth editor changes: description, contact, colours, theme and staffed hours. */
  async updateProfile(id: string, dto: BoothProfileUpdate): Promise<void> {
    const patch: Partial<ExhibitorEntity> = {};
    if (dto.description) {
      patch.descriptionId = dto.description.id;
      patch.descriptionEn = dto.description.en;
    }
    if (dto.contactName !== undefined) patch.contactName = dto.contactName;
    if (dto.whatsappNumber !== undefined) patch.whatsappNumber = dto.whatsappNumber;
    if (dto.colour !== undefined) patch.colour = dto.colour;
    if (dto.theme !== undefined) patch.theme = dto.theme;
    if (dto.staffHours !== undefined) patch.staffHours = dto.staffHours;
    if (Object.keys(patch).length) await this.exhibitors.update({ id }, patch);
  }

  /** Points the exhibitor at another logo (or none) in the caller's unit; returns the key it replaced. */
  async swapLogo(id: string, key: string | null, tx: Tx): Promise<string | null> {
    const m = tx.manager;
    const e = await m.findOne(ExhibitorEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) throw notFound('Exhibitor');
    await m.update(ExhibitorEntity, { id }, { logoKey: key });
    return e.logoKey;
  }

  /** How many exhibitors show this logo (uploads are content-addressed, so identical logos share a key). */
  logoUses(key: string): Promise<number> {
    return this.exhibitors.count({ where: { logoKey: key } });
  }

  private async lockForDecision(tx: Tx, id: string): Promise<ExhibitorEntity> {
    const e = await tx.manager.findOne(ExhibitorEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!e) throw notFound('Exhibitor');
    if (e.status !== 'applied') {
      throw new ExhibitorException('already_decided', `This application is already ${e.status}`);
    }
    return e;
  }
}
