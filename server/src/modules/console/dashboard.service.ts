import { Injectable } from '@nestjs/common';
import {
  EXHIBITOR_STATUSES,
  MEETING_STATUSES,
  type BoothRanking,
  type BoothRankingQuery,
  type Dashboard,
  type DashboardSeries,
  type RankedBooth,
  type SeriesQuery,
} from '@pameran/contracts';
import { EventsService } from '../events/events.service';
import { PresenceService } from '../presence/presence.service';
import { OnlineCounter } from './online-counter';
import { DashboardReadModel } from './read-models/dashboard.read-model';

const TOP_BOOTHS = 10;

/**
 * The live figures of one event, read from Postgres (durable facts) and presence (who is here now). The
 * console asks by the event's slug; the push (`DashboardLive`) already knows the event's id.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly events: EventsService,
    private readonly figures: DashboardReadModel,
    private readonly presence: PresenceService,
    private readonly online: OnlineCounter,
  ) {}

  async dashboard(slug: string): Promise<Dashboard> {
    return this.figuresOf((await this.events.findEntity(slug)).id);
  }

  /** The same figures the `dashboard` socket event pushes. */
  async figuresOf(eventId: string): Promise<Dashboard> {
    const [visits, chat, meetings, exhibitors, booths, deals, claims, top, occupancy, online] =
      await Promise.all([
        this.figures.visitFigures(eventId),
        this.figures.chatFigures(eventId),
        this.figures.meetingCounts(eventId, MEETING_STATUSES),
        this.figures.exhibitorCounts(eventId, EXHIBITOR_STATUSES),
        this.figures.boothCount(eventId),
        this.figures.dealTotals(eventId),
        this.figures.claimedAndVerified(eventId),
        this.figures.boothRanking(eventId, { limit: TOP_BOOTHS }),
        this.presence.counts(eventId),
        this.online.total(eventId),
      ]);
    return {
      eventId,
      at: new Date().toISOString(),
      online,
      inBooths: Object.values(occupancy).reduce((s, c) => s + c, 0),
      occupancy,
      ...visits,
      chat,
      meetings,
      deals: {
        total: deals.total,
        count: deals.deals,
        byCategory: deals.byCategory,
        byRegion: deals.byRegion,
        claimed: claims.claimed,
        awaiting: claims.awaiting,
      },
      exhibitors,
      booths,
      topBooths: withLive(top, occupancy),
    };
  }

  /** Every booth with its figures (heat map and ranked list). */
  async ranking(slug: string, query: BoothRankingQuery): Promise<BoothRanking> {
    const eventId = (await this.events.findEntity(slug)).id;
    const occupancy = await this.presence.counts(eventId);
    if (query.sort === 'liveVisitors') {
      const all = withLive(await this.figures.boothRanking(eventId, { category: query.category }), occupancy);
      return { items: all.sort((a, b) => b.liveVisitors - a.liveVisitors || b.visits - a.visits) };
    }
    const ranked = await this.figures.boothRanking(eventId, { sort: query.sort, category: query.category });
    return { items: withLive(ranked, occupancy) };
  }

  /** Not part of the 2-second push: the console refreshes its charts at most every 15 s. */
  async series(slug: string, query: SeriesQuery): Promise<DashboardSeries> {
    const event = await this.events.findEntity(slug);
    const points = await this.figures.series(event.id, { ...query, timeZone: event.timeZone });
    return { bucket: query.bucket, ...points };
  }
}

function withLive(booths: RankedBooth[], occupancy: Record<string, number>): RankedBooth[] {
  return booths.map((b) => ({ ...b, liveVisitors: occupancy[b.boothId] ?? 0 }));
}
