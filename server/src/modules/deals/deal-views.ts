import { Injectable } from '@nestjs/common';
import type { Deal } from '@pameran/contracts';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import type { DealEntity } from './deal.entity';

/** Deals as the API shows them, with the parties' names (one lookup per page, not per deal). */
@Injectable()
export class DealViews {
  constructor(private readonly people: MatchingPeople) {}

  async show(rows: DealEntity[]): Promise<Deal[]> {
    const [buyers, exhibitors] = await Promise.all([
      this.people.parties(rows.map((r) => r.buyerId)),
      this.people.exhibitors(rows.map((r) => r.exhibitorId)),
    ]);
    return rows.map((d) => ({
      id: d.id,
      exhibitor: exhibitors.get(d.exhibitorId)!,
      buyer: buyers.get(d.buyerId)!,
      meetingId: d.meetingId,
      items: d.items,
      value: d.value,
      status: d.status,
      note: d.note,
      recordedBy: d.recordedBy,
      confirmedAt: d.confirmedAt?.toISOString() ?? null,
      verification: d.verification,
      verifiedAt: d.verifiedAt?.toISOString() ?? null,
      rejectionReason: d.rejectionReason,
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
    }));
  }
}

/** What the audit log keeps of a deal before and after a change. */
export const dealSnapshot = (d: DealEntity) => ({
  value: d.value,
  status: d.status,
  items: d.items,
  note: d.note,
  confirmed: !!d.confirmedAt,
  verification: d.verification,
  rejectionReason: d.rejectionReason,
});
