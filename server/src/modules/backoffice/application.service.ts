import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BackofficeMe } from '@pameran/contracts';
import { ApplicationUpdate as ApplicationUpdateSchema } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Caller } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import { BackofficeException } from './backoffice.exception';
import { notFound } from '../../common/common.exception';

type Update = z.output<typeof ApplicationUpdateSchema>;

interface MeRow {
  id: string;
  name: string;
  region: string;
  category: ExhibitorEntity['category'];
  contact_name: string;
  whatsapp_number: string;
  description_id: string;
  description_en: string;
  status: ExhibitorEntity['status'];
  status_reason: string | null;
  owner_user_id: string | null;
  booth_id: string | null;
}

/** The caller's own exhibitor, and correcting a rejected (or still pending) application. */
@Injectable()
export class ApplicationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async me(caller: Caller): Promise<BackofficeMe> {
    const [r] = await this.db.query<MeRow[]>(
      `SELECT e.id, e.name, e.region, e.category, e.contact_name, e.whatsapp_number, e.description_id,
              e.description_en, e.status, e.status_reason, e.owner_user_id, b.id AS booth_id
       FROM app_user u JOIN exhibitor e ON e.id = u.exhibitor_id LEFT JOIN booth b ON b.exhibitor_id = e.id
       WHERE u.id = $1`,
      [caller.sub],
    );
    if (!r) throw notFound('Your exhibitor application');
    return {
      exhibitorId: r.id,
      name: r.name,
      region: r.region,
      category: r.category,
      contactName: r.contact_name,
      whatsappNumber: r.whatsapp_number,
      description: { id: r.description_id, en: r.description_en },
      status: r.status,
      statusReason: r.status_reason,
      boothId: r.booth_id,
      role: r.owner_user_id === caller.sub ? 'owner' : 'staff',
    };
  }

  /**
   * The owner corrects the application. A rejected one goes back to `applied` for the organisers to
   * decide again; an approved one is edited in the booth editor instead.
   */
  async resubmit(caller: Caller, dto: Update): Promise<BackofficeMe> {
    await this.db.transaction(async (m) => {
      const e = await m
        .createQueryBuilder(ExhibitorEntity, 'e')
        .setLock('pessimistic_write')
        .where('e.owner_user_id = :user', { user: caller.sub })
        .getOne();
      if (!e) throw notFound('Your exhibitor application');
      if (e.status === 'approved') {
        throw new BackofficeException(
          'already_approved',
          'This application is approved; change the booth in the booth editor',
        );
      }
      const patch = {
        name: dto.name,
        region: dto.region,
        contactName: dto.contactName,
        whatsappNumber: dto.whatsappNumber,
        category: dto.category,
        descriptionId: dto.description.id,
        descriptionEn: dto.description.en,
        status: 'applied' as const,
        statusReason: null,
      };
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
    return this.me(caller);
  }
}
