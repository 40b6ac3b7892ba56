import { Injectable } from '@nestjs/common';
import type {
  BuyerCard,
  BuyerDirectoryFilter,
  BuyerDirectoryPage,
  CreateBuyerMeetingRequest,
  MeetingRequest,
} from '@pameran/contracts';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { forbidden, invalid, notFound } from '../../common/common.exception';
import { UnitOfWork } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { DirectoryException } from './directory.exception';
import { MatchingCalendar, type MatchingCalendarView } from './matching-calendar.service';
import { MeetingRequestsService } from './meeting-requests.service';
import { BuyerDirectory } from './read-models/buyer-directory.read-model';
import { MatchingPeople } from './read-models/matching-people.read-model';
import { RequestDrafts } from './request-drafts';
import type { GridSlot } from './slots';
import { inWorkingHours } from './slots';

type Create = Required<CreateBuyerMeetingRequest>;

/**
 * The buyer directory and the requests exhibitors' staff send from it. Only staff of an approved exhibitor
 * (and organisers, to look) see it; a buyer who is not listed is a plain 404, so ids cannot be probed.
 */
@Injectable()
export class BuyerRequestsService {
  constructor(
    private readonly directory: BuyerDirectory,
    private readonly people: MatchingPeople,
    private readonly calendar: MatchingCalendar,
    private readonly drafts: RequestDrafts,
    private readonly requests: MeetingRequestsService,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
  ) {}

  async list(caller: Caller, q: BuyerDirectoryFilter): Promise<BuyerDirectoryPage> {
    await this.mayBrowse(caller);
    return this.directory.page(q);
  }

  async get(caller: Caller, userId: string): Promise<BuyerCard> {
    await this.mayBrowse(caller);
    const card = await this.directory.card(userId);
    if (!card) throw notFound('Buyer');
    return card;
  }

  /**
   * An exhibitor's staff member asks a listed buyer for a meeting, under the rules buyers' requests follow
   * (one open request per pair, preferred slots of the grid, the buyer's working hours) and a daily limit
   * per sender (the event's meetings-per-day limit), counted under a lock so concurrent sends cannot pass it.
   */
  async create(caller: Caller, buyerId: string, dto: Create): Promise<MeetingRequest> {
    const exhibitor = await this.approvedExhibitor(caller);
    if (!exhibitor) throw forbidden('Only staff of an approved exhibitor can ask buyers for meetings');
    const saved = await this.uow.run(async (tx) => {
      const m = tx.manager;
      if (!(await this.directory.card(buyerId, m))) throw notFound('Buyer');
      const view = await this.calendar.view(exhibitor.eventId, m);
      await this.withinDailyLimit(m, caller.sub, view);
      await this.drafts.checkProducts(m, exhibitor.id, dto.productIds);
      const preferred = this.drafts.preferred(view, dto.preferredSlots);
      await this.inBuyersHours(m, buyerId, view, preferred);
      const row = await this.drafts.open(
        m,
        view,
        {
          exhibitorId: exhibitor.id,
          requesterId: buyerId,
          askedBy: 'exhibitor',
          senderId: caller.sub,
          invitedIds: [],
          message: dto.message,
          productIds: dto.productIds,
          mode: dto.mode,
        },
        preferred,
        'This buyer already has an open request with your company',
      );
      const [name] = (await this.people.exhibitors([exhibitor.id], m)).values();
      const told = { buyer: name.name };
      await this.notifications.notify(tx, [buyerId], 'request_new', told, '/meetings', exhibitor.eventId);
      return row;
    });
    return this.requests.show(saved, caller.sub);
  }

  private async mayBrowse(caller: Caller): Promise<void> {
    if (caller.role === 'organiser') return;
    if (!(await this.approvedExhibitor(caller)))
      throw forbidden('Only staff of an approved exhibitor can browse the buyer directory');
  }

  private async approvedExhibitor(caller: Caller) {
    if (!caller.exhibitorId) return null;
    const exhibitor = await this.people.exhibitor(caller.exhibitorId);
    return exhibitor?.approved ? exhibitor : null;
  }

  /** 429 once the sender has sent the day's limit (the event's calendar day). */
  private async withinDailyLimit(
    m: EntityManager,
    senderId: string,
    view: MatchingCalendarView,
  ): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`buyer-requests:${senderId}`]);
    const [{ sent }]: { sent: number }[] = await m.query(
      `SELECT count(*)::int AS sent FROM meeting_request
        WHERE sender_id = $1 AND created_at >= (date_trunc('day', now() AT TIME ZONE $2) AT TIME ZONE $2)`,
      [senderId, view.timeZone],
    );
    if (sent >= view.settings.dailyLimit)
      throw new DirectoryException(
        'daily_limit',
        `You can send ${view.settings.dailyLimit} meeting requests a day; try again tomorrow`,
      );
  }

  /** The preferred slots must fall in the buyer's working hours, when the buyer set them. */
  private async inBuyersHours(
    m: EntityManager,
    buyerId: string,
    view: MatchingCalendarView,
    preferred: GridSlot[],
  ): Promise<void> {
    const buyer = await this.people.account(buyerId, m);
    const hours = buyer?.workingHours;
    if (!hours) return;
    const index = preferred.findIndex((s) => !inWorkingHours(s, hours, buyer.timeZone ?? view.timeZone));
    if (index >= 0) throw invalid(`preferredSlots.${index}.start`, 'outside the buyer’s working hours');
  }
}
