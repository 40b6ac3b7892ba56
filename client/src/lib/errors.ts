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

/** A general, localised sentence for any failed call. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic');
  if (error.kind === 'network') return t('errors.network');
  if (error.kind === 'invalid-response') return t('errors.contract');
  switch (error.code) {
    case 'invalid_credentials':
      return t('errors.invalidCredentials');
    case 'email_taken':
      return t('errors.emailTaken');
    case 'not_a_guest':
      return t('errors.notAGuest');
    case 'refresh_invalid':
    case 'account_gone':
      return t('errors.sessionEnded');
  }
  if (error.statusCode === 401) return t('errors.sessionEnded');
  if (error.statusCode === 403) return t('errors.forbidden');
  if (error.statusCode === 404) return t('errors.notFound');
  // A conflict is the server explaining why not ("overlaps the hall session 08:00–12:00"): say what it said.
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
  if (error.code === 'email_taken') out.email = t('errors.emailTaken');
  return out;
}
