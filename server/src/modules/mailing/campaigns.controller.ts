import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CampaignDraft } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { MailCampaigns } from './mail-campaigns.service';

class CampaignDraftDto extends createZodDto(CampaignDraft) {}

/** Organisers' mail campaigns: preview, test to oneself, send, and follow the counts. */
@ApiTags('console')
@ApiBearerAuth()
@Roles('organiser')
@Controller('console/mail/campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: MailCampaigns) {}

  @Get()
  list() {
    return this.campaigns.list();
  }

  @Post('preview')
  preview(@Body() dto: CampaignDraftDto) {
    return this.campaigns.preview(dto);
  }

  @Post('test')
  test(@CurrentUser() caller: Caller, @Body() dto: CampaignDraftDto) {
    return this.campaigns.test(caller, dto);
  }

  @Post()
  send(@CurrentUser() caller: Caller, @Body() dto: CampaignDraftDto) {
    return this.campaigns.send(caller, dto);
  }

  @Get(':id')
  show(@Param('id', ParseUUIDPipe) id: string) {
    return this.campaigns.show(id);
  }
}
