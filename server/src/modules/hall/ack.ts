import type { AckFailure, ErrorCode } from '@pameran/contracts';
import type { ZodType } from 'zod';
import { DomainException } from '../../common/domain.exception';

/** A refusal as an ack; the code is one of contracts' `ErrorCode`s, like an HTTP error's. */
export function ackFailure(code: ErrorCode, message: string, path?: string): AckFailure {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}

export const RATE_LIMITED = ackFailure('rate_limited', 'Too fast; please wait a moment');

/** Validate a socket payload; a failure becomes an error ack naming the field, and the socket stays up. */
export function parsePayload<T>(schema: ZodType<T>, payload: unknown): { data: T } | { ack: AckFailure } {
  const result = schema.safeParse(payload);
  if (result.success) return { data: result.data };
  const issue = result.error.issues[0];
  const path = issue.path.join('.') || undefined;
  const message =
    issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
  return { ack: ackFailure('validation', path ? `${path}: ${message}` : message, path) };
}

/** Any thrown error as an ack; never a stack or an "Internal server error" without a code. */
export function errorAck(err: unknown): AckFailure {
  if (err instanceof DomainException) return ackFailure(err.code, err.message);
  return ackFailure('internal', 'Something went wrong; please try again');
}
