import type { HallErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused action in the live hall. Its HTTP status comes from `ERROR_STATUS`. */
export class HallException extends DomainException<HallErrorCode> {}
