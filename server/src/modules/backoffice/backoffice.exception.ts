import type { BackofficeErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused change in an exhibitor's back office (application, products, staff). Its HTTP status comes from `ERROR_STATUS`. */
export class BackofficeException extends DomainException<BackofficeErrorCode> {}
