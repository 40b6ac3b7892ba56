import type { TalkErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused talk-now step. Its HTTP status comes from `ERROR_STATUS`. */
export class TalkException extends DomainException<TalkErrorCode> {}
