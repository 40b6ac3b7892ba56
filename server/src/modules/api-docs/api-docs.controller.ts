import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { dirname, join } from 'node:path';
import { Public } from '../../common/auth.decorators';
import { PlatformStaff } from '../memberships';
import { DOCS_INIT_SCRIPT, DOCS_PAGE, SWAGGER_UI_FILES, type SwaggerUiFile } from './docs-page';
import { OpenApiDocument } from './openapi-document';

const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));

/**
 * The API's description is for platform admins and organisers of a fair (their memberships): it maps every admin
 * route and field, which is a visitor's map for probing. The viewer page and its script are public and
 * generic; they show nothing until an organiser's session loads the description.
 */
@ApiExcludeController()
@Controller()
export class ApiDocsController {
  constructor(private readonly document: OpenApiDocument) {}

  @PlatformStaff()
  @Get('openapi.json')
  openapi() {
    return this.document.get();
  }

  @Public()
  @Get('docs')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  page() {
    return DOCS_PAGE;
  }

  @Public()
  @Get('docs/init.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  init() {
    return DOCS_INIT_SCRIPT;
  }

  /** Only the two files the page uses, from the installed swagger-ui-dist. */
  @Public()
  @Get('docs/ui/:file')
  ui(@Param('file') file: string, @Res() res: Response) {
    if (!Object.hasOwn(SWAGGER_UI_FILES, file)) throw new NotFoundException();
    res.type(SWAGGER_UI_FILES[file as SwaggerUiFile]);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.sendFile(join(SWAGGER_UI_DIR, file));
  }
}
