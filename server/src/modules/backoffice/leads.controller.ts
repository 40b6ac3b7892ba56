import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth.decorators';
import { Booth, ForBooth } from './booth-access.guard';
import type { BoothAccess } from './booth-access.service';
import { LeadListDto, LeadsQueryDto, LeadsSummaryDto } from './dto/backoffice.dto';
import { LeadsViewService } from './leads-view.service';

/** The booth's own leads, for its owner, its staff and organisers. */
@ApiTags('backoffice')
@ApiBearerAuth()
@Controller('backoffice/booths/:boothId/leads')
@Roles('exhibitor', 'organiser')
export class LeadsController {
  constructor(private readonly leads: LeadsViewService) {}

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
