import { Injectable } from '@nestjs/common';
import type { MemberRole } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { type AccessRow, BoothAccessReadModel } from './read-models/booth-access.read-model';
import { forbidden, notFound } from '../../common/common.exception';

export interface BoothAccess {
  boothId: string;
  exhibitorId: string;
  eventId: string;
  role: MemberRole;
}

/** Read: the owner, staff and organisers. Edit: the owner and organisers only. */
export type Need = 'read' | 'edit';

/**
 * Who may do what with a booth, decided from the database on every request (not from token claims, which
 * may be up to 15 minutes old when someone was just added or removed as staff).
 */
@Injectable()
export class BoothAccessService {
  constructor(private readonly rows: BoothAccessReadModel) {}

  async forBooth(caller: Caller, boothId: string, need: Need): Promise<BoothAccess> {
    return this.check(caller, await this.rows.byBooth(boothId, caller.sub), need, 'Booth');
  }

  async forProduct(caller: Caller, productId: string, need: Need): Promise<BoothAccess> {
    return this.check(caller, await this.rows.byProduct(productId, caller.sub), need, 'Product');
  }

  private check(caller: Caller, row: AccessRow | undefined, need: Need, what: string): BoothAccess {
    if (!row) throw notFound(what);
    const role = roleOf(row, caller.sub);
    if (!role) throw forbidden('This booth belongs to another exhibitor');
    if (need === 'edit' && role === 'staff') throw forbidden("Only the booth's owner can change it");
    return { boothId: row.booth_id, exhibitorId: row.exhibitor_id, eventId: row.event_id, role };
  }
}

function roleOf(row: AccessRow, userId: string): MemberRole | null {
  if (row.user_role === 'organiser') return 'organiser';
  if (row.user_role !== 'exhibitor') return null;
  if (row.owner_user_id === userId) return 'owner';
  if (row.user_exhibitor_id === row.exhibitor_id) return 'staff';
  return null;
}
