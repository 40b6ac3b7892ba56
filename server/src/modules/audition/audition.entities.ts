import { ApplicationProductEntity } from './application-product.entity';
import { AuditionReviewEntity } from './audition-review.entity';
import { ReturningApplicationEntity } from './returning-application.entity';

/** The audition module's tables. */
export const AUDITION_ENTITIES = [AuditionReviewEntity, ReturningApplicationEntity, ApplicationProductEntity];
