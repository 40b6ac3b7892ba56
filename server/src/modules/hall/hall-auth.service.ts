import { Injectable } from '@nestjs/common';
import { HandshakeAuth, type HandshakeErrorCode } from '@pameran/contracts';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Caller } from '../../common/auth.decorators';
import { clientAddress } from '../../common/client-address';
import { AppConfig } from '../../config/app-config';
import { DeviceIds } from '../auth/device-ids';
import { IdentityService } from '../auth/identity.service';
import { UsersService } from '../users/users.service';
import { HallRights } from './hall-rights.service';
import type { HallSocketData } from './hall.types';
import { ResumeTokens } from './resume-token';
import { EventDirectory } from './state/event-directory';
import { HallSanctions } from './state/hall-sanctions';

export class HandshakeError extends Error {
  constructor(
    readonly code: HandshakeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Decides at connect time, before any handler or room join runs, whether a socket may enter the hall:
 * a valid access token at the account's current version, a known event, no ban, and an allowed Origin (a
 * socket without one is a non-browser client). It reads memory only: the token's claims (trusted unless
 * this node knows of a change since it was signed), the events, bans and each fair's memberships kept fresh
 * by domain events on every node; see docs/decisions/0022-handshake-from-memory.md and 0030.
 */
@Injectable()
export class HallAuthService {
  constructor(
    private readonly directory: EventDirectory,
    private readonly sanctions: HallSanctions,
    private readonly identity: IdentityService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly devices: DeviceIds,
    private readonly resumes: ResumeTokens,
    private readonly rights: HallRights,
  ) {}

  async authenticate(auth: unknown, headers: IncomingHttpHeaders, address: string): Promise<HallSocketData> {
    this.checkOrigin(headers);
    const parsed = HandshakeAuth.safeParse(auth);
    if (!parsed.success) throw new HandshakeError('bad_request', 'The handshake needs auth: {token, event}');
    const slug = parsed.data.event;
    const user = await this.caller(parsed.data.token, slug);
    const deviceId = this.devices.verify(parsed.data.device);
    const eventId = await this.directory.eventId(slug);
    if (!eventId) throw new HandshakeError('unknown_event', `There is no event "${slug}"`);
    const ban = this.sanctions.banOf(user.sub, eventId, user.guest ? address : null, deviceId);
    if (ban) throw banned(ban.until);
    const resume = this.resumes.verify(parsed.data.resume, user.sub, eventId);
    const { iat: _iat, company: signed, ...caller } = user;
    // A token signed before it carried the company (the old way, checked against the database anyway).
    const company =
      caller.role !== 'buyer' ? null : signed === undefined ? await this.users.companyOf(caller.sub) : signed;
    // Role and staff booth as this fair's memberships say, not the account's (or the token's) own.
    const seat = await this.rights.seat(caller, caller.role, eventId);
    return {
      ...seat,
      accountRole: caller.role,
      eventId,
      slug,
      company: company ?? undefined,
      address,
      deviceId,
      ...(resume ? { resume } : {}),
    };
  }

  /** The visitor's address by the same trusted-proxy rule as HTTP's `req.ip` (never the load balancer's). */
  clientAddressOf(request: IncomingMessage): string {
    return clientAddress(request, this.config.trustProxy);
  }

  /**
   * Who the token's bearer is now, decided where the HTTP guard decides it (`IdentityService`). A revoked
   * token of someone banned from this fair is refused as `banned`, the reason the person needs to hear.
   */
  private async caller(token: string, slug: string): Promise<Caller> {
    const verdict = await this.identity.authenticateFromToken(token);
    if (verdict.ok) return verdict.caller;
    if (verdict.code === 'unauthorized')
      throw new HandshakeError('unauthorized', 'Your session has expired or the token is invalid');
    const eventId = await this.directory.eventId(slug);
    const ban = eventId && this.sanctions.banOf(verdict.userId, eventId, null, null);
    if (ban) throw banned(ban.until);
    throw new HandshakeError('session_revoked', 'Your access changed; refresh your session or sign in again');
  }

  private checkOrigin(headers: IncomingHttpHeaders): void {
    const origin = headers.origin;
    if (!origin) return;
    const allowed = this.config.publicOrigins;
    const ok = allowed.length ? allowed.includes(origin.replace(/\/$/, '')) : sameHost(origin, headers.host);
    if (!ok) throw new HandshakeError('forbidden_origin', `Origin ${origin} may not connect`);
  }
}

function banned(until: Date | null): HandshakeError {
  const end = until ? ` until ${until.toISOString()}` : '';
  return new HandshakeError('banned', `An organiser has banned you from the hall${end}`);
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
