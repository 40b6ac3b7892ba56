import type { UserErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused change to an account or its profile. Its HTTP status comes from `ERROR_STATUS`. */
export class UserException extends DomainException<UserErrorCode> {}
