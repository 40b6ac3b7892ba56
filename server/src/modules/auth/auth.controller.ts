import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
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
  UpgradeDto,
} from './dto/auth.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
@ApiTooManyRequestsResponse({ description: 'Too many attempts from this address (AUTH_RATE_LIMIT_PER_MIN)' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Post('guest')
  @ApiOkResponse({ type: AuthResponseDto })
  guest(@Body() dto: GuestDto) {
    return this.auth.guest(dto);
  }

  @Public()
  @Post('register')
  @ApiOkResponse({ type: AuthResponseDto })
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Body() dto: RefreshDto) {
    return this.auth.logout(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Post('upgrade')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponseDto })
  upgrade(@CurrentUser() caller: Caller, @Body() dto: UpgradeDto) {
    return this.auth.upgrade(caller, dto);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PasswordResetAnswerDto, description: 'The same answer for every e-mail' })
  requestReset(@Body() dto: PasswordResetRequestDto) {
    return this.resets.request(dto.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  confirmReset(@Body() dto: PasswordResetConfirmDto) {
    return this.resets.confirm(dto);
  }
}

/** The organiser's help desk: a reset link to hand over, or mailed to the user. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
@Roles('organiser')
export class AdminUsersController {
  constructor(private readonly resets: PasswordResetService) {}

  /** `?deliver=mail` mails the link to the user instead of showing it. */
  @Post(':id/password-reset')
  @ApiOkResponse({ type: ResetLinkDto })
  resetLink(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ResetLinkQueryDto,
  ) {
    return this.resets.createForUser(caller, id, q.deliver);
  }
}
