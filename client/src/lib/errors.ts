import { ERROR_CODES, ErrorCode, errorFeature, type AckError, type ErrorFeature } from '@pameran/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from './api';

/** Messages per field path ("email", "buyerProfile.country"), ready to show under the inputs. */
export type FieldErrors = Record<string, string>;

type Issue = z.core.$ZodIssue;

/** One contracts-schema issue in the reader's language (zod's own messages are English). */
function issueMessage(issue: Issue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      return issue.origin === 'string'
        ? t('validation.tooShort', { count: Number(issue.minimum) })
        : t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { count: Number(issue.maximum) })
        : t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.path.join('.').endsWith('country')) return t('validation.country');
      return t('validation.format');
    case 'invalid_type':
      return issue.input === undefined ? t('validation.required') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'custom':
      if (issue.path.join('.').endsWith('passwordAgain')) return t('validation.passwordsDiffer');
      return issue.path.join('.').endsWith('endsAt')
        ? t('validation.endAfterStart')
        : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

export function zodFieldErrors(error: z.ZodError, t: TFunction): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) out[issue.path.join('.')] ??= issueMessage(issue, t);
  return out;
}

/** The message key of each server error code (i18n/features/errorcodes.*.json, grouped as in contracts). */
type ErrorKey = {
  [F in ErrorFeature]: `errorcodes.${F}.${z.infer<(typeof ERROR_CODES)[F]>}`;
}[ErrorFeature];

export function errorKey(code: ErrorCode): ErrorKey {
  return `errorcodes.${errorFeature(code)}.${code}` as ErrorKey;
}

/**
 * A code the server sent, in the reader's language; null for a code this client does not know (a newer
 * server). `reason` is the server's own message, which a few messages quote (a refusal only it can explain).
 */
export function codeMessage(code: string | undefined, t: TFunction, reason = ''): string | null {
  const known = ErrorCode.safeParse(code);
  return known.success ? t(errorKey(known.data), { reason }) : null;
}

/** A refused socket ack: its code in the reader's language, else the server's own words. */
export function ackErrorMessage(error: AckError, t: TFunction): string {
  return codeMessage(error.code, t, error.message) ?? error.message;
}

/** A general, localised sentence for any failed call. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic');
  if (error.kind === 'network') return t('errors.network');
  if (error.kind === 'invalid-response') return t('errors.contract');
  // A code the server named: its translation, or for a code newer than this client the server's message.
  if (error.code) return codeMessage(error.code, t, error.message) ?? error.message;
  // No code (the auth guard, the rate limiter, a proxy, a crash): say what the status means.
  if (error.statusCode === 401) return t('errors.sessionEnded');
  if (error.statusCode === 403) return t('errors.forbidden');
  if (error.statusCode === 404) return t('errors.notFound');
  if (error.statusCode === 409 && error.message) return t('errors.conflict', { reason: error.message });
  if (error.statusCode === 429) return t('errors.tooMany');
  if (error.statusCode === 400 || error.statusCode === 422) return t('errors.validation');
  if (error.statusCode >= 500) return t('errors.server');
  return t('errors.generic');
}

/**
 * The server's per-field errors. Its messages come from the same schemas the form already checked,
 * so they rarely show; the ones with a known code are localised, the rest shown as the server wrote them.
 */
export function apiFieldErrors(error: unknown, t: TFunction): FieldErrors {
  if (!isApiError(error)) return {};
  const out = error.fieldErrors();
  if (error.code === 'email_taken') out.email = t('errorcodes.users.email_taken');
  // An organiser named by an e-mail no account holds: the field says so in the reader's language.
  if (error.code === 'unknown_account')
    for (const f of error.fields) out[f.path] = t('errorcodes.events.unknown_account');
  return out;
}
