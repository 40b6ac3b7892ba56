import { BoothDetail, BoothQuery, BoothSummary, listOf } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class BoothQueryDto extends createZodDto(BoothQuery) {}
export class BoothListDto extends createZodDto(listOf(BoothSummary)) {}
export class BoothDetailDto extends createZodDto(BoothDetail) {}
