import {
  BulkDecision,
  BulkDecisionResult,
  Exhibitor,
  ExhibitorAdminQuery,
  ExhibitorApplication,
  listOf,
  RejectRequest,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class ExhibitorApplicationDto extends createZodDto(ExhibitorApplication) {}
export class ExhibitorDto extends createZodDto(Exhibitor) {}
export class ExhibitorListDto extends createZodDto(listOf(Exhibitor)) {}
export class ExhibitorAdminQueryDto extends createZodDto(ExhibitorAdminQuery) {}
export class RejectDto extends createZodDto(RejectRequest) {}
export class BulkDecisionDto extends createZodDto(BulkDecision) {}
export class BulkDecisionResultDto extends createZodDto(BulkDecisionResult) {}
