import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { FileUpload } from './image-file.interceptor';

/** Marks a route that reads a file body, so a spec can check that every such route is guarded first. */
export const FILE_BODY = 'uploads:file-body';

/**
 * A multipart body with one `file` field of at most `maxBytes`, documented for OpenAPI. The body is read
 * by an interceptor, which Nest runs after the guards: who may upload (role and ownership) must be decided
 * by a guard, never in the handler, or a refused caller's body is buffered first.
 */
export const FileBody = (maxBytes: number, description: string) =>
  applyDecorators(
    SetMetadata(FILE_BODY, maxBytes),
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
