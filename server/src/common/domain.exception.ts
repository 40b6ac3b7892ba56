import type { HttpStatus } from '@nestjs/common';
import type { ErrorCode, ErrorField } from '@pameran/contracts';
import { ERROR_STATUS } from './error-status';

/**
 * A business-rule failure with a stable code from contracts; mapped to HTTP (and socket acks) by one filter.
 * Abstract: each feature throws its own subclass (`MatchingException`, …, `CommonException`), whose code type
 * lets the compiler refuse a code that is not in contracts. The status comes from `ERROR_STATUS`.
 */
export abstract class DomainException<Code extends ErrorCode = ErrorCode> extends Error {
  readonly status: HttpStatus;

  constructor(
    readonly code: Code,
    message: string,
    readonly fields?: ErrorField[],
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}
