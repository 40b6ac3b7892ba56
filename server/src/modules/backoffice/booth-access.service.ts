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
 * Who may do what with a booth. The route is scoped to the booth's fair (`@ForBooth`/`@ForProduct` carry
 * `@InEvent`), so the caller arrives as they are in that fair: its organiser, staff of one of its
 * exhibitors, or neither (their memberships, read per request; docs/decisions/0025-many-fairs.md). Staff of
 * an exhibitor in another fair, or an organiser of another fair, are neither here.
 */
@Injectable()
export class BoothAccessService {
  constructor(private readonly rows: BoothAccessReadModel) {}

  async forBooth(caller: Caller, boothId: string, need: Need): Promise<BoothAccess> {
    return this.check(caller, await this.rows.byBooth(boothId), need, 'Booth');
  }

  async forProduct(caller: Caller, productId: string, need: Need): Promise<BoothAccess> {
    return this.check(caller, await this.rows.byProduct(productId), need, 'Product');
  }

  private check(caller: Caller, row: AccessRow | undefined, need: Need, what: string): BoothAccess {
    if (!row) throw notFound(what);
    const role = roleOf(row, caller);
    if (!role) throw forbidden('This booth belongs to another exhibitor');
    if (need === 'edit' && role === 'staff') throw forbidden("Only the booth's owner can change it");
    return { boothId: row.booth_id, exhibitorId: row.exhibitor_id, eventId: row.event_id, role };
  }
}

function roleOf(row: AccessRow, caller: Caller): MemberRole | null {
  // Rights read in another fair (or none: an unscoped route) say nothing about this booth.
  if (caller.eventId !== row.event_id) return null;
  if (caller.role === 'organiser') return 'organiser';
  if (!caller.exhibitorId || caller.exhibitorId !== row.exhibitor_id) return null;
  return row.owner_user_id === caller.sub ? 'owner' : 'staff';
}
