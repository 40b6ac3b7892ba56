import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AtlasManifest } from '@pameran/contracts';
import { Public } from '../../common/auth.decorators';
import { AtlasService } from './atlas.service';

@ApiTags('hall')
@Controller('events/:slug/atlas')
export class AtlasController {
  constructor(private readonly atlas: AtlasService) {}

  /** The hall's picture atlas pages of an event: per zone, the page's URLs per level and each booth's cell. */
  @Public()
  @Get()
  manifest(@Param('slug') slug: string): Promise<AtlasManifest> {
    return this.atlas.manifest(slug);
  }
}
