import { FairEvent } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class FairEventDto extends createZodDto(FairEvent) {}
