import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth.decorators';
import { UploadsService } from './uploads.service';

@ApiTags('media')
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  /**
   * An uploaded picture at one width. `<key>-<width>` picks WebP when the browser accepts it, else JPEG;
   * `.webp` / `.jpg` ask for one. Names are content-hashed, so the answer is cacheable for a year.
   */
  @Public()
  @Get(':name')
  @ApiProduces('image/webp', 'image/jpeg')
  async get(
    @Param('name') name: string,
    @Headers('accept') accept: string | undefined,
    @Res() res: Response,
  ) {
    const file = await this.uploads.picture(name, accept);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('ETag', file.etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (file.negotiated) res.setHeader('Vary', 'Accept');
    file.body.on('error', () => res.destroy());
    file.body.pipe(res);
  }
}
