import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth.decorators';
import { BoothListCache } from './booth-list.cache';
import { BoothsService } from './booths.service';
import { BoothDetailDto, BoothListDto, BoothQueryDto } from './dto/booths.dto';

@ApiTags('fair')
@Controller()
export class BoothsController {
  constructor(
    private readonly booths: BoothsService,
    private readonly lists: BoothListCache,
  ) {}

  /**
   * All booths of the event (the hall loads up to 1,000 at once), with live visitor counts (at most
   * `BOOTH_LIST_TTL_MS` old). Sent as encoded once for everyone: gzipped when the client accepts it.
   */
  @Public()
  @Get('events/:slug/booths')
  @ApiOkResponse({ type: BoothListDto })
  async list(
    @Param('slug') slug: string,
    @Query() query: BoothQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const list = await this.lists.get(slug, query);
    res.setHeader('Vary', 'Accept-Encoding');
    const zipped = req.acceptsEncodings('gzip') === 'gzip';
    // Already encoded: the compression middleware leaves a response with a Content-Encoding alone.
    if (zipped) res.setHeader('Content-Encoding', 'gzip');
    const body = zipped ? list.gzip : list.json;
    return new StreamableFile(body, { type: 'application/json; charset=utf-8', length: body.length });
  }

  @Public()
  @Get('booths/:id')
  @ApiOkResponse({ type: BoothDetailDto })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.booths.get(id);
  }
}
