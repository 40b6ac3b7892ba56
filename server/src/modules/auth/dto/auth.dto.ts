import {
  AuthResponse,
  GuestRequest,
  LoginRequest,
  PasswordResetAnswer,
  PasswordResetConfirm,
  PasswordResetRequest,
  RefreshRequest,
  RegisterRequest,
  RoleChange,
  ResetLink,
  ResetLinkQuery,
  UpgradeRequest,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class GuestDto extends createZodDto(GuestRequest) {}
export class RegisterDto extends createZodDto(RegisterRequest) {}
export class UpgradeDto extends createZodDto(UpgradeRequest) {}
export class LoginDto extends createZodDto(LoginRequest) {}
export class RefreshDto extends createZodDto(RefreshRequest) {}
export class PasswordResetRequestDto extends createZodDto(PasswordResetRequest) {}
export class PasswordResetConfirmDto extends createZodDto(PasswordResetConfirm) {}
export class AuthResponseDto extends createZodDto(AuthResponse) {}
export class RoleChangeDto extends createZodDto(RoleChange) {}
export class PasswordResetAnswerDto extends createZodDto(PasswordResetAnswer) {}
export class ResetLinkQueryDto extends createZodDto(ResetLinkQuery) {}
export class ResetLinkDto extends createZodDto(ResetLink) {}
