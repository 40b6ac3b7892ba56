import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CampaignDraft, FairQuery } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { MailCampaigns } from './mail-campaigns.service';
import { fairOf, InEvent } from '../memberships';

class CampaignDraftDto extends createZodDto(CampaignDraft) {}
class FairQueryDto extends createZodDto(FairQuery) {}

/** A fair's mail campaigns (`?event=`): preview, test to oneself, send, and follow the counts. */
@ApiTags('console')
@ApiBearerAuth()
@Roles('organiser')
@Controller('console/mail/campaigns')
@InEvent.query()
export class CampaignsController {
  constructor(private readonly campaigns: MailCampaigns) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() _fair: FairQueryDto) {
    return this.campaigns.list(fairOf(caller));
  }

  @Post('preview')
  preview(@CurrentUser() caller: Caller, @Query() _fair: FairQueryDto, @Body() dto: CampaignDraftDto) {
    return this.campaigns.preview(fairOf(caller), dto);
  }

  @Post('test')
  test(@CurrentUser() caller: Caller, @Query() _fair: FairQueryDto, @Body() dto: CampaignDraftDto) {
    return this.campaigns.test(caller, dto);
  }

  @Post()
  send(@CurrentUser() caller: Caller, @Query() _fair: FairQueryDto, @Body() dto: CampaignDraftDto) {
    return this.campaigns.send(caller, dto);
  }

  /** One campaign, in the fair it was sent in. */
  @Get(':id')
  @InEvent.of('mail_campaign')
  show(@Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.show(id);
  }
}
