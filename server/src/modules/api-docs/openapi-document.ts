import { Injectable } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The generated OpenAPI description. It can only be built from the whole application (setupApp does it
 * once every module is loaded), so it is handed in here for the docs route to serve.
 */
@Injectable()
export class OpenApiDocument {
  private document?: OpenAPIObject;

  publish(document: OpenAPIObject): void {
    this.document = document;
  }

  get(): OpenAPIObject {
    if (!this.document) throw new Error('The OpenAPI description is built in setupApp before listening');
    return this.document;
  }
}
