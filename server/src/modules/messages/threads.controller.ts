import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UploadedFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { RateLimited } from '../rate-limit';
import type { UploadedBlob } from '../uploads/image-file.interceptor';
import { MAX_UPLOAD_BYTES } from '../uploads/image-pipeline';
import { FileBody } from '../uploads/upload-body';
import {
  MessageAttachmentDto,
  OpenThreadDto,
  PostMessageDto,
  ReportMessageDto,
  ThreadListDto,
  ThreadMessageDto,
  ThreadMessageListDto,
  ThreadMessagesQueryDto,
  ThreadSummaryDto,
} from './dto/messages.dto';
import { MessageReportsService } from './message-reports.service';
import type { ThreadAccess } from './thread-access.service';
import { ThreadAttachmentsService } from './thread-attachments.service';
import { PartyThread, ThreadPartyGuard } from './thread-party.guard';
import { ThreadsService } from './threads.service';

/** Messages between the parties of a meeting request, meeting or deal (docs/domain.md "Messages"). */
@ApiTags('messages')
@ApiBearerAuth()
@Controller('threads')
export class ThreadsController {
  constructor(
    private readonly threads: ThreadsService,
    private readonly attachments: ThreadAttachmentsService,
    private readonly reports: MessageReportsService,
  ) {}

  /** The caller's threads with their last message and unread counts. */
  @Get()
  @ApiOkResponse({ type: ThreadListDto })
  mine(@CurrentUser() caller: Caller) {
    return this.threads.mine(caller);
  }

  /** The thread of a request, meeting or deal (made on first use); 404 for anyone not a party. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: ThreadSummaryDto })
  open(@CurrentUser() caller: Caller, @Body() dto: OpenThreadDto) {
    return this.threads.open(caller, dto);
  }

  /** Newest first; pass the last id as `before` for the next page. */
  @Get(':threadId/messages')
  @ApiOkResponse({ type: ThreadMessageListDto })
  history(
    @CurrentUser() caller: Caller,
    @Param('threadId', ParseUUIDPipe) threadId: string,
    @Query() query: ThreadMessagesQueryDto,
  ) {
    return this.threads.history(caller, threadId, query.before, query.limit);
  }

  /** Idempotent by `clientMsgId`: a retry answers 200 with the message stored the first time. */
  @Post(':threadId/messages')
  @RateLimited('message_post')
  @HttpCode(200)
  @ApiOkResponse({ type: ThreadMessageDto })
  async post(
    @CurrentUser() caller: Caller,
    @Param('threadId', ParseUUIDPipe) threadId: string,
    @Body() dto: PostMessageDto,
  ) {
    return (await this.threads.post(caller, threadId, dto)).message;
  }

  @Post(':threadId/read')
  @HttpCode(200)
  read(@CurrentUser() caller: Caller, @Param('threadId', ParseUUIDPipe) threadId: string) {
    return this.threads.markRead(caller, threadId);
  }

  /** A picture to attach to the caller's next message in this thread. */
  @Post(':threadId/attachments')
  @RateLimited('upload')
  @HttpCode(200)
  @UseGuards(ThreadPartyGuard)
  @FileBody(MAX_UPLOAD_BYTES, 'JPEG, PNG, WebP or AVIF')
  @ApiOkResponse({ type: MessageAttachmentDto })
  attach(
    @CurrentUser() caller: Caller,
    @PartyThread() access: ThreadAccess,
    @UploadedFile() file: UploadedBlob | undefined,
  ) {
    return this.attachments.upload(caller, access, file?.buffer);
  }

  /** Tell the organisers about another party's message. */
  @Post(':threadId/messages/:messageId/report')
  @RateLimited('message_post')
  @HttpCode(204)
  report(
    @CurrentUser() caller: Caller,
    @Param('threadId', ParseUUIDPipe) threadId: string,
    @Param('messageId', ParseUUIDPipe) messageId: string,
    @Body() dto: ReportMessageDto,
  ) {
    return this.reports.report(caller, threadId, messageId, dto);
  }
}
