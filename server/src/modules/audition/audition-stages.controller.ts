import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { InEvent } from '../memberships';
import { AuditionStageListDto } from './dto/audition.dto';
import { AuditionStages } from './audition-stages.service';

/** A fair's audition stages, as its organisers set them (docs/decisions/0035-fair-gaps.md). */
@ApiTags('console')
@ApiBearerAuth()
@Controller('admin/events/:slug/audition/stages')
@Roles('organiser')
@InEvent.slug()
export class AuditionStagesController {
  constructor(private readonly stages: AuditionStages) {}

  @Get()
  @ApiOkResponse({ type: AuditionStageListDto })
  async list(@CurrentUser() caller: Caller) {
    return { items: await this.stages.list(caller.eventId!) };
  }

  /** Replace the fair's stages, in order (stages already decided at keep their keys and order). */
  @Put()
  @ApiOkResponse({ type: AuditionStageListDto })
  replace(@CurrentUser() caller: Caller, @Body() dto: AuditionStageListDto) {
    return this.stages.replace(caller, caller.eventId!, dto);
  }
}
