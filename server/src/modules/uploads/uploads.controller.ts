import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth.decorators';
import { UploadsService } from './uploads.service';
import { notFound } from '../../common/common.exception';

const NAME = /^([0-9a-f]{24})-(\d{2,4})(?:\.(webp|jpg))?$/;

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
    const m = NAME.exec(name);
    if (!m) throw notFound('Picture');
    const negotiated = !m[3];
    const ext = m[3] ?? (accept?.includes('image/webp') ? 'webp' : 'jpg');
    const file = await this.uploads.open(`${m[1]}-${m[2]}.${ext}`);
    if (!file) throw notFound('Picture');
    res.setHeader('Content-Type', ext === 'webp' ? 'image/webp' : 'image/jpeg');
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('ETag', `"${m[1]}-${m[2]}-${ext}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (negotiated) res.setHeader('Vary', 'Accept');
    file.body.on('error', () => res.destroy());
    file.body.pipe(res);
  }
}
