import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { RateLimited } from '../rate-limit';
import { BadgeScanDto, BadgeScanResultDto } from '../onsite/dto/onsite.dto';
import { Booth, ForBooth } from './booth-access.guard';
import type { BoothAccess } from './booth-access.service';
import { LeadListDto, LeadsQueryDto, LeadsSummaryDto } from './dto/backoffice.dto';
import { BadgeScans } from './badge-scans.service';
import { LeadsViewService } from './leads-view.service';

/** The booth's own leads, for its owner, its staff and organisers. */
@ApiTags('backoffice')
@ApiBearerAuth()
@Controller('backoffice/booths/:boothId/leads')
@Roles('exhibitor', 'organiser')
export class LeadsController {
  constructor(
    private readonly leads: LeadsViewService,
    private readonly scans: BadgeScans,
  ) {}

  /** Staff scanned (or typed) a visitor's badge code at the booth: a lead with a note and a score. */
  @Post('badge')
  @ForBooth('read')
  @RateLimited('badge_scan')
  @HttpCode(201)
  @ApiOkResponse({ type: BadgeScanResultDto })
  badge(@Booth() booth: BoothAccess, @CurrentUser() caller: Caller, @Body() dto: BadgeScanDto) {
    return this.scans.record(booth, caller, dto);
  }

  @Get()
  @ForBooth('read')
  @ApiOkResponse({ type: LeadListDto })
  list(@Booth() booth: BoothAccess, @Query() q: LeadsQueryDto) {
    return this.leads.list(booth, q);
  }

  @Get('summary')
  @ForBooth('read')
  @ApiOkResponse({ type: LeadsSummaryDto })
  summary(@Booth() booth: BoothAccess) {
    return this.leads.summary(booth);
  }

  @Get('export.csv')
  @ForBooth('read')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="leads.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  csv(@Booth() booth: BoothAccess) {
    return this.leads.csv(booth);
  }
}
