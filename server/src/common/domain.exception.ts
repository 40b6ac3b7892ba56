import { HttpStatus } from '@nestjs/common';

/** A business-rule failure with a stable code; mapped to HTTP (and socket acks) by one filter. */
export class DomainException<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly status: HttpStatus = HttpStatus.UNPROCESSABLE_ENTITY,
    readonly fields?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) =>
  new DomainException('not_found', `${what} not found`, HttpStatus.NOT_FOUND);
