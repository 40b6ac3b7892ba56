import type { AuditionErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused audition decision or returning application. Its HTTP status comes from `ERROR_STATUS`. */
export class AuditionException extends DomainException<AuditionErrorCode> {}
