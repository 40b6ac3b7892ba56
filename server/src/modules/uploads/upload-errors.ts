import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/domain.exception';

export type UploadErrorCode =
  'upload_missing' | 'upload_too_large' | 'upload_type' | 'upload_too_many_pixels' | 'upload_corrupt';

/** A refused upload; always names the `file` field so forms can show it under the picker. */
export class UploadException extends DomainException<UploadErrorCode> {
  constructor(code: UploadErrorCode, message: string, status: HttpStatus) {
    super(code, message, status, [{ path: 'file', message }]);
  }
}

export const uploadErrors = {
  missing: () => new UploadException('upload_missing', 'Choose a file to upload', HttpStatus.BAD_REQUEST),
  tooLarge: (maxBytes: number) =>
    new UploadException(
      'upload_too_large',
      `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
      HttpStatus.PAYLOAD_TOO_LARGE,
    ),
  type: (accepted: string) =>
    new UploadException(
      'upload_type',
      `The file's content is not ${accepted}`,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    ),
  tooManyPixels: (maxPixels: number) =>
    new UploadException(
      'upload_too_many_pixels',
      `The image has more than ${Math.round(maxPixels / 1e6)} megapixels`,
      HttpStatus.UNPROCESSABLE_ENTITY,
    ),
  corrupt: () =>
    new UploadException(
      'upload_corrupt',
      'The image is damaged or incomplete and cannot be read',
      HttpStatus.UNPROCESSABLE_ENTITY,
    ),
};
