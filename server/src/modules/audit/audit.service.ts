import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** One audit trail for organiser and money-related actions; written in the caller's transaction when given. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    actor: Caller | null,
    entry: AuditEntry,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.insert(AuditLogEntity, {
      actorId: actor?.sub ?? null,
      actorName: actor?.name ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: (entry.before ?? null) as object | null,
      after: (entry.after ?? null) as object | null,
    });
  }
}
