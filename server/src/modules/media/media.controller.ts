import { Controller, Get, Headers, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth.decorators';
import { MediaService, Picture } from './media.service';

@ApiTags('media')
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Public()
  @Get('exhibitors/:id/logo.svg')
  @ApiProduces('image/svg+xml')
  async logo(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-none-match') etag: string | undefined,
    @Res() res: Response,
  ) {
    send(res, await this.media.logo(id), etag);
  }

  @Public()
  @Get('products/:id.svg')
  @ApiProduces('image/svg+xml')
  async product(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-none-match') etag: string | undefined,
    @Res() res: Response,
  ) {
    send(res, await this.media.product(id), etag);
  }
}

function send(res: Response, picture: Picture, ifNoneMatch: string | undefined): void {
  res.setHeader('ETag', picture.etag);
  res.setHeader('Cache-Control', 'public, max-age=3600, stale-while-revalidate=86400');
  // The SVG is ours, but it may carry user text: forbid scripts if someone opens it directly.
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  if (ifNoneMatch === picture.etag) {
    res.status(304).end();
    return;
  }
  res.type('image/svg+xml').send(picture.body);
}
