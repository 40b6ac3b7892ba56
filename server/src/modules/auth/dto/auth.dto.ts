import {
  AuthResponse,
  GuestRequest,
  LoginRequest,
  PasswordResetConfirm,
  PasswordResetRequest,
  RefreshRequest,
  RegisterRequest,
  RoleChange,
  UpgradeRequest,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class GuestDto extends createZodDto(GuestRequest) {}
export class RegisterDto extends createZodDto(RegisterRequest) {}
export class UpgradeDto extends createZodDto(UpgradeRequest) {}
export class LoginDto extends createZodDto(LoginRequest) {}
export class RefreshDto extends createZodDto(RefreshRequest) {}
export class PasswordResetRequestDto extends createZodDto(PasswordResetRequest) {}
export class PasswordResetConfirmDto extends createZodDto(PasswordResetConfirm) {}
export class AuthResponseDto extends createZodDto(AuthResponse) {}
export class ResetLinkDto extends createZodDto(z.object({ url: z.string(), expiresAt: z.iso.datetime() })) {}
export class RoleChangeDto extends createZodDto(RoleChange) {}
