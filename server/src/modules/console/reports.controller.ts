import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import type { CsvFile } from './csv';
import { MyReportParamsDto, ReportParamsDto, ReportSummaryDto } from './dto/console.dto';
import { InEvent } from '../memberships';
import { MyReportService } from './my-report.service';
import { ReportsService } from './reports.service';

/** A download whose name depends on the request, so the headers cannot be static decorators. */
function sendCsv(res: Response, { filename, body }: CsvFile): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(body);
}

/** The event's reports: CSV files and the printable summary (organisers); an exhibitor's own slice. */
@ApiTags('reports')
@ApiBearerAuth()
@InEvent.slug()
@Controller('events/:slug/report')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly mine: MyReportService,
  ) {}

  @Get('summary')
  @Roles('organiser')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: ReportSummaryDto })
  summary(@Param('slug') slug: string) {
    return this.reports.summary(slug);
  }

  /** exhibitors, products, leads (per booth), meetings (with attendance) or deals. */
  @Get(':kind.csv')
  @Roles('organiser')
  @ApiProduces('text/csv')
  async csv(@Param() p: ReportParamsDto, @Res() res: Response) {
    sendCsv(res, await this.reports.csv(p.slug, p.kind));
  }

  /** The calling exhibitor's own visitors, leads, meetings or deals. */
  @Get('mine/:kind.csv')
  @Roles('exhibitor')
  @InEvent.slug()
  @ApiProduces('text/csv')
  async myCsv(@CurrentUser() caller: Caller, @Param() p: MyReportParamsDto, @Res() res: Response) {
    sendCsv(res, await this.mine.csv(caller, p.slug, p.kind));
  }
}
