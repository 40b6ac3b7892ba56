import { MailHolderOnReregistration } from './account-notices';
import { Mailer } from './mailer';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { UsersModule } from '../users/users.module';
import { PasswordResetEntity, RefreshTokenEntity } from './auth-token.entity';
import { AdminUsersController, AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { TokenService } from './token.service';

@Module({
  imports: [
    UsersModule,
    TypeOrmModule.forFeature([RefreshTokenEntity, PasswordResetEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { issuer: 'pameran' },
        verifyOptions: { issuer: 'pameran' },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.get('AUTH_RATE_LIMIT_PER_MIN') }],
    }),
  ],
  controllers: [AuthController, AdminUsersController],
  providers: [AuthService, TokenService, PasswordResetService, Mailer, MailHolderOnReregistration],
  exports: [TokenService],
})
export class AuthModule {}
