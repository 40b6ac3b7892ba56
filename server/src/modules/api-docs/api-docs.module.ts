import { Module } from '@nestjs/common';
import { ApiDocsController } from './api-docs.controller';
import { OpenApiDocument } from './openapi-document';

/** /api/openapi.json (organisers) and the /api/docs viewer; setupApp publishes the document into it. */
@Module({
  controllers: [ApiDocsController],
  providers: [OpenApiDocument],
  exports: [OpenApiDocument],
})
export class ApiDocsModule {}
