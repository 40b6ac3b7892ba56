import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { FairQueryDto, ModerationStateDto, SanctionDto } from './dto/moderation.dto';
import { InEvent } from '../memberships';
import { ModerationService } from './moderation.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/moderation')
@Roles('organiser')
@InEvent.query()
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  /** Mute (no chat) or ban (no hall) a user in the fair (`?event=`), for `minutes` or until lifted. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: ModerationStateDto })
  impose(@CurrentUser() caller: Caller, @Query() _fair: FairQueryDto, @Body() dto: SanctionDto) {
    return this.moderation.impose(caller, dto);
  }

  @Post(':userId/lift')
  @HttpCode(200)
  @ApiOkResponse({ type: ModerationStateDto })
  lift(
    @CurrentUser() caller: Caller,
    @Query() _fair: FairQueryDto,
    @Param('userId', ParseUUIDPipe) userId: string,
  ) {
    return this.moderation.lift(caller, userId);
  }
}
