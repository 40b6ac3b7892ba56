import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { InEvent } from '../memberships';
import {
  AddOrganiserDto,
  CloneFairDto,
  EventSettingsDto,
  FairOrganisersDto,
  FairSettingsDto,
  FairStatusChangeDto,
  UpdateFairDto,
} from './dto/events.dto';
import { EventsService } from './events.service';
import { FairCloneService } from './fair-clone.service';
import { FairOrganisersService } from './fair-organisers.service';
import { FairsService } from './fairs.service';

/** A fair as its organisers run it: its fields, its life, its organisers, its copy for next year. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/events/:slug')
@Roles('organiser')
@InEvent.slug()
export class EventSettingsController {
  constructor(
    private readonly events: EventsService,
    private readonly fairs: FairsService,
    private readonly organisers: FairOrganisersService,
    private readonly cloning: FairCloneService,
  ) {}

  @Get()
  @ApiOkResponse({ type: FairSettingsDto })
  get(@Param('slug') slug: string) {
    return this.fairs.settings(slug);
  }

  /** Names, descriptions, dates, zone, categories offered, hall size, matching settings. */
  @Patch()
  @ApiOkResponse({ type: FairSettingsDto })
  update(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: UpdateFairDto) {
    return this.fairs.update(caller, slug, dto);
  }

  /** Move the fair along `draft → registration → published → live → closed → archived`. */
  @Post('status')
  @HttpCode(200)
  @ApiOkResponse({ type: FairSettingsDto })
  status(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: FairStatusChangeDto) {
    return this.fairs.changeStatus(caller, slug, dto.to);
  }

  @Get('organisers')
  @ApiOkResponse({ type: FairOrganisersDto })
  listOrganisers(@Param('slug') slug: string) {
    return this.organisers.list(slug);
  }

  /** Name a co-organiser by the e-mail of their account. */
  @Post('organisers')
  @HttpCode(200)
  @ApiOkResponse({ type: FairOrganisersDto })
  addOrganiser(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: AddOrganiserDto) {
    return this.organisers.add(caller, slug, dto.email);
  }

  @Delete('organisers/:userId')
  @ApiOkResponse({ type: FairOrganisersDto })
  removeOrganiser(
    @CurrentUser() caller: Caller,
    @Param('slug') slug: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ) {
    return this.organisers.remove(caller, slug, userId);
  }

  /** A new draft fair with this one's structure; an archived fair can be cloned (it is only read). */
  @Post('clone')
  @InEvent.slug('slug', { readsOnly: true })
  @ApiOkResponse({ type: FairSettingsDto })
  clone(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: CloneFairDto) {
    return this.cloning.clone(caller, slug, dto);
  }

  /** Live settings of the hall, e.g. limiting booth chat to registered users. */
  @Patch('settings')
  @HttpCode(200)
  settings(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: EventSettingsDto) {
    return this.events.updateSettings(caller, slug, dto);
  }
}
