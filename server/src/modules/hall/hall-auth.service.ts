import { Injectable } from '@nestjs/common';
import { HandshakeAuth, type HandshakeErrorCode } from '@pameran/contracts';
import type { IncomingHttpHeaders } from 'node:http';
import { AppConfig } from '../../config/app-config';
import { TokenService } from '../auth/token.service';
import type { HallSocketData } from './hall.types';
import { HandshakeReadModel } from './read-models/handshake.read-model';

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
 * a valid access token, a known event, and an allowed Origin (a socket without one is a non-browser client).
 */
@Injectable()
export class HallAuthService {
  constructor(
    private readonly facts: HandshakeReadModel,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async authenticate(auth: unknown, headers: IncomingHttpHeaders, address: string): Promise<HallSocketData> {
    this.checkOrigin(headers);
    const parsed = HandshakeAuth.safeParse(auth);
    if (!parsed.success) throw new HandshakeError('bad_request', 'The handshake needs auth: {token, event}');
    const user = this.tokens.verifyAccess(parsed.data.token);
    if (!user) throw new HandshakeError('unauthorized', 'Your session has expired or the token is invalid');
    const slug = parsed.data.event;
    const facts = await this.facts.lookup(user.sub, slug, user.guest ? address : null);
    if (!facts.eventId) throw new HandshakeError('unknown_event', `There is no event "${slug}"`);
    if (!facts.userExists) throw new HandshakeError('unauthorized', 'This account no longer exists');
    if (facts.ban) {
      const until = facts.ban.until ? ` until ${facts.ban.until.toISOString()}` : '';
      throw new HandshakeError('banned', `An organiser has banned you from the hall${until}`);
    }
    return {
      user,
      eventId: facts.eventId,
      slug,
      company: facts.company ?? undefined,
      staffBoothId: facts.staffBoothId,
      address,
    };
  }

  private checkOrigin(headers: IncomingHttpHeaders): void {
    const origin = headers.origin;
    if (!origin) return;
    const allowed = this.config.publicOrigins;
    const ok = allowed.length ? allowed.includes(origin.replace(/\/$/, '')) : sameHost(origin, headers.host);
    if (!ok) throw new HandshakeError('forbidden_origin', `Origin ${origin} may not connect`);
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
