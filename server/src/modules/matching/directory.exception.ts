import type { DirectoryErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused directory action (an exhibitor's requests to buyers). Its HTTP status comes from `ERROR_STATUS`. */
export class DirectoryException extends DomainException<DirectoryErrorCode> {}
