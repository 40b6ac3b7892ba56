import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { InEvent } from '../memberships';
import { RateLimited } from '../rate-limit';
import { AuthService } from './auth.service';
import {
  AuthResponseDto,
  GuestDto,
  LoginDto,
  PasswordResetAnswerDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  RefreshDto,
  RegisterDto,
  ResetLinkDto,
  ResetLinkQueryDto,
  RoleChangeDto,
  UpgradeDto,
} from './dto/auth.dto';
import { PasswordResetService } from './password-reset.service';
import { Sessions } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
    private readonly sessions: Sessions,
  ) {}

  @Public()
  @Post('guest')
  @RateLimited('guest')
  @ApiOkResponse({ type: AuthResponseDto })
  guest(@Body() dto: GuestDto) {
    return this.auth.guest(dto);
  }

  @Public()
  @Post('register')
  @RateLimited('register')
  @ApiOkResponse({ type: AuthResponseDto })
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  @Public()
  @Post('login')
  @RateLimited('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Public()
  @Post('refresh')
  @RateLimited('session')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @RateLimited('session')
  @HttpCode(204)
  logout(@Body() dto: RefreshDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Post('upgrade')
  @RateLimited('register')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  upgrade(@CurrentUser() caller: Caller, @Body() dto: UpgradeDto) {
    return this.auth.upgrade(caller, dto);
  }

  /** Ends every session of the caller: all access and refresh tokens, and open hall connections. */
  @ApiBearerAuth()
  @Post('sign-out-everywhere')
  @HttpCode(204)
  signOutEverywhere(@CurrentUser() caller: Caller) {
    return this.sessions.signOutEverywhere(caller);
  }

  @Public()
  @Post('password-reset')
  @RateLimited('password_reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PasswordResetAnswerDto, description: 'The same answer for every e-mail' })
  requestReset(@Body() dto: PasswordResetRequestDto) {
    return this.resets.request(dto.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @RateLimited('session')
  @HttpCode(204)
  confirmReset(@Body() dto: PasswordResetConfirmDto) {
    return this.resets.confirm(dto);
  }
}

/**
 * Account administration: a fair's help desk hands over (or mails) a reset link to the accounts in its reach;
 * only a platform admin changes an account's role (rights in a fair are memberships, docs/decisions/0025).
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
@Roles('organiser')
export class AdminUsersController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly sessions: Sessions,
  ) {}

  /** Another role for an account; its current tokens stop at once (it carries on after a refresh). */
  @Post(':id/role')
  @Roles('platform_admin')
  @HttpCode(204)
  changeRole(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RoleChangeDto,
  ) {
    return this.sessions.changeRole(caller, id, dto.role);
  }

  /** `?deliver=mail` mails the link to the user instead of showing it; `?event=` names the desk's fair. */
  @Post(':id/password-reset')
  @InEvent.query()
  @ApiOkResponse({ type: ResetLinkDto })
  resetLink(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ResetLinkQueryDto,
  ) {
    return this.resets.createForUser(caller, id, q.deliver);
  }
}
