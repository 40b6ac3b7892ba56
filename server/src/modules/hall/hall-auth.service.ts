import { Injectable } from '@nestjs/common';
import { HandshakeAuth, type HandshakeErrorCode } from '@pameran/contracts';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Caller } from '../../common/auth.decorators';
import { clientAddress } from '../../common/client-address';
import { AppConfig } from '../../config/app-config';
import { DeviceIds } from '../auth/device-ids';
import { IdentityService } from '../auth/identity.service';
import type { HallSocketData } from './hall.types';
import { HandshakeReadModel } from './read-models/handshake.read-model';
import { ResumeTokens } from './resume-token';

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
 * a valid access token at the account's current version, a known event, and an allowed Origin (a socket
 * without one is a non-browser client).
 */
@Injectable()
export class HallAuthService {
  constructor(
    private readonly facts: HandshakeReadModel,
    private readonly identity: IdentityService,
    private readonly config: AppConfig,
    private readonly devices: DeviceIds,
    private readonly resumes: ResumeTokens,
  ) {}

  async authenticate(auth: unknown, headers: IncomingHttpHeaders, address: string): Promise<HallSocketData> {
    this.checkOrigin(headers);
    const parsed = HandshakeAuth.safeParse(auth);
    if (!parsed.success) throw new HandshakeError('bad_request', 'The handshake needs auth: {token, event}');
    const user = await this.caller(parsed.data.token, parsed.data.event);
    const slug = parsed.data.event;
    const deviceId = this.devices.verify(parsed.data.device);
    const facts = await this.facts.lookup(user.sub, slug, user.guest ? address : null, deviceId);
    if (!facts.eventId) throw new HandshakeError('unknown_event', `There is no event "${slug}"`);
    if (!facts.userExists) throw new HandshakeError('unauthorized', 'This account no longer exists');
    if (facts.ban) throw banned(facts.ban.until);
    const resume = this.resumes.verify(parsed.data.resume, user.sub, facts.eventId);
    return {
      user,
      eventId: facts.eventId,
      slug,
      company: facts.company ?? undefined,
      staffBoothId: facts.staffBoothId,
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
   * token of someone banned is refused as `banned`, the reason the person needs to hear.
   */
  private async caller(token: string, slug: string): Promise<Caller> {
    const verdict = await this.identity.authenticate(token);
    if (verdict.ok) return verdict.caller;
    if (verdict.code === 'unauthorized')
      throw new HandshakeError('unauthorized', 'Your session has expired or the token is invalid');
    const { ban } = await this.facts.lookup(verdict.userId, slug, null, null);
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
