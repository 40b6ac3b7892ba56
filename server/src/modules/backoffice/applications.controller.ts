import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { ExhibitorApplicationDto, ExhibitorDto } from '../exhibitors/dto/exhibitors.dto';
import { ApplicationService } from './application.service';

/** A pesantren's application for a booth (the audition), as the applicant sees it. */
@ApiTags('exhibitors')
@ApiBearerAuth()
@Controller('exhibitors')
export class ApplicationsController {
  constructor(private readonly application: ApplicationService) {}

  /** A pesantren applies for a booth (audition). */
  @Post()
  @Roles('exhibitor')
  @ApiOkResponse({ type: ExhibitorDto })
  apply(@CurrentUser() caller: Caller, @Body() dto: ExhibitorApplicationDto) {
    return this.application.apply(caller, dto);
  }

  /** The caller's own application and its status. */
  @Get('me')
  @Roles('exhibitor')
  @ApiOkResponse({ type: ExhibitorDto })
  mine(@CurrentUser() caller: Caller) {
    return this.application.mine(caller);
  }
}
