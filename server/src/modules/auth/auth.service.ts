import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuthResponse,
  Caller,
  GuestRequest,
  LoginRequest,
  RegisterRequest,
  UpgradeRequest,
} from './auth.types';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ACCESS_TTL_SECONDS, randomToken, TokenService } from './token.service';
import { AuthException } from './auth.exception';
import { UserException } from '../users/users.exception';

const invalidCredentials = () => new AuthException('invalid_credentials', 'Email or password is wrong');

/** argon2id with the library's defaults (OWASP's 19 MiB, 2 passes). */
export const hashPassword = (password: string) => hash(password, { algorithm: Algorithm.Argon2id });

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  guest(dto: GuestRequest): Promise<AuthResponse> {
    return this.db.transaction(async (m) => {
      const user = await m.save(
        m.create(UserEntity, {
          displayName: dto.displayName,
          role: 'visitor',
          isGuest: true,
          locale: dto.locale ?? 'id',
        }),
      );
      return this.session(m, user.id);
    });
  }

  register(dto: RegisterRequest): Promise<AuthResponse> {
    return this.db.transaction(async (m) => {
      await this.assertEmailFree(m, dto.email);
      const user = await m.save(
        m.create(UserEntity, {
          email: dto.email,
          passwordHash: await hashPassword(dto.password),
          displayName: dto.displayName,
          role: dto.role,
          isGuest: false,
          locale: dto.locale ?? 'id',
          timeZone: dto.timeZone ?? null,
          leadConsent: dto.leadConsent,
          leadConsentAt: dto.leadConsent ? new Date() : null,
        }),
      );
      if (dto.buyerProfile) await this.users.saveBuyerProfile(m, user.id, dto.buyerProfile);
      return this.session(m, user.id);
    });
  }

  /** A guest becomes an account: same user id, so visits, chats and shortlists stay theirs. */
  upgrade(caller: Caller, dto: UpgradeRequest): Promise<AuthResponse> {
    return this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, {
        where: { id: caller.sub },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new UserException('account_gone', 'This account no longer exists');
      if (!user.isGuest) throw new AuthException('not_a_guest', 'This account is already registered');
      await this.assertEmailFree(m, dto.email);
      await m.update(
        UserEntity,
        { id: user.id },
        {
          email: dto.email,
          passwordHash: await hashPassword(dto.password),
          displayName: dto.displayName ?? user.displayName,
          role: dto.role,
          isGuest: false,
          locale: dto.locale ?? user.locale,
          timeZone: dto.timeZone ?? user.timeZone,
          leadConsent: dto.leadConsent,
          leadConsentAt: dto.leadConsent ? new Date() : null,
        },
      );
      if (dto.buyerProfile) await this.users.saveBuyerProfile(m, user.id, dto.buyerProfile);
      return this.session(m, user.id);
    });
  }

  async login(dto: LoginRequest): Promise<AuthResponse> {
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: dto.email })
      .getOne();
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
    const stored = user?.passwordHash ?? (await dummyHash());
    const ok = await verify(stored, dto.password).catch(() => false);
    if (!user || !user.passwordHash || !ok) throw invalidCredentials();
    return this.db.transaction((m) => this.session(m, user.id));
  }

  async refresh(refreshToken: string): Promise<AuthResponse> {
    // The transaction commits even when the token is refused: a replay's family revocation must stick.
    const session = await this.db.transaction(async (m) => {
      const rotated = await this.tokens.rotate(m, refreshToken);
      return rotated ? this.session(m, rotated.userId, rotated.refreshToken) : null;
    });
    if (!session) {
      throw new AuthException('refresh_invalid', 'Your session has ended; please sign in again');
    }
    return session;
  }

  async logout(refreshToken: string): Promise<void> {
    await this.tokens.revoke(this.db.manager, refreshToken);
  }

  private async session(m: EntityManager, userId: string, refreshToken?: string): Promise<AuthResponse> {
    const user = await this.users.get(userId, m);
    const accessToken = this.tokens.signAccess({
      sub: user.id,
      role: user.role,
      name: user.displayName,
      guest: user.isGuest,
      exhibitorId: user.exhibitorId,
    });
    return {
      accessToken,
      refreshToken: refreshToken ?? (await this.tokens.issueRefresh(m, user.id)),
      expiresIn: ACCESS_TTL_SECONDS,
      user,
    };
  }

  private async assertEmailFree(m: EntityManager, email: string): Promise<void> {
    if (await m.exists(UserEntity, { where: { email } })) {
      throw new AuthException('email_taken', 'An account with this email already exists', [
        { path: 'email', message: 'already registered' },
      ]);
    }
  }
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomToken()));
