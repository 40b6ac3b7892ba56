import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EXHIBITOR_STATUSES,
  MEETING_STATUSES,
  type BoothRankingQuery,
  type Dashboard,
  type DashboardSeries,
  type RankedBooth,
  type SeriesQuery,
} from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { dealTotals } from '../deals/deal-totals';
import { PresenceService } from '../presence/presence.service';
import {
  boothCount,
  boothRanking,
  chatFigures,
  exhibitorCounts,
  meetingCounts,
  series,
  visitFigures,
} from './dashboard-queries';
import { OnlineCounter } from './online-counter';

const TOP_BOOTHS = 10;

/** The live figures of one event, read from Postgres (durable facts) and presence (who is here now). */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly presence: PresenceService,
    private readonly online: OnlineCounter,
  ) {}

  async dashboard(eventId: string): Promise<Dashboard> {
    const [visits, chat, meetings, exhibitors, booths, deals, top, occupancy, online] = await Promise.all([
      visitFigures(this.db, eventId),
      chatFigures(this.db, eventId),
      meetingCounts(this.db, eventId, MEETING_STATUSES),
      exhibitorCounts(this.db, eventId, EXHIBITOR_STATUSES),
      boothCount(this.db, eventId),
      dealTotals(this.db.manager, eventId),
      boothRanking(this.db, eventId, { limit: TOP_BOOTHS }),
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
      const all = withLive(await boothRanking(this.db, eventId, { category: query.category }), occupancy);
      return all.sort((a, b) => b.liveVisitors - a.liveVisitors || b.visits - a.visits);
    }
    return withLive(
      await boothRanking(this.db, eventId, { sort: query.sort, category: query.category }),
      occupancy,
    );
  }

  /** Not part of the 2-second push: the console refreshes its charts at most every 15 s. */
  async series(eventId: string, timeZone: string, query: SeriesQuery): Promise<DashboardSeries> {
    return { bucket: query.bucket, ...(await series(this.db, eventId, { ...query, timeZone })) };
  }

}

function withLive(booths: RankedBooth[], occupancy: Record<string, number>): RankedBooth[] {
  return booths.map((b) => ({ ...b, liveVisitors: occupancy[b.boothId] ?? 0 }));
}
