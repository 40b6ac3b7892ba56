import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { InEvent } from '../memberships';
import {
  ApplicationProductListDto,
  ReturningApplicationDto,
  ReturningCandidateListDto,
  ReuseApplicationDto,
} from './dto/audition.dto';
import { ReturningService } from './returning.service';

/**
 * A returning pesantren applies to a new fair with last fair's profile and products. No `@Roles`: the right
 * is being on the earlier exhibitor's team (owner or staff there), which the service checks against the
 * memberships; in the new fair the caller is nobody yet.
 */
@ApiTags('exhibitors')
@ApiBearerAuth()
@Controller('backoffice/application')
export class ReturningController {
  constructor(private readonly returning: ReturningService) {}

  @Post('reuse')
  @ApiOkResponse({ type: ReturningApplicationDto })
  reuse(@CurrentUser() caller: Caller, @Body() dto: ReuseApplicationDto) {
    return this.returning.reuse(caller, dto);
  }

  /** The caller's exhibitors of earlier fairs, with profile and products, to apply again in `?event=`. */
  @Get('returning')
  @InEvent.query()
  @ApiOkResponse({ type: ReturningCandidateListDto })
  async returningFrom(@CurrentUser() caller: Caller) {
    return { items: await this.returning.candidates(caller) };
  }

  /** The products the caller's application in `?event=` brought, each marked new, changed or same. */
  @Get('products')
  @InEvent.query()
  @ApiOkResponse({ type: ApplicationProductListDto })
  async products(@CurrentUser() caller: Caller) {
    return { items: await this.returning.mine(caller) };
  }
}
