import type { StageErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused question, vote or poll change on a stage session. Its HTTP status comes from `ERROR_STATUS`. */
export class StageException extends DomainException<StageErrorCode> {}
