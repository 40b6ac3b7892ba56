import {
  ApplicationProductList,
  AuditionApplication,
  AuditionStageList,
  listOf,
  ReturningApplication,
  ReturningCandidateList,
  ReuseApplication,
  ReviewRequest,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class AuditionApplicationDto extends createZodDto(AuditionApplication) {}
export class AuditionApplicationListDto extends createZodDto(listOf(AuditionApplication)) {}
export class ReviewRequestDto extends createZodDto(ReviewRequest) {}
export class ApplicationProductListDto extends createZodDto(ApplicationProductList) {}
export class ReuseApplicationDto extends createZodDto(ReuseApplication) {}
export class ReturningApplicationDto extends createZodDto(ReturningApplication) {}
export class AuditionStageListDto extends createZodDto(AuditionStageList) {}
export class ReturningCandidateListDto extends createZodDto(ReturningCandidateList) {}
