import type { z } from 'zod';
import type { RegisterRequest as RegisterSchema, UpgradeRequest as UpgradeSchema } from '@pameran/contracts';

export type { AuthResponse, GuestRequest, LoginRequest } from '@pameran/contracts';
export type { Caller } from '../../common/auth.decorators';
/** Parsed (defaults applied) forms of the request schemas. */
export type RegisterRequest = z.output<typeof RegisterSchema>;
export type UpgradeRequest = z.output<typeof UpgradeSchema>;
