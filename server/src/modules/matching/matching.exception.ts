import type { MatchingErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused business-matching action (requests, meetings, slots, sourcing, auto-scheduling). Its HTTP status comes from `ERROR_STATUS`. */
export class MatchingException extends DomainException<MatchingErrorCode> {}
