import { Injectable } from '@nestjs/common';
import type { MyReportKind } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { EventsService } from '../events/events.service';
import { inZone, plainColumns, toCsv, type CsvFile } from './csv';
import { type OwnBooth, ReportsReadModel, type ReportRow as Row } from './read-models/reports.read-model';
import { DEAL_COLUMNS, MEETING_COLUMNS } from './reports.service';
import { ConsoleException } from './console.exception';

const VISITOR_COLUMNS = [
  'visitor',
  'role',
  'company',
  'country',
  'visits',
  'first_visit_wib',
  'last_visit_wib',
] as const;
const LEAD_COLUMNS = ['time_wib', 'kind', 'visitor', 'role', 'company', 'country', 'product'] as const;

/**
 * An exhibitor's own slice of the reports: their visitors, leads, meetings and deals as CSV. The caller's
 * exhibitor is the one whose staff they are in the fair (their membership), never from the request.
 */
@Injectable()
export class MyReportService {
  constructor(
    private readonly events: EventsService,
    private readonly rows: ReportsReadModel,
  ) {}

  /** One of the caller's CSV files for the event, named `<slug>-my-<kind>.csv`. */
  async csv(caller: Caller, slug: string, kind: MyReportKind): Promise<CsvFile> {
    const event = await this.events.findEntity(slug);
    // The route names the fair, so the caller's exhibitor is the one whose staff they are there.
    const own = caller.exhibitorId ? await this.rows.ownBooth(caller.exhibitorId, event.id) : null;
    if (!own) {
      throw new ConsoleException('no_booth', 'Your account has no booth in this event');
    }
    return { filename: `${event.slug}-my-${kind}.csv`, body: await this.table(own, event.timeZone, kind) };
  }

  private async table(own: OwnBooth, tz: string, kind: MyReportKind): Promise<string> {
    switch (kind) {
      case 'visitors':
        return toCsv(
          inZone(plainColumns<Row>(VISITOR_COLUMNS), tz),
          await this.rows.visitors(own.boothId, tz),
        );
      case 'leads':
        return toCsv(inZone(plainColumns<Row>(LEAD_COLUMNS), tz), await this.rows.leads(own.boothId, tz));
      case 'meetings':
        return toCsv(
          inZone(plainColumns<Row>(MEETING_COLUMNS), tz),
          await this.rows.meetings({ exhibitorId: own.exhibitorId }, tz),
        );
      case 'deals':
        return toCsv(
          inZone(plainColumns<Row>(DEAL_COLUMNS), tz),
          await this.rows.deals({ exhibitorId: own.exhibitorId }, tz),
        );
    }
  }
}
