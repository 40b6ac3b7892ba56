import type { ErrorField, UploadErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused upload; names the `file` field unless told otherwise, so forms can show it under the picker. */
export class UploadException extends DomainException<UploadErrorCode> {
  constructor(code: UploadErrorCode, message: string, fields: ErrorField[] = [{ path: 'file', message }]) {
    super(code, message, fields);
  }
}

export const uploadErrors = {
  missing: () => new UploadException('upload_missing', 'Choose a file to upload'),
  tooLarge: (maxBytes: number) =>
    new UploadException(
      'upload_too_large',
      `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
    ),
  type: (accepted: string) => new UploadException('upload_type', `The file's content is not ${accepted}`),
  tooManyPixels: (maxPixels: number) =>
    new UploadException(
      'upload_too_many_pixels',
      `The image has more than ${Math.round(maxPixels / 1e6)} megapixels`,
    ),
  corrupt: () =>
    new UploadException('upload_corrupt', 'The image is damaged or incomplete and cannot be read'),
};
