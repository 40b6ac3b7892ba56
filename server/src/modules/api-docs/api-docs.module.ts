import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships';
import { ApiDocsController } from './api-docs.controller';
import { OpenApiDocument } from './openapi-document';

/** /api/openapi.json (platform admins and fairs' organisers) and the /api/docs viewer; setupApp publishes the document into it. */
@Module({
  imports: [MembershipsModule],
  controllers: [ApiDocsController],
  providers: [OpenApiDocument],
  exports: [OpenApiDocument],
})
export class ApiDocsModule {}
