import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MatchingCalendar, MatchingCalendarView } from './matching-calendar.service';
import { AvailabilityEntity } from './matching.entities';
import { findSlot, GridSlot, within } from './slots';
import { invalid } from '../../common/common.exception';

/** Which slots a meeting may take: slots of the matching blocks, in the future, inside the exhibitor's availability. */
@Injectable()
export class SlotRules {
  constructor(private readonly calendar: MatchingCalendar) {}

  /** The grid slot a client named by its (shown) start time, or a 422 naming the field. */
  slot(view: MatchingCalendarView, startIso: string, path: string): GridSlot {
    const slot = findSlot(view.grid, this.calendar.stored(startIso));
    if (!slot) throw invalid(path, 'not a slot of the business-matching blocks');
    return slot;
  }

  /** A slot the exhibitor can still take now. */
  async bookable(
    m: EntityManager,
    view: MatchingCalendarView,
    exhibitorId: string,
    startIso: string,
    path: string,
  ): Promise<GridSlot> {
    const slot = this.slot(view, startIso, path);
    if (slot.start <= this.calendar.now()) throw invalid(path, 'that slot has already started');
    const windows = await this.windows(m, exhibitorId);
    if (!within(windows, slot.start, slot.end)) throw invalid(path, 'outside the exhibitor’s availability');
    return slot;
  }

  /** An exhibitor's availability windows (stored timeline); empty = every slot of the blocks. */
  async windows(m: EntityManager, exhibitorId: string): Promise<{ start: number; end: number }[]> {
    const rows = await m.find(AvailabilityEntity, { where: { exhibitorId }, order: { startsAt: 'ASC' } });
    return rows.map((w) => ({ start: w.startsAt.getTime(), end: w.endsAt.getTime() }));
  }
}
