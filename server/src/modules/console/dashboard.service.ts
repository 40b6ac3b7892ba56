import { Injectable } from '@nestjs/common';
import {
  EXHIBITOR_STATUSES,
  MEETING_STATUSES,
  type BoothRankingQuery,
  type Dashboard,
  type DashboardSeries,
  type RankedBooth,
  type SeriesQuery,
} from '@pameran/contracts';
import { PresenceService } from '../presence/presence.service';
import { OnlineCounter } from './online-counter';
import { DashboardReadModel } from './read-models/dashboard.read-model';

const TOP_BOOTHS = 10;

/** The live figures of one event, read from Postgres (durable facts) and presence (who is here now). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly figures: DashboardReadModel,
    private readonly presence: PresenceService,
    private readonly online: OnlineCounter,
  ) {}

  async dashboard(eventId: string): Promise<Dashboard> {
    const [visits, chat, meetings, exhibitors, booths, deals, top, occupancy, online] = await Promise.all([
      this.figures.visitFigures(eventId),
      this.figures.chatFigures(eventId),
      this.figures.meetingCounts(eventId, MEETING_STATUSES),
      this.figures.exhibitorCounts(eventId, EXHIBITOR_STATUSES),
      this.figures.boothCount(eventId),
      this.figures.dealTotals(eventId),
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
      },
      exhibitors,
      booths,
      topBooths: withLive(top, occupancy),
    };
  }

  async ranking(eventId: string, query: BoothRankingQuery): Promise<RankedBooth[]> {
    const occupancy = await this.presence.counts(eventId);
    if (query.sort === 'liveVisitors') {
      const all = withLive(await this.figures.boothRanking(eventId, { category: query.category }), occupancy);
      return all.sort((a, b) => b.liveVisitors - a.liveVisitors || b.visits - a.visits);
    }
    return withLive(
      await this.figures.boothRanking(eventId, { sort: query.sort, category: query.category }),
      occupancy,
    );
  }

  /** Not part of the 2-second push: the console refreshes its charts at most every 15 s. */
  async series(eventId: string, timeZone: string, query: SeriesQuery): Promise<DashboardSeries> {
    return { bucket: query.bucket, ...(await this.figures.series(eventId, { ...query, timeZone })) };
  }
}

function withLive(booths: RankedBooth[], occupancy: Record<string, number>): RankedBooth[] {
  return booths.map((b) => ({ ...b, liveVisitors: occupancy[b.boothId] ?? 0 }));
}
