import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { CreateFairDto, FairListDto, FairSettingsDto } from './dto/events.dto';
import { FairsService } from './fairs.service';

/** The installation's fairs, for the platform admin (docs/decisions/0026-fair-lifecycle.md). */
@ApiTags('platform')
@ApiBearerAuth()
@Controller('platform/events')
@Roles('platform_admin')
export class PlatformEventsController {
  constructor(private readonly fairs: FairsService) {}

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
}
