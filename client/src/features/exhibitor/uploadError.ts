import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';

const CODES = [
  'upload_missing',
  'upload_too_large',
  'upload_type',
  'upload_too_many_pixels',
  'upload_corrupt',
  'import_type',
  'import_corrupt',
  'import_too_large',
  'import_invalid',
] as const;
type Code = (typeof CODES)[number];

/** A refused upload or import in the reader's language, by the server's error code. */
export function uploadErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error) && (CODES as readonly string[]).includes(error.code ?? ''))
    return t(`backoffice.fileErrors.${error.code as Code}`);
  return errorMessage(error, t);
}
