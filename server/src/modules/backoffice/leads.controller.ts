import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { BoothAccessService } from './booth-access.service';
import { LeadListDto, LeadsQueryDto, LeadsSummaryDto } from './dto/backoffice.dto';
import { LeadsViewService } from './leads-view.service';

type Id = string;

/** The booth's own leads, for its owner, its staff and organisers. */
@ApiTags('backoffice')
@ApiBearerAuth()
@Controller('backoffice/booths/:boothId/leads')
@Roles('exhibitor', 'organiser')
export class LeadsController {
  constructor(
    private readonly access: BoothAccessService,
    private readonly leads: LeadsViewService,
  ) {}

  @Get()
  @ApiOkResponse({ type: LeadListDto })
  async list(
    @CurrentUser() c: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: Id,
    @Query() q: LeadsQueryDto,
  ) {
    return this.leads.list(await this.access.forBooth(c, boothId, 'read'), q);
  }

  @Get('summary')
  @ApiOkResponse({ type: LeadsSummaryDto })
  async summary(@CurrentUser() c: Caller, @Param('boothId', ParseUUIDPipe) boothId: Id) {
    return this.leads.summary(await this.access.forBooth(c, boothId, 'read'));
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="leads.csv"')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  async csv(@CurrentUser() c: Caller, @Param('boothId', ParseUUIDPipe) boothId: Id) {
    return this.leads.csv(await this.access.forBooth(c, boothId, 'read'));
  }
}
