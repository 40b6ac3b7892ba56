import {
  FairSlugQuery,
  MessageAttachment,
  MessageReport,
  MessageReportList,
  MessageReportStatus,
  OpenThread,
  PostMessage,
  ReportMessage,
  ThreadList,
  ThreadMessage,
  ThreadMessageList,
  ThreadMessagesQuery,
  ThreadSummary,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class OpenThreadDto extends createZodDto(OpenThread) {}
export class PostMessageDto extends createZodDto(PostMessage) {}
export class ThreadMessagesQueryDto extends createZodDto(ThreadMessagesQuery) {}
export class ReportMessageDto extends createZodDto(ReportMessage) {}
export class MessageReportsQueryDto extends createZodDto(
  z.strictObject({ event: FairSlugQuery, status: MessageReportStatus.default('open') }),
) {}

export class ThreadSummaryDto extends createZodDto(ThreadSummary) {}
export class ThreadListDto extends createZodDto(ThreadList) {}
export class ThreadMessageDto extends createZodDto(ThreadMessage) {}
export class ThreadMessageListDto extends createZodDto(ThreadMessageList) {}
export class MessageAttachmentDto extends createZodDto(MessageAttachment) {}
export class MessageReportDto extends createZodDto(MessageReport) {}
export class MessageReportListDto extends createZodDto(MessageReportList) {}
