import { Announcement } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class AnnounceDto extends createZodDto(
  z.strictObject({
    text: z.string().trim().min(3).max(500),
    audience: z.enum(['everyone', 'exhibitors', 'buyers']).default('everyone'),
    /** How long it stays current (shown to those who connect later). */
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
  }),
) {}
export class AnnouncementDto extends createZodDto(Announcement) {}
