import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DealInput, DealUpdate } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser, Public } from '../../common/auth.decorators';
import { DealsService } from './deals.service';
import { InEvent } from '../memberships';

class DealDto extends createZodDto(DealInput) {}
class DealUpdateDto extends createZodDto(DealUpdate) {}

@ApiTags('deals')
@Controller()
export class DealsController {
  constructor(private readonly deals: DealsService) {}

  @Post('deals')
  @ApiBearerAuth()
  record(@CurrentUser() caller: Caller, @Body() dto: DealDto) {
    return this.deals.record(caller, dto as Parameters<DealsService['record']>[1]);
  }

  /** The caller's deals in every fair, or in the one `?event=` names. */
  @Get('deals')
  @InEvent.query('event', { optional: true })
  @ApiBearerAuth()
  mine(@CurrentUser() caller: Caller) {
    return this.deals.mine(caller);
  }

  @Get('deals/:id')
  @InEvent.of('deal')
  @ApiBearerAuth()
  get(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.deals.get(caller, id);
  }

  @Patch('deals/:id')
  @InEvent.of('deal')
  @ApiBearerAuth()
  update(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DealUpdateDto) {
    return this.deals.update(caller, id, dto);
  }

  @Post('deals/:id/confirm')
  @InEvent.of('deal')
  @HttpCode(200)
  @ApiBearerAuth()
  confirm(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.deals.confirm(caller, id);
  }

  /** The fair's headline figure and its breakdown: verified deals only. Public, like the fair's press release. */
  @Public()
  @Get('events/:slug/deals/totals')
  totals(@Param('slug') slug: string) {
    return this.deals.totals(slug);
  }
}
