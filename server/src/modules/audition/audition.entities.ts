import { ApplicationProductEntity } from './application-product.entity';
import { AuditionReviewEntity } from './audition-review.entity';
import { AuditionStageEntity } from './audition-stage.entity';
import { ReturningApplicationEntity } from './returning-application.entity';

/** The audition module's tables. */
export const AUDITION_ENTITIES = [
  AuditionStageEntity,
  AuditionReviewEntity,
  ReturningApplicationEntity,
  ApplicationProductEntity,
];
