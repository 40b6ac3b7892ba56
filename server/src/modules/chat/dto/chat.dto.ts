import { ChatMessage, listOf } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ChatHistoryQueryDto extends createZodDto(
  z.strictObject({ before: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(100).default(50) }),
) {}
export class ChatListDto extends createZodDto(listOf(ChatMessage)) {}
