import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type {
  BuyerProfileInput,
  Locale,
  Role,
  UpdateMeRequest,
  User,
  WorkingHours,
} from '@pameran/contracts';
import { EntityManager, Repository } from 'typeorm';
import { UnitOfWork, type Tx } from '../../domain';
import { BuyerProfileEntity, UserEntity } from './user.entity';
import { UserException } from './users.exception';
import { conflict, notFound } from '../../common/common.exception';

/** Accounts tried at sign-in for one address: bounds the password checks one attempt costs. */
const MAX_SIGN_IN_CANDIDATES = 3;

export function toUserDto(user: UserEntity, profile: BuyerProfileEntity | null | undefined): User {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email ?? user.pendingEmail,
    role: user.role,
    isGuest: user.isGuest,
    locale: user.locale,
    timeZone: user.timeZone,
    leadConsent: user.leadConsent,
    directoryListed: user.directoryListed,
    buyerProfile: profile
      ? {
          type: profile.type,
          company: profile.company,
          country: profile.country,
          jobTitle: profile.jobTitle,
          interests: profile.interests,
          categories: profile.categories,
          productsSought: profile.productsSought,
          monthlyVolume: profile.monthlyVolume ?? undefined,
          targetMarkets: profile.targetMarkets,
          certifications: profile.certifications,
          languages: profile.languages,
        }
      : null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** What an account or guest is created with; the password arrives hashed (hashing is the auth module's). */
export interface NewUser {
  displayName: string;
  role: Role;
  isGuest: boolean;
  locale: Locale;
  email?: string;
  passwordHash?: string;
  timeZone?: string | null;
  leadConsent?: boolean;
  buyerProfile?: BuyerProfileInput;
}

/** What a guest gives to become a registered account (same id); unset fields keep the guest's values. */
export type GuestUpgrade = Required<Pick<NewUser, 'email' | 'passwordHash' | 'role' | 'leadConsent'>> &
  Partial<Pick<NewUser, 'displayName' | 'locale' | 'timeZone' | 'buyerProfile'>>;

/** The facts that decide what a person may do right now (see `IdentityService` in the auth module). */
export interface Identity {
  version: number;
  role: Role;
  guest: boolean;
}

const accountGone = () => new UserException('account_gone', 'This account no longer exists');

/** Accounts, guests and buyer profiles: the only code that reads or writes `app_user` and `buyer_profile`. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly uow: UnitOfWork,
  ) {}

  async get(id: string, tx?: Tx): Promise<User> {
    const user = await this.find(id, tx);
    if (!user) throw accountGone();
    return user;
  }

  /** The user, or null when there is no such account. */
  async find(id: string, tx?: Tx): Promise<User | null> {
    const m = this.manager(tx);
    const user = await m.findOne(UserEntity, { where: { id } });
    return user && toUserDto(user, await m.findOne(BuyerProfileEntity, { where: { userId: id } }));
  }

  async findByEmail(email: string): Promise<User | null> {
    const user = await this.users.findOne({ where: { email } });
    return user && this.find(user.id);
  }

  /**
   * The stored password hashes that sign in with this email: the account holding the address first, then
   * the newest few accounts registered with it while it was held (`pendingEmail`).
   */
  async credentials(email: string): Promise<{ id: string; passwordHash: string | null }[]> {
    const users = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email OR u.pending_email = :email', { email })
      .orderBy('u.email IS NULL')
      .addOrderBy('u.created_at', 'DESC')
      .take(MAX_SIGN_IN_CANDIDATES)
      .getMany();
    return users.map((u) => ({ id: u.id, passwordHash: u.passwordHash }));
  }

  /** A new account or guest (with the buyer's profile when given); its id. */
  create(input: NewUser, tx?: Tx): Promise<string> {
    return this.uow.within(tx, async (unit) => {
      const m = unit.manager;
      const { buyerProfile, ...fields } = input;
      const held = input.email ? await this.holds(unit, input.email) : false;
      const user = await m.save(
        m.create(UserEntity, {
          ...fields,
          ...(held && { email: null, pendingEmail: input.email }),
          leadConsentAt: input.leadConsent ? new Date() : null,
        }),
      );
      if (buyerProfile) await this.saveBuyerProfile(m, user.id, buyerProfile);
      return user.id;
    });
  }

  /** A guest becomes an account: same user id, so visits, chats and shortlists stay theirs. */
  upgradeGuest(id: string, input: GuestUpgrade, tx?: Tx): Promise<void> {
    return this.uow.within(tx, async (unit) => {
      const { manager: m, publish } = unit;
      const user = await m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw accountGone();
      if (!user.isGuest) throw new UserException('not_a_guest', 'This account is already registered');
      const held = await this.holds(unit, input.email);
      await m.update(
        UserEntity,
        { id },
        {
          email: held ? null : input.email,
          pendingEmail: held ? input.email : null,
          passwordHash: input.passwordHash,
          displayName: input.displayName ?? user.displayName,
          role: input.role,
          isGuest: false,
          locale: input.locale ?? user.locale,
          timeZone: input.timeZone ?? user.timeZone,
          leadConsent: input.leadConsent,
          leadConsentAt: input.leadConsent ? new Date() : null,
        },
      );
      if (input.buyerProfile) await this.saveBuyerProfile(m, id, input.buyerProfile);
      publish('identity.changed', { userId: id });
    });
  }

  async setPasswordHash(id: string, passwordHash: string, tx?: Tx): Promise<void> {
    await this.manager(tx).update(UserEntity, { id }, { passwordHash });
  }

  async update(id: string, dto: UpdateMeRequest): Promise<User> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const user = await m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User');
      if (dto.buyerProfile && user.role !== 'buyer') {
        throw new UserException('not_a_buyer', 'Only buyer accounts have a buyer profile', [
          { path: 'buyerProfile', message: 'only buyer accounts have a buyer profile' },
        ]);
      }
      const consentChanged = dto.leadConsent !== undefined && dto.leadConsent !== user.leadConsent;
      const listingChanged =
        dto.directoryListed !== undefined && dto.directoryListed !== user.directoryListed;
      if (listingChanged && dto.directoryListed && user.role !== 'buyer')
        throw new UserException('not_a_buyer', 'Only buyers can be listed in the buyer directory');
      await m.update(
        UserEntity,
        { id },
        {
          ...(dto.displayName !== undefined && { displayName: dto.displayName }),
          ...(dto.locale !== undefined && { locale: dto.locale }),
          ...(dto.timeZone !== undefined && { timeZone: dto.timeZone }),
          ...(consentChanged && {
            leadConsent: dto.leadConsent,
            leadConsentAt: dto.leadConsent ? new Date() : null,
          }),
          ...(listingChanged && {
            directoryListed: dto.directoryListed,
            directoryListedAt: dto.directoryListed ? new Date() : null,
          }),
        },
      );
      if (dto.buyerProfile) await this.saveBuyerProfile(m, id, dto.buyerProfile);
      if (consentChanged)
        tx.publish('user.lead_consent_changed', { userId: id, consent: dto.leadConsent === true });
      return this.get(id, tx);
    });
  }

  /** The account as its owner's data export shows it: what `GET /users/me` shows, and when consent was given. */
  async profile(id: string): Promise<User & { leadConsentAt: string | null }> {
    const user = await this.get(id);
    const row = await this.users.findOneOrFail({ where: { id }, select: { id: true, leadConsentAt: true } });
    return { ...user, leadConsentAt: row.leadConsentAt?.toISOString() ?? null };
  }

  /**
   * Erasure, inside the caller's unit: the row stays as a tombstone so the deals, meetings and chat others
   * keep still name someone (shown as a deleted account), but everything that identifies the person goes:
   * email (free to register again), password, name, time zone, working hours, consent, team membership.
   * The buyer profile keeps only its type and country, which the fair's reports count by.
   */
  async tombstone(id: string, tx: Tx): Promise<void> {
    const m = tx.manager;
    const user = await m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound('User');
    await m.update(
      UserEntity,
      { id },
      {
        email: null,
        pendingEmail: null,
        passwordHash: null,
        displayName: '',
        timeZone: null,
        workingHours: null,
        leadConsent: false,
        leadConsentAt: null,
        directoryListed: false,
        directoryListedAt: null,
        deletedAt: new Date(),
      },
    );
    const blank = { company: '', jobTitle: null, interests: [], productsSought: [], languages: [] };
    await m.update(BuyerProfileEntity, { userId: id }, blank);
  }

  /** A person's daily working hours (auto-scheduling of business meetings respects them). */
  async setWorkingHours(
    id: string,
    workingHours: WorkingHours | null,
  ): Promise<{ workingHours: WorkingHours | null }> {
    await this.users.update({ id }, { workingHours });
    return { workingHours };
  }

  /**
   * Moves a user into an exhibitor's team or out of it, inside the caller's unit: the user's row is locked
   * first (so two team changes of one person are decided one after the other), then `decide` sees it as it
   * is now (null when the account is gone), does the change (the memberships are the team) and either
   * refuses by throwing or answers the account's new role (undefined: it stays). Used by the application (the
   * applicant becomes its owner) and the back office's staff invitations and removals. Announces
   * `identity.changed`; a removal also ends the person's sessions (the back office does that).
   */
  async changeTeam(
    userId: string,
    tx: Tx,
    decide: (user: UserEntity | null) => Promise<Role | undefined>,
  ): Promise<void> {
    const manager = tx.manager;
    const user = await manager.findOne(UserEntity, {
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    const role = await decide(user);
    if (role && user) await manager.update(UserEntity, { id: userId }, { role });
    tx.publish('identity.changed', { userId });
  }

  /**
   * An organiser gives an account another role. A member of an exhibitor's team (`onTeam`, asked once the
   * row is locked) changes through the back office (staff removal) instead. The caller ends the person's
   * sessions (`Sessions.changeRole`).
   */
  async changeRole(
    userId: string,
    role: Role,
    tx: Tx,
    onTeam: () => Promise<boolean>,
  ): Promise<{ before: Role }> {
    const user = await tx.manager.findOne(UserEntity, {
      where: { id: userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user || user.isGuest) throw notFound('Registered user');
    if (await onTeam())
      throw conflict('This account belongs to an exhibitor; remove it from the staff instead');
    if (user.role === role) throw conflict(`This account already has the ${role} role`);
    await tx.manager.update(UserEntity, { id: userId }, { role });
    return { before: user.role };
  }

  /**
   * What decides a person's access now: their token version, role and guest flag; null when the account is
   * gone. Their rights in a fair are their memberships of it, read per request (`EventScopes`).
   */
  async identityOf(id: string, tx?: Tx): Promise<Identity | null> {
    const user = await this.manager(tx).findOne(UserEntity, {
      where: { id },
      select: { id: true, tokenVersion: true, role: true, isGuest: true },
    });
    return user && { version: user.tokenVersion, role: user.role, guest: user.isGuest };
  }

  /** A buyer's company (null: no buyer profile), for tokens signed before they carried it. */
  async companyOf(id: string): Promise<string | null> {
    const profile = await this.users.manager.findOne(BuyerProfileEntity, {
      where: { userId: id },
      select: { userId: true, company: true },
    });
    return profile?.company ?? null;
  }

  /**
   * People an access token signed after `since` may be out of date about: everyone whose token version
   * moved on (with it), and everyone whose row changed (or was erased) after `since`. The hall's handshake
   * keeps these in memory (docs/decisions/0022-handshake-from-memory.md).
   */
  async identitiesChangedSince(since: Date): Promise<{ id: string; version: number; changedAt: Date }[]> {
    const rows = await this.users
      .createQueryBuilder('u')
      .withDeleted()
      .select(['u.id', 'u.tokenVersion', 'u.updatedAt', 'u.deletedAt'])
      .where('u.token_version > 0 OR u.updated_at > :since OR u.deleted_at > :since', { since })
      .getMany();
    return rows.map((u) => ({
      id: u.id,
      version: u.tokenVersion,
      changedAt: u.deletedAt && u.deletedAt > u.updatedAt ? u.deletedAt : u.updatedAt,
    }));
  }

  /** Moves the person's token version on (every older access token is refused); returns the new version. */
  async bumpTokenVersion(id: string, tx: Tx): Promise<number> {
    const result = await tx.manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id })
      .returning('token_version')
      .execute();
    const [row] = result.raw as { token_version: number }[];
    if (!row) throw accountGone();
    return row.token_version;
  }

  private async saveBuyerProfile(m: EntityManager, userId: string, input: BuyerProfileInput): Promise<void> {
    await m.upsert(
      BuyerProfileEntity,
      { userId, ...input, jobTitle: input.jobTitle ?? null, interests: input.interests ?? [] },
      ['userId'],
    );
  }

  /**
   * Whether another account holds this address; if so its holder is told by mail (after commit) and the
   * caller registers the address as pending instead of refusing, so registering answers the same either way.
   */
  private async holds(tx: Tx, email: string): Promise<boolean> {
    const holder = await tx.manager.findOne(UserEntity, { where: { email }, select: { id: true } });
    if (holder)
      tx.publish('user.email_reregistered', { holderId: holder.id, email, attemptId: randomUUID() });
    return holder !== null;
  }

  private manager(tx: Tx | undefined): EntityManager {
    return tx?.manager ?? this.users.manager;
  }
}
