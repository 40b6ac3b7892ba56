import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { TalkAvailabilityInput } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { TalkService } from './talk.service';
import { InEvent } from '../memberships';

class TalkAvailabilityDto extends createZodDto(TalkAvailabilityInput) {}

/** Talk now at a booth: staff's availability and answers, visitors' knocks, tokens for the parties. */
@ApiTags('talk')
@ApiBearerAuth()
@Controller('booths/:boothId/talk')
// Staff of the booth are staff of its exhibitor in the booth's fair (docs/decisions/0025-many-fairs.md).
@InEvent.of('booth', 'boothId')
export class TalkController {
  constructor(private readonly talk: TalkService) {}

  @Get()
  state(@CurrentUser() caller: Caller, @Param('boothId', ParseUUIDPipe) boothId: string) {
    return this.talk.state(caller, boothId);
  }

  @Put('availability')
  available(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @Body() dto: TalkAvailabilityDto,
  ) {
    return this.talk.setAvailable(caller, boothId, dto.available);
  }

  @Post('knock')
  @HttpCode(200)
  knock(@CurrentUser() caller: Caller, @Param('boothId', ParseUUIDPipe) boothId: string) {
    return this.talk.knock(caller, boothId);
  }

  @Delete('knock')
  withdraw(@CurrentUser() caller: Caller, @Param('boothId', ParseUUIDPipe) boothId: string) {
    return this.talk.withdraw(caller, boothId);
  }

  @Post('knocks/:knockId/accept')
  @HttpCode(200)
  accept(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @Param('knockId', ParseUUIDPipe) knockId: string,
  ) {
    return this.talk.accept(caller, boothId, knockId);
  }

  @Post('knocks/:knockId/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @Param('knockId', ParseUUIDPipe) knockId: string,
  ) {
    return this.talk.decline(caller, boothId, knockId);
  }

  @Post('conversations/:id/join')
  @HttpCode(200)
  join(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ) {
    return this.talk.join(caller, boothId, id);
  }

  @Post('conversations/:id/leave')
  @HttpCode(204)
  leave(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ) {
    return this.talk.leave(caller, boothId, id);
  }
}
