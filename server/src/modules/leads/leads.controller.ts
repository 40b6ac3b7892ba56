import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Public } from '../../common/auth.decorators';
import { RateLimited } from '../rate-limit';
import { WhatsappLeadDto, WhatsappLeadResponseDto } from './dto/leads.dto';
import { LeadsService } from './leads.service';

@ApiTags('fair')
@Controller('leads')
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  /** "WhatsApp" on a product or booth: records the lead and returns the wa.me link. */
  @Public()
  @Post('whatsapp')
  @RateLimited('lead_click')
  @HttpCode(200)
  @ApiOkResponse({ type: WhatsappLeadResponseDto })
  whatsapp(
    @Body() dto: WhatsappLeadDto,
    @CurrentUser() caller: Caller | undefined,
    @Headers('accept-language') lang?: string,
  ) {
    return this.leads.whatsapp(dto, caller?.sub ?? null, lang?.toLowerCase().startsWith('en') ? 'en' : 'id');
  }
}
