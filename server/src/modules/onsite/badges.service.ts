import { Injectable } from '@nestjs/common';
import type { Badge } from '@pameran/contracts';
import QRCode from 'qrcode';
import type { Caller } from '../../common/auth.decorators';
import { forbidden } from '../../common/common.exception';
import { EventsService } from '../events/events.service';
import { ScheduleClock } from '../events/schedule-clock';
import { fairEndsAt } from '../retention/retention-window';
import { UsersService } from '../users/users.service';
import { BadgeTokens } from './badge-tokens';
import { OnsiteException } from './onsite.exception';

/** Who a badge that staff scanned belongs to. */
export interface BadgeHolder {
  userId: string;
}

/**
 * Registered visitors' badges: a signed code per person and fair, shown as a QR on the visitor's badge page.
 * A badge is good until the fair's end (on the schedule's timeline, so the demo's shifted fair too) and
 * while the account's token version is the one it was made with: signing out everywhere, a password reset,
 * a ban or a role change (docs/decisions/0012-token-versions.md) retires every badge printed before.
 */
@Injectable()
export class BadgesService {
  constructor(
    private readonly tokens: BadgeTokens,
    private readonly events: EventsService,
    private readonly clock: ScheduleClock,
    private readonly users: UsersService,
  ) {}

  /** The caller's badge for the fair `slug`; guests have none (a badge names a person). */
  async badgeFor(caller: Caller, slug: string): Promise<Badge> {
    if (caller.guest) throw forbidden('Register to get a badge');
    const event = await this.events.findEntity(slug);
    const [user, identity] = await Promise.all([
      this.users.get(caller.sub),
      this.users.identityOf(caller.sub),
    ]);
    const code = this.tokens.sign(user.id, event.id, identity?.version ?? 0);
    return {
      code,
      svg: await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }),
      name: user.displayName,
      company: user.buyerProfile?.company ?? null,
      expiresAt: this.endsAt(event).toISOString(),
    };
  }

  /** The holder of a badge scanned at a booth of the fair `eventId`, or the reason it is refused. */
  async verify(code: string, eventId: string): Promise<BadgeHolder> {
    const claim = this.tokens.verify(code, eventId);
    if (!claim) {
      const others = (await this.events.all()).filter((e) => e.id !== eventId);
      if (others.some((e) => this.tokens.verify(code, e.id)))
        throw new OnsiteException('badge_other_event', 'This badge belongs to another fair');
      throw new OnsiteException('badge_invalid', 'Not a badge of this fair');
    }
    const event = (await this.events.all()).find((e) => e.id === eventId);
    if (!event || this.clock.now() >= this.endsAt(event))
      throw new OnsiteException('badge_expired', 'The fair this badge was for has ended');
    const identity = await this.users.identityOf(claim.userId);
    if (!identity || identity.guest || (identity.version & 0xffff) !== claim.version)
      throw new OnsiteException('badge_expired', 'This badge was withdrawn');
    return { userId: claim.userId };
  }

  private endsAt(event: { endsOn: string; timeZone: string }): Date {
    return new Date(fairEndsAt(event.endsOn, event.timeZone).getTime() + this.clock.offsetMs);
  }
}
