import { FairEvent } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class FairEventDto extends createZodDto(FairEvent) {}
export class EventSettingsDto extends createZodDto(z.strictObject({ chatRegisteredOnly: z.boolean() })) {}
