import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  BulkDecisionDto,
  BulkDecisionResultDto,
  ExhibitorAdminQueryDto,
  ExhibitorDto,
  ExhibitorListDto,
  RejectDto,
} from '../exhibitors/dto/exhibitors.dto';
import { AuditionService } from './audition.service';

/** The organisers' audition: list applications, approve (placing the booth) or reject them. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/exhibitors')
@Roles('organiser')
export class AuditionController {
  constructor(private readonly audition: AuditionService) {}

  @Get()
  @ApiOkResponse({ type: ExhibitorListDto })
  list(@Query() query: ExhibitorAdminQueryDto) {
    return this.audition.list(query);
  }

  /** Approve or reject up to 100 applications at once; the answer says how each one went. */
  @Post('bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkDecisionResultDto })
  bulk(@CurrentUser() caller: Caller, @Body() dto: BulkDecisionDto) {
    return this.audition.bulk(caller, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ExhibitorDto })
  approve(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.audition.approve(caller, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: ExhibitorDto })
  reject(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectDto) {
    return this.audition.reject(caller, id, dto.reason);
  }
}
