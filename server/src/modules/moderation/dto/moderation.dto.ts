import { FairQuery, ModerationState } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class SanctionDto extends createZodDto(
  z.strictObject({
    userId: z.uuid(),
    kind: z.enum(['mute', 'ban']),
    /** Omit for "until lifted". */
    minutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
      .optional(),
    reason: z.string().trim().min(3).max(500),
  }),
) {}
export class ModerationStateDto extends createZodDto(ModerationState) {}
export class FairQueryDto extends createZodDto(FairQuery) {}
