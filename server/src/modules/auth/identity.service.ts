import { Injectable } from '@nestjs/common';
import type { AccessClaims } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { UsersService, type Identity } from '../users/users.service';
import { IdentityLedger } from './identity-ledger';
import { ACCESS_TTL_SECONDS, TokenService } from './token.service';

/** How long a node trusts what it read about a person when no event told it otherwise. */
export const IDENTITY_TTL_MS = 5_000;
/** Bounds the memory of a node with very many people: the oldest entries go first. */
const MAX_ENTRIES = 50_000;

/** An access token's verdict: the caller as they are now, or why not. */
export type Authenticated =
  | { ok: true; caller: Caller }
  | { ok: false; code: 'unauthorized' }
  /** A genuine token signed before the person's access changed; `userId` is whom it names. */
  | { ok: false; code: 'session_revoked'; userId: string };

/**
 * The one place that decides who a token's bearer is, for the HTTP guard and the hall's handshake: the
 * token must be valid and signed at the account's current token version, and the caller's role and guest
 * flag are the account's current ones (not the token's), so rights never outlive a change. What the caller
 * is in a fair (organiser, an exhibitor's staff) is read from their memberships once a route names the fair
 * (`EventScopes.callerIn`).
 *
 * What it reads is cached per node for `IDENTITY_TTL_MS` and forgotten at once when `identity.revoked`,
 * `identity.changed` or `account.erased` is published here or, through `IdentityRelay`, on another node.
 * A read that started before a change and ends after it is not cached (the epoch moved), so a stale
 * version cannot stick.
 * See docs/decisions/0012-token-versions.md.
 */
@Injectable()
export class IdentityService {
  private readonly cache = new Map<string, { identity: Identity | null; expires: number }>();
  private epoch = 0;
  /** Whose tokens may be out of date (the hall's handshake trusts the others as signed). */
  private readonly ledger = new IdentityLedger(ACCESS_TTL_SECONDS * 1000);

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async authenticate(token: string): Promise<Authenticated> {
    const claims = this.tokens.verifyAccess(token);
    if (!claims) return { ok: false, code: 'unauthorized' };
    return this.check(claims);
  }

  /**
   * The hall handshake's verdict: a token the ledger trusts is taken as signed, with no database read;
   * any other (signed before a change this node knows of, or without the hall's claims) is checked as
   * `authenticate` checks it. See docs/decisions/0022-handshake-from-memory.md.
   */
  async authenticateFromToken(token: string): Promise<Authenticated> {
    const claims = this.tokens.verifyAccess(token);
    if (!claims) return { ok: false, code: 'unauthorized' };
    if (!this.ledger.trusts(claims)) return this.check(claims);
    const { ver: _ver, ...caller } = claims;
    return { ok: true, caller };
  }

  /** Load what changed within a token's lifetime; called once the relay listens, so nothing falls between. */
  async loadLedger(): Promise<void> {
    const since = this.ledger.since();
    this.ledger.load(await this.users.identitiesChangedSince(since), since);
  }

  private async check(claims: AccessClaims): Promise<Authenticated> {
    const now = await this.current(claims.sub);
    if (!now) return { ok: false, code: 'unauthorized' };
    if (claims.ver !== now.version) return { ok: false, code: 'session_revoked', userId: claims.sub };
    return {
      ok: true,
      caller: { ...claims, role: now.role, guest: now.guest },
    };
  }

  /** The person's token version, role and guest flag as this node knows them (null: no such account). */
  async current(userId: string): Promise<Identity | null> {
    const hit = this.cache.get(userId);
    if (hit && hit.expires > Date.now()) return hit.identity;
    const epoch = this.epoch;
    const identity = await this.users.identityOf(userId);
    if (epoch === this.epoch) {
      this.remember(userId, identity);
      if (identity) this.ledger.learn(userId, identity.version);
    }
    return identity;
  }

  /** Drop what this node knows about the person (their access changed, here or on another node). */
  forget(userId: string, version?: number): void {
    this.cache.delete(userId);
    this.ledger.note(userId, version);
    this.epoch += 1;
  }

  @OnDomainEvent('identity.revoked')
  forgetRevoked({ userId, version }: DomainEventMap['identity.revoked']): void {
    this.forget(userId, version);
  }

  @OnDomainEvent('identity.changed')
  forgetChanged({ userId }: DomainEventMap['identity.changed']): void {
    this.forget(userId);
  }

  @OnDomainEvent('account.erased')
  forgetErased({ userId }: DomainEventMap['account.erased']): void {
    this.forget(userId);
  }

  private remember(userId: string, identity: Identity | null): void {
    this.cache.delete(userId);
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(userId, { identity, expires: Date.now() + IDENTITY_TTL_MS });
  }
}
