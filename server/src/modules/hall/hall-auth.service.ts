import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HandshakeAuth, type HandshakeErrorCode } from '@pameran/contracts';
import type { IncomingHttpHeaders } from 'node:http';
import { DataSource } from 'typeorm';
import { TtlCache } from '../../common/ttl-cache';
import { AppConfig } from '../../config/app-config';
import { TokenService } from '../auth/token.service';
import { ModerationService } from '../moderation/moderation.service';
import type { HallSocketData } from './hall.types';

export class HandshakeError extends Error {
  constructor(
    readonly code: HandshakeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface Profile {
  lead_consent: boolean;
  company: string | null;
  booth_id: string | null;
}

/**
 * Decides at connect time, before any handler or room join runs, whether a socket may enter the hall:
 * a valid access token, a known event, and an allowed Origin (a socket without one is a non-browser client).
 */
@Injectable()
export class HallAuthService {
  private readonly events = new TtlCache<string | null>(60_000, 100);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
    private readonly moderation: ModerationService,
  ) {}

  async authenticate(auth: unknown, headers: IncomingHttpHeaders, address: string): Promise<HallSocketData> {
    this.checkOrigin(headers);
    const parsed = HandshakeAuth.safeParse(auth);
    if (!parsed.success) throw new HandshakeError('bad_request', 'The handshake needs auth: {token, event}');
    const user = this.tokens.verifyAccess(parsed.data.token);
    if (!user) throw new HandshakeError('unauthorized', 'Your session has expired or the token is invalid');
    const eventId = await this.events.get(parsed.data.event, async () => {
      const [row] = await this.db.query<{ id: string }[]>('SELECT id FROM event WHERE slug = $1', [
        parsed.data.event,
      ]);
      return row?.id ?? null;
    });
    if (!eventId) throw new HandshakeError('unknown_event', `There is no event "${parsed.data.event}"`);
    const [profile] = await this.db.query<Profile[]>(
      `SELECT u.lead_consent, bp.company, b.id AS booth_id FROM app_user u
       LEFT JOIN buyer_profile bp ON bp.user_id = u.id
       LEFT JOIN booth b ON b.exhibitor_id = u.exhibitor_id AND b.event_id = $2
       WHERE u.id = $1`,
      [user.sub, eventId],
    );
    if (!profile) throw new HandshakeError('unauthorized', 'This account no longer exists');
    const moderation = await this.moderation.stateOf(user.sub, user.guest ? address : undefined);
    if (moderation.state === 'banned') {
      throw new HandshakeError(
        'banned',
        `An organiser has banned you from the hall${moderation.until ? ` until ${moderation.until}` : ''}`,
      );
    }
    return {
      user,
      eventId,
      slug: parsed.data.event,
      consent: profile.lead_consent,
      company: profile.company ?? undefined,
      staffBoothId: profile.booth_id,
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
