import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { ExhibitorApplicationDto, ExhibitorDto } from '../exhibitors/dto/exhibitors.dto';
import { InEvent } from '../memberships';
import { ApplicationService } from './application.service';
import { ApplicationUpdateDto, BackofficeMeDto } from './dto/backoffice.dto';

/**
 * A pesantren's application for a booth (the audition), as the applicant sees it. The reads and the
 * correction name their fair (`?event=<slug>`): a person may be staff of exhibitors in several fairs. They
 * take no `@Roles()`: an exhibitor account that has no exhibitor in the fair yet is a visitor there, and
 * must hear 404 (not applied yet), which the service decides.
 */
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(private readonly application: ApplicationService) {}

  /**
   * A pesantren applies for a booth in the fair its body names (audition). Applying needs an exhibitor
   * account, not a right in the fair (the account holds none there yet), so the account's own role decides.
   */
  @Post('exhibitors')
  @ApiTags('exhibitors')
  @Roles('exhibitor')
  @ApiOkResponse({ type: ExhibitorDto })
  apply(@CurrentUser() caller: Caller, @Body() dto: ExhibitorApplicationDto) {
    return this.application.apply(caller, dto);
  }

  /** The caller's own application in the fair and its status. */
  @Get('exhibitors/me')
  @ApiTags('exhibitors')
  @InEvent.query()
  @ApiOkResponse({ type: ExhibitorDto })
  mine(@CurrentUser() caller: Caller) {
    return this.application.mine(caller);
  }

  @Get('backoffice/me')
  @ApiTags('backoffice')
  @InEvent.query()
  @ApiOkResponse({ type: BackofficeMeDto })
  me(@CurrentUser() caller: Caller) {
    return this.application.me(caller);
  }

  /** Correct a rejected (or pending) application and send it for review again. */
  @Post('backoffice/application')
  @ApiTags('backoffice')
  @HttpCode(200)
  @InEvent.query()
  @ApiOkResponse({ type: BackofficeMeDto })
  resubmit(@CurrentUser() caller: Caller, @Body() dto: ApplicationUpdateDto) {
    return this.application.resubmit(caller, dto);
  }
}
