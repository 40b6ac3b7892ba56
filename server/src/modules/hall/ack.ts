import type { AckFailure } from '@pameran/contracts';
import type { ZodType } from 'zod';
import { DomainException } from '../../common/domain.exception';

/** Validate a socket payload; a failure becomes an error ack naming the field, and the socket stays up. */
export function parsePayload<T>(schema: ZodType<T>, payload: unknown): { data: T } | { ack: AckFailure } {
  const result = schema.safeParse(payload);
  if (result.success) return { data: result.data };
  const issue = result.error.issues[0];
  const path = issue.path.join('.') || undefined;
  const message =
    issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
  return {
    ack: { ok: false, error: { code: 'validation', message: path ? `${path}: ${message}` : message, path } },
  };
}

/** Any thrown error as an ack; never a stack or an "Internal server error" without a code. */
export function errorAck(err: unknown): AckFailure {
  if (err instanceof DomainException) return { ok: false, error: { code: err.code, message: err.message } };
  return { ok: false, error: { code: 'internal', message: 'Something went wrong; please try again' } };
}
