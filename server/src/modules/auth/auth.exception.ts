import type { AuthErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused sign-in, registration, refresh or password reset. Its HTTP status comes from `ERROR_STATUS`. */
export class AuthException extends DomainException<AuthErrorCode> {}
