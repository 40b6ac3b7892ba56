import { Injectable } from '@nestjs/common';
import type { Slot } from '@pameran/contracts';
import { EntityManager, In } from 'typeorm';
import { CommonException, invalid } from '../../common/common.exception';
import { MatchingCalendar, type MatchingCalendarView } from './matching-calendar.service';
import { MeetingRequestEntity } from './matching.entities';
import { ExhibitorProducts } from './read-models/exhibitor-products.read-model';
import { SlotRules } from './slot-rules';
import type { GridSlot } from './slots';

/** What a new request says, whichever side asks. */
export type RequestDraft = Pick<
  MeetingRequestEntity,
  'exhibitorId' | 'requesterId' | 'askedBy' | 'senderId' | 'invitedIds' | 'message' | 'productIds' | 'mode'
>;

/**
 * The rules every new meeting request follows, whether a buyer asks an exhibitor or an exhibitor's staff
 * ask a buyer: products of that exhibitor, preferred slots of the grid, one open request per buyer and
 * exhibitor, an expiry planned on the timed mechanism.
 */
@Injectable()
export class RequestDrafts {
  constructor(
    private readonly calendar: MatchingCalendar,
    private readonly rules: SlotRules,
    private readonly products: ExhibitorProducts,
  ) {}

  /** The grid slots the asker prefers, or a 422 naming the first that is not one. */
  preferred(view: MatchingCalendarView, slots: Slot[]): GridSlot[] {
    return slots.map((s, i) => this.rules.slot(view, s.start, `preferredSlots.${i}.start`));
  }

  async checkProducts(m: EntityManager, exhibitorId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await this.products.owned(exhibitorId, ids, m);
    const index = ids.findIndex((id) => !found.includes(id));
    if (index >= 0) throw invalid(`productIds.${index}`, 'not a product of this exhibitor');
  }

  /** Store the request (409 when the pair already has an open one) and plan its expiry. */
  async open(
    m: EntityManager,
    view: MatchingCalendarView,
    draft: RequestDraft,
    preferred: GridSlot[],
    conflict: string,
  ): Promise<MeetingRequestEntity> {
    const open = await m.findOneBy(MeetingRequestEntity, {
      requesterId: draft.requesterId,
      exhibitorId: draft.exhibitorId,
      status: In(['pending', 'countered']),
    });
    if (open) throw new CommonException('conflict', conflict);
    const row = await m.save(
      m.create(MeetingRequestEntity, {
        ...draft,
        eventId: view.eventId,
        preferredStarts: preferred.map((s) => new Date(s.start)),
        expiresAt: new Date(this.calendar.now() + view.settings.requestTtlHours * 3_600_000),
      }),
    );
    await this.calendar.planExpiry(m, [row]);
    return row;
  }
}
