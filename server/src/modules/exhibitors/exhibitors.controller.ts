import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  BulkDecisionDto,
  BulkDecisionResultDto,
  ExhibitorAdminQueryDto,
  ExhibitorApplicationDto,
  ExhibitorDto,
  ExhibitorListDto,
  RejectDto,
} from './dto/exhibitors.dto';
import { ExhibitorsService } from './exhibitors.service';

@ApiTags('exhibitors')
@ApiBearerAuth()
@Controller('exhibitors')
export class ExhibitorsController {
  constructor(private readonly exhibitors: ExhibitorsService) {}

  /** A pesantren applies for a booth (audition). */
  @Post()
  @Roles('exhibitor')
  @ApiOkResponse({ type: ExhibitorDto })
  apply(@CurrentUser() caller: Caller, @Body() dto: ExhibitorApplicationDto) {
    return this.exhibitors.apply(caller, dto);
  }

  /** The caller's own application and its status. */
  @Get('me')
  @Roles('exhibitor')
  @ApiOkResponse({ type: ExhibitorDto })
  mine(@CurrentUser() caller: Caller) {
    return this.exhibitors.mine(caller);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/exhibitors')
@Roles('organiser')
export class AdminExhibitorsController {
  constructor(private readonly exhibitors: ExhibitorsService) {}

  @Get()
  @ApiOkResponse({ type: ExhibitorListDto })
  list(@Query() query: ExhibitorAdminQueryDto) {
    return this.exhibitors.list(query);
  }

  /** Approve or reject up to 100 applications at once; the answer says how each one went. */
  @Post('bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkDecisionResultDto })
  bulk(@CurrentUser() caller: Caller, @Body() dto: BulkDecisionDto) {
    return this.exhibitors.bulk(caller, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ExhibitorDto })
  approve(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.exhibitors.approve(caller, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ExhibitorDto })
  reject(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectDto) {
    return this.exhibitors.reject(caller, id, dto.reason);
  }
}
