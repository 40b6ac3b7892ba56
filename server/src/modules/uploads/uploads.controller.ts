import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Public } from '../../common/auth.decorators';
import { IMMUTABLE_CACHE } from './upload-urls';
import { UploadsService } from './uploads.service';

@ApiTags('media')
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  /**
   * An uploaded picture at one width. `<key>-<width>` picks WebP when the browser accepts it, else JPEG;
   * `.webp` / `.jpg` ask for one. Names are content-hashed, so the answer is cacheable for a year
   * (and a revalidation with the ETag is a 304). On S3 the bytes are streamed through the app, so pictures
   * keep one origin (docs/decisions/0010-object-storage.md).
   */
  @Public()
  @Get(':name')
  @ApiProduces('image/webp', 'image/jpeg')
  async get(
    @Param('name') name: string,
    @Headers('accept') accept: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ) {
    const file = await this.uploads.picture(name, accept, ifNoneMatch);
    res.setHeader('Cache-Control', IMMUTABLE_CACHE);
    res.setHeader('ETag', file.etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (file.negotiated) res.setHeader('Vary', 'Accept');
    if (!file.body) return void res.status(304).end();
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    // pipeline, not pipe: a visitor who goes away mid-picture also closes the read from disk or S3.
    pipeline(file.body, res).catch(() => res.destroy());
  }
}
