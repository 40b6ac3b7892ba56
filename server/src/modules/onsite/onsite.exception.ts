import type { OnsiteErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused badge scan. Its HTTP status comes from `ERROR_STATUS`. */
export class OnsiteException extends DomainException<OnsiteErrorCode> {}
