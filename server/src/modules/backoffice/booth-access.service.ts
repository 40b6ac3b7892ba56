import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberRole } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { forbidden, notFound } from '../../common/common.exception';

export interface BoothAccess {
  boothId: string;
  exhibitorId: string;
  eventId: string;
  role: MemberRole;
}

/** Read: the owner, staff and organisers. Edit: the owner and organisers only. */
export type Need = 'read' | 'edit';

interface AccessRow {
  booth_id: string;
  exhibitor_id: string;
  event_id: string;
  owner_user_id: string | null;
  user_exhibitor_id: string | null;
  user_role: string | null;
}

/**
 * Who may do what with a booth, decided from the database on every request (not from token claims, which
 * may be up to 15 minutes old when someone was just added or removed as staff).
 */
@Injectable()
export class BoothAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forBooth(caller: Caller, boothId: string, need: Need): Promise<BoothAccess> {
    return this.check(caller, 'b.id = $1', boothId, need, 'Booth');
  }

  async forProduct(caller: Caller, productId: string, need: Need): Promise<BoothAccess> {
    return this.check(
      caller,
      'b.id = (SELECT booth_id FROM product WHERE id = $1)',
      productId,
      need,
      'Product',
    );
  }

  private async check(caller: Caller, where: string, id: string, need: Need, what: string) {
    const [row] = await this.db.query<AccessRow[]>(
      `SELECT b.id AS booth_id, b.exhibitor_id, b.event_id, e.owner_user_id,
              u.exhibitor_id AS user_exhibitor_id, u.role AS user_role
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id LEFT JOIN app_user u ON u.id = $2
       WHERE ${where}`,
      [id, caller.sub],
    );
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
