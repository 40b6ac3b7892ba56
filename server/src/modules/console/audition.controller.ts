import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  ApplicationProductListDto,
  AuditionApplicationDto,
  AuditionApplicationListDto,
  ReviewRequestDto,
} from '../audition/dto/audition.dto';
import {
  BulkDecisionDto,
  BulkDecisionResultDto,
  ExhibitorAdminQueryDto,
  ExhibitorDto,
  RejectDto,
} from '../exhibitors/dto/exhibitors.dto';
import { InEvent } from '../memberships';
import { AuditionService } from './audition.service';

/**
 * The organisers' audition: list applications with their stage, pass them stage by stage with notes, approve
 * (placing the booth) or reject them, one or many. Every route acts in one fair (docs/decisions/0025).
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/exhibitors')
@Roles('organiser')
export class AuditionController {
  constructor(private readonly audition: AuditionService) {}

  @Get()
  @InEvent.query('event')
  @ApiOkResponse({ type: AuditionApplicationListDto })
  list(@Query() query: ExhibitorAdminQueryDto) {
    return this.audition.list(query);
  }

  /** Approve, reject or pass (at one stage) up to 100 applications of the fair at once; the answer says how each went. */
  @Post('bulk')
  @InEvent.query('event')
  @HttpCode(200)
  @ApiQuery({ name: 'event', description: "The fair's slug" })
  @ApiOkResponse({ type: BulkDecisionResultDto })
  bulk(@CurrentUser() caller: Caller, @Body() dto: BulkDecisionDto) {
    return this.audition.bulk(caller, dto);
  }

  /** Pass the stage the application is at (the last stage approves it) or reject it there, with a note. */
  @Post(':id/review')
  @InEvent.of('exhibitor', 'id')
  @HttpCode(200)
  @ApiOkResponse({ type: AuditionApplicationDto })
  review(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewRequestDto,
  ) {
    return this.audition.review(caller, id, dto);
  }

  /** The products a returning pesantren brings, flagged for review, new and changed ones marked. */
  @Get(':id/products')
  @InEvent.of('exhibitor', 'id')
  @ApiOkResponse({ type: ApplicationProductListDto })
  products(@Param('id', ParseUUIDPipe) id: string) {
    return this.audition.products(id);
  }

  @Post(':id/approve')
  @InEvent.of('exhibitor', 'id')
  @HttpCode(200)
  @ApiOkResponse({ type: ExhibitorDto })
  approve(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.audition.approve(caller, id);
  }

  @Post(':id/reject')
  @InEvent.of('exhibitor', 'id')
  @HttpCode(200)
  @ApiOkResponse({ type: ExhibitorDto })
  reject(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RejectDto) {
    return this.audition.reject(caller, id, dto.reason);
  }
}
