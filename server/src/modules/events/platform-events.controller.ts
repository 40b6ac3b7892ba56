import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  AddOrganiserDto,
  CreateFairDto,
  FairListDto,
  FairOrganisersDto,
  FairSettingsDto,
} from './dto/events.dto';
import { FairOrganisersService } from './fair-organisers.service';
import { FairsService } from './fairs.service';

/** The installation's fairs, for the platform admin (docs/decisions/0026-fair-lifecycle.md). */
@ApiTags('platform')
@ApiBearerAuth()
@Controller('platform/events')
@Roles('platform_admin')
export class PlatformEventsController {
  constructor(
    private readonly fairs: FairsService,
    private readonly organisers: FairOrganisersService,
  ) {}

  /** Every fair, whatever its status, newest first. */
  @Get()
  @ApiOkResponse({ type: FairListDto })
  list() {
    return this.fairs.all();
  }

  /** A new fair in `draft` with its days, run by the organisers named (existing accounts, by e-mail). */
  @Post()
  @ApiCreatedResponse({ type: FairSettingsDto })
  create(@CurrentUser() caller: Caller, @Body() dto: CreateFairDto) {
    return this.fairs.create(caller, dto);
  }

  /**
   * Name an organiser of any fair, e.g. one whose only organiser erased their account (erasure is never
   * refused for that: docs/decisions/0035-fair-gaps.md).
   */
  @Post(':slug/organisers')
  @HttpCode(200)
  @ApiOkResponse({ type: FairOrganisersDto })
  addOrganiser(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: AddOrganiserDto) {
    return this.organisers.add(caller, slug, dto.email);
  }
}
