import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import type { Tx } from '../../domain';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** The fair the action belongs to; by default the one the actor acts in (`@InEvent` routes). */
  eventId?: string | null;
}

/** An audited action as the person who did it sees it in their data export. */
export interface AuditedAction {
  action: string;
  entityType: string;
  entityId: string | null;
  at: Date;
}

/**
 * One audit trail for organiser and money-related actions. Written in the caller's transaction when given
 * (a `Tx` or, for callers not yet on the unit of work, its `EntityManager`), so the record commits or rolls
 * back with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>) {}

  async record(actor: Caller | null, entry: AuditEntry, within?: Tx | EntityManager): Promise<void> {
    await this.manager(within).insert(AuditLogEntity, {
      actorId: actor?.sub ?? null,
      actorName: actor?.name ?? null,
      // A route scoped to a fair (`@InEvent`) acts in it; a platform action names none.
      eventId: entry.eventId ?? actor?.eventId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: (entry.before ?? null) as object | null,
      after: (entry.after ?? null) as object | null,
    });
  }

  /** What this person did, oldest first. */
  async actionsBy(actorId: string): Promise<AuditedAction[]> {
    const rows = await this.log.find({ where: { actorId }, order: { createdAt: 'ASC' } });
    return rows.map((a) => ({
      action: a.action,
      entityType: a.entityType,
      entityId: a.entityId,
      at: a.createdAt,
    }));
  }

  /** An erased account's entries keep the action but no longer name the person. */
  async forgetActorName(actorId: string, within?: Tx | EntityManager): Promise<void> {
    await this.manager(within).update(AuditLogEntity, { actorId }, { actorName: null });
  }

  private manager(within: Tx | EntityManager | undefined): EntityManager {
    if (!within) return this.log.manager;
    return within instanceof EntityManager ? within : within.manager;
  }
}
