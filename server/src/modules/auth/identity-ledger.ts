import type { AccessClaims } from '@pameran/contracts';

/**
 * What this node knows changed about people within an access token's lifetime, so that a token signed
 * after every change it could have missed is trusted as signed, without reading the account
 * (docs/decisions/0022-handshake-from-memory.md).
 *
 * It holds every token version above 0 and, for each person whose access changed in the last
 * `lifetimeMs`, when this node learnt of it. It is loaded once (rows changed since `loadedAt -
 * lifetimeMs`: any token older than that has expired) and then kept by `note` from the identity events,
 * here and relayed from other nodes. Until loaded it trusts nothing.
 */
export class IdentityLedger {
  private readonly versions = new Map<string, number>();
  private changed = new Map<string, number>();
  /** Tokens signed before this are not trusted (Infinity until loaded). */
  private trustFrom = Infinity;
  private nextPrune = 0;

  constructor(
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Where a load must start: changes after this can concern a token that has not expired. */
  since(): Date {
    return new Date(this.now() - this.lifetimeMs);
  }

  /** The rows `UsersService.identitiesChangedSince(since)` returned; from now on tokens may be trusted. */
  load(rows: { id: string; version: number; changedAt: Date }[], since: Date): void {
    for (const r of rows) {
      if (r.version > 0) this.versions.set(r.id, Math.max(r.version, this.versions.get(r.id) ?? 0));
      this.mark(r.id, r.changedAt.getTime());
    }
    this.trustFrom = since.getTime();
  }

  /** A person's access changed (their version is now `version` when the event says so). */
  note(userId: string, version?: number): void {
    if (version !== undefined && version > (this.versions.get(userId) ?? 0))
      this.versions.set(userId, version);
    this.mark(userId, this.now());
  }

  /** The version the database holds now (read on a slow path); never moves a known version back. */
  learn(userId: string, version: number): void {
    if (version > (this.versions.get(userId) ?? 0)) this.versions.set(userId, version);
  }

  /**
   * True when the token's claims are the person's current ones: it carries the hall's claims, was signed
   * after the ledger's start and after the person's last change, and at their current version.
   */
  trusts(claims: AccessClaims): boolean {
    if (claims.company === undefined || claims.iat === undefined) return false;
    const signed = claims.iat * 1000;
    if (signed < this.trustFrom) return false;
    if (claims.ver !== (this.versions.get(claims.sub) ?? 0)) return false;
    const changed = this.changed.get(claims.sub);
    // iat is whole seconds: a token of the same second as the change may be older than it.
    return changed === undefined || signed > changed;
  }

  private mark(userId: string, at: number): void {
    if (at > (this.changed.get(userId) ?? -Infinity)) this.changed.set(userId, at);
    if (this.now() >= this.nextPrune) this.prune();
  }

  /** Changes older than a token's lifetime concern only expired tokens. */
  private prune(): void {
    const horizon = this.now() - this.lifetimeMs;
    for (const [id, at] of this.changed) if (at < horizon) this.changed.delete(id);
    this.nextPrune = this.now() + this.lifetimeMs / 4;
  }
}
