import { HttpStatus } from '@nestjs/common';
import type { CommonErrorCode, ErrorField } from '@pameran/contracts';
import { DomainException } from './domain.exception';

/** A refusal any module may give (missing, not allowed, malformed, in the way); see `CommonError`. */
export class CommonException extends DomainException<CommonErrorCode> {}

export const notFound = (what: string) => new CommonException('not_found', `${what} not found`);

export const forbidden = (message: string) => new CommonException('forbidden', message);

export const conflict = (message: string) => new CommonException('conflict', message);

/**
 * `invalid` with a status other than the table's 422. Two refusals have always answered so and clients rely
 * on it: a malformed Idempotency-Key header (400) and an exhibitorId naming no approved exhibitor (404).
 */
class InvalidInput extends CommonException {
  override readonly status: HttpStatus;

  constructor(message: string, fields: ErrorField[], status: HttpStatus) {
    super('invalid', message, fields);
    this.status = status;
  }
}

export interface InvalidOptions {
  /** Only for the two refusals above; every other `invalid` is 422. */
  status?: HttpStatus.BAD_REQUEST | HttpStatus.NOT_FOUND;
  /** The error's message when it should say more than `{path}: {message}`. */
  summary?: string;
}

/** A value that breaks a rule the schemas cannot check, named by its field so forms show it in place. */
export function invalid(path: string, message: string, options: InvalidOptions = {}): CommonException {
  const summary = options.summary ?? `${path}: ${message}`;
  const fields = [{ path, message }];
  return options.status
    ? new InvalidInput(summary, fields, options.status)
    : new CommonException('invalid', summary, fields);
}

/** `rate_limited`: the filter sends `Retry-After` (whole seconds, at least 1) with it. */
export class RateLimitedException extends CommonException {
  readonly retryAfterSeconds: number;

  constructor(retryAfterMs: number, message = 'Too many attempts; please wait a moment') {
    super('rate_limited', message);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}
