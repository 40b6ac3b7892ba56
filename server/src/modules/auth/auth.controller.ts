import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { publicOriginOf } from '../../common/origin';
import { AppConfig } from '../../config/app-config';
import { RateLimited } from '../rate-limit';
import { AuthService } from './auth.service';
import {
  AuthResponseDto,
  GuestDto,
  LoginDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  RefreshDto,
  RegisterDto,
  ResetLinkDto,
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
    private readonly config: AppConfig,
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
  requestReset(@Body() dto: PasswordResetRequestDto, @Req() req: Request) {
    return this.resets.request(dto.email, publicOriginOf(req, this.config));
  }

  @Public()
  @Post('password-reset/confirm')
  @RateLimited('session')
  @HttpCode(204)
  confirmReset(@Body() dto: PasswordResetConfirmDto) {
    return this.resets.confirm(dto);
  }
}

/** The organiser's help-desk path for users without mail. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
@Roles('organiser')
export class AdminUsersController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly sessions: Sessions,
    private readonly config: AppConfig,
  ) {}

  /** Another role for an account; its current tokens stop at once (it carries on after a refresh). */
  @Post(':id/role')
  @HttpCode(204)
  changeRole(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RoleChangeDto,
  ) {
    return this.sessions.changeRole(caller, id, dto.role);
  }

  @Post(':id/password-reset')
  @ApiOkResponse({ type: ResetLinkDto })
  resetLink(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Req() req: Request) {
    return this.resets.createForUser(caller, id, publicOriginOf(req, this.config));
  }
}
