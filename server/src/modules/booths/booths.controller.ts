import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth.decorators';
import { BoothsService } from './booths.service';
import { BoothDetailDto, BoothListDto, BoothQueryDto } from './dto/booths.dto';

@ApiTags('fair')
@Controller()
export class BoothsController {
  constructor(private readonly booths: BoothsService) {}

  /** All booths of the event (the hall loads up to 1,000 at once), with live visitor counts. */
  @Public()
  @Get('events/:slug/booths')
  @ApiOkResponse({ type: BoothListDto })
  list(@Param('slug') slug: string, @Query() query: BoothQueryDto) {
    return this.booths.list(slug, query);
  }

  @Public()
  @Get('booths/:id')
  @ApiOkResponse({ type: BoothDetailDto })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.booths.get(id);
  }
}
