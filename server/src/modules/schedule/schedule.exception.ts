import type { ScheduleErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused change to the schedule, or the hall being closed. Its HTTP status comes from `ERROR_STATUS`. */
export class ScheduleException extends DomainException<ScheduleErrorCode> {}
