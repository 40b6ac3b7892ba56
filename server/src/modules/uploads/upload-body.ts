import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileUpload } from './image-file.interceptor';

/** A multipart body with one `file` field of at most `maxBytes`, documented for OpenAPI. */
export const FileBody = (maxBytes: number, description: string) =>
  applyDecorators(
    UseInterceptors(FileUpload(maxBytes)),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description } },
      },
    }),
  );
