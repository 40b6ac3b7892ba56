import {
  Badge,
  BadgeScanRequest,
  BadgeScanResult,
  BoothSheetQuery,
  TableSheetQuery,
  VenueTable,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class BadgeDto extends createZodDto(Badge) {}
export class BadgeScanDto extends createZodDto(BadgeScanRequest) {}
export class BadgeScanResultDto extends createZodDto(BadgeScanResult) {}
export class BoothSheetQueryDto extends createZodDto(BoothSheetQuery) {}
export class TableSheetQueryDto extends createZodDto(TableSheetQuery) {}
export class VenueTableDto extends createZodDto(VenueTable) {}
