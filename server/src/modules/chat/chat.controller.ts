import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Public } from '../../common/auth.decorators';
import { RateLimited } from '../rate-limit';
import { ChatService } from './chat.service';
import { ChatHistoryQueryDto, ChatListDto } from './dto/chat.dto';
import { InEvent } from '../memberships';

@ApiTags('chat')
@Controller('booths/:boothId/chat')
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  /** Newest first; pass the last id as `before` for the next page. */
  @Public()
  @Get()
  @RateLimited('chat_history')
  @ApiOkResponse({ type: ChatListDto })
  history(@Param('boothId', ParseUUIDPipe) boothId: string, @Query() query: ChatHistoryQueryDto) {
    return this.chat.history(boothId, query.before, query.limit);
  }

  /** Staff of this booth and organisers of its fair (their rights there: docs/decisions/0025-many-fairs.md). */
  @ApiBearerAuth()
  @Delete(':id')
  @InEvent.of('booth', 'boothId')
  @HttpCode(204)
  delete(
    @CurrentUser() caller: Caller,
    @Param('boothId', ParseUUIDPipe) boothId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ) {
    return this.chat.delete(caller, boothId, id);
  }
}
