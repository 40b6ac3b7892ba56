import type { EventErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused change to an event's sessions or their live state. Its HTTP status comes from `ERROR_STATUS`. */
export class EventException extends DomainException<EventErrorCode> {}
