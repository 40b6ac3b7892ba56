import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { ReturningApplicationDto, ReuseApplicationDto } from './dto/audition.dto';
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
}
