import { Injectable } from '@nestjs/common';
import type {
  AuthResponse,
  Caller,
  GuestRequest,
  LoginRequest,
  RegisterRequest,
  UpgradeRequest,
} from './auth.types';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { UnitOfWork, type Tx } from '../../domain';
import { UsersService } from '../users/users.service';
import { ACCESS_TTL_SECONDS, randomToken, TokenService } from './token.service';
import { AuthException } from './auth.exception';
import { DeviceIds } from './device-ids';
import { PasswordResetEntity, RefreshTokenEntity } from './auth-token.entity';

const invalidCredentials = () => new AuthException('invalid_credentials', 'Email or password is wrong');

/** argon2id with the library's defaults (OWASP's 19 MiB, 2 passes). */
export const hashPassword = (password: string) => hash(password, { algorithm: Algorithm.Argon2id });

@Injectable()
export class AuthService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly devices: DeviceIds,
  ) {}

  guest(dto: GuestRequest): Promise<AuthResponse> {
    return this.uow.run(async (tx) => {
      const id = await this.users.create(
        { displayName: dto.displayName, role: 'visitor', isGuest: true, locale: dto.locale ?? 'id' },
        tx,
      );
      return { ...(await this.session(tx, id)), device: this.devices.keep(dto.device) };
    });
  }

  async register(dto: RegisterRequest): Promise<AuthResponse> {
    const passwordHash = await hashPassword(dto.password);
    return this.uow.run(async (tx) => {
      const id = await this.users.create(
        {
          email: dto.email,
          passwordHash,
          displayName: dto.displayName,
          role: dto.role,
          isGuest: false,
          locale: dto.locale ?? 'id',
          timeZone: dto.timeZone ?? null,
          leadConsent: dto.leadConsent,
          buyerProfile: dto.buyerProfile,
        },
        tx,
      );
      return this.session(tx, id);
    });
  }

  /** A guest becomes an account: same user id, so visits, chats and shortlists stay theirs. */
  async upgrade(caller: Caller, dto: UpgradeRequest): Promise<AuthResponse> {
    const passwordHash = await hashPassword(dto.password);
    return this.uow.run(async (tx) => {
      await this.users.upgradeGuest(
        caller.sub,
        {
          email: dto.email,
          passwordHash,
          displayName: dto.displayName,
          role: dto.role,
          locale: dto.locale,
          timeZone: dto.timeZone,
          leadConsent: dto.leadConsent,
          buyerProfile: dto.buyerProfile,
        },
        tx,
      );
      return this.session(tx, caller.sub);
    });
  }

  async login(dto: LoginRequest): Promise<AuthResponse> {
    const candidates = await this.users.credentials(dto.email);
    // Verify against a dummy hash when the address is unknown, so timing does not reveal which emails exist.
    if (candidates.length === 0) await verify(await dummyHash(), dto.password).catch(() => false);
    for (const user of candidates) {
      if (user.passwordHash && (await verify(user.passwordHash, dto.password).catch(() => false)))
        return this.uow.run((tx) => this.session(tx, user.id));
    }
    throw invalidCredentials();
  }

  async refresh(refreshToken: string): Promise<AuthResponse> {
    // The transaction commits even when the token is refused: a replay's family revocation must stick.
    const session = await this.uow.run(async (tx) => {
      const rotated = await this.tokens.rotate(tx.manager, refreshToken);
      return rotated ? this.session(tx, rotated.userId, rotated.refreshToken) : null;
    });
    if (!session) {
      throw new AuthException('refresh_invalid', 'Your session has ended; please sign in again');
    }
    return session;
  }

  async logout(refreshToken: string): Promise<void> {
    await this.uow.run((tx) => this.tokens.revoke(tx.manager, refreshToken));
  }

  /** Erasure: the person's refresh tokens and password-reset links are deleted, not only revoked. */
  async forget(userId: string, tx: Tx): Promise<void> {
    await tx.manager.delete(RefreshTokenEntity, { userId });
    await tx.manager.delete(PasswordResetEntity, { userId });
  }

  private async session(tx: Tx, userId: string, refreshToken?: string): Promise<AuthResponse> {
    const user = await this.users.get(userId, tx);
    const accessToken = this.tokens.signAccess({
      sub: user.id,
      role: user.role,
      name: user.displayName,
      guest: user.isGuest,
      ver: (await this.users.identityOf(user.id, tx))?.version ?? 0,
      company: user.buyerProfile?.company ?? null,
    });
    return {
      accessToken,
      refreshToken: refreshToken ?? (await this.tokens.issueRefresh(tx.manager, user.id)),
      expiresIn: ACCESS_TTL_SECONDS,
      user,
    };
  }
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomToken()));
