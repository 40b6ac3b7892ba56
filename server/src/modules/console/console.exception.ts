import type { ConsoleErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused request in the organiser's or exhibitor's console. Its HTTP status comes from `ERROR_STATUS`. */
export class ConsoleException extends DomainException<ConsoleErrorCode> {}
