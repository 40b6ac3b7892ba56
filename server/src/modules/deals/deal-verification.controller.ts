import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DealRejection, DealValueRange } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { DealVerificationService } from './deal-verification.service';
import { InEvent } from '../memberships';

class DealRejectionDto extends createZodDto(DealRejection) {}
class DealValueRangeDto extends createZodDto(DealValueRange) {}

/** The organiser's verification of deals: the queue, the plausible range per fair, verify and reject. */
@ApiTags('deals')
@ApiBearerAuth()
@Controller('admin')
@Roles('organiser')
export class DealVerificationController {
  constructor(private readonly verification: DealVerificationService) {}

  @InEvent.slug()
  @Get('events/:slug/deals/verification')
  queue(@Param('slug') slug: string) {
    return this.verification.queue(slug);
  }

  @InEvent.slug()
  @Put('events/:slug/deals/range')
  setRange(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: DealValueRangeDto) {
    return this.verification.setRange(caller, slug, dto);
  }

  @InEvent.of('deal')
  @Post('deals/:id/verify')
  @HttpCode(200)
  verify(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.verification.verify(caller, id);
  }

  @InEvent.of('deal')
  @Post('deals/:id/reject')
  @HttpCode(200)
  reject(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DealRejectionDto,
  ) {
    return this.verification.reject(caller, id, dto.reason);
  }
}
