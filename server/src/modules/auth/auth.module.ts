import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { RateLimitModule } from '../rate-limit';
import { MailModule } from '../mail';
import { MembershipsModule } from '../memberships';
import { UsersModule } from '../users/users.module';
import { PasswordResetEntity, RefreshTokenEntity } from './auth-token.entity';
import { MailHolderOnReregistration } from './account-notices';
import { AdminUsersController, AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DeviceIds } from './device-ids';
import { PasswordResetService } from './password-reset.service';
import { IdentityRelay } from './identity-relay';
import { IdentityService } from './identity.service';
import { Sessions } from './sessions.service';
import { TokenService } from './token.service';

@Module({
  imports: [
    UsersModule,
    MailModule,
    MembershipsModule,
    TypeOrmModule.forFeature([RefreshTokenEntity, PasswordResetEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // One key object for the life of the process: given the secret as a string, jsonwebtoken makes a key
        // on every sign and verify, first trying to read it as a PEM public key and throwing; that was 29 % of
        // a node's CPU in a 10,000-socket connect storm (docs/benchmarks.md, "The opening bell").
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { issuer: 'pameran' },
          verifyOptions: { issuer: 'pameran' },
        };
      },
    }),
    RateLimitModule,
  ],
  controllers: [AuthController, AdminUsersController],
  providers: [
    AuthService,
    TokenService,
    PasswordResetService,
    DeviceIds,
    IdentityService,
    IdentityRelay,
    Sessions,
    MailHolderOnReregistration,
  ],
  exports: [MembershipsModule, TokenService, AuthService, DeviceIds, IdentityService, Sessions],
})
export class AuthModule {}
