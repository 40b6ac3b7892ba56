import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { calendar } from '../events/ical';
import { MeetingsService } from './meetings.service';
import { MatchingPeople } from './read-models/matching-people.read-model';
import { CommonException } from '../../common/common.exception';

const REMINDER_MINUTES = 10;

/**
 * A personal calendar feed of one's meetings. Calendar apps send no bearer token, so the feed URL carries
 * a signed token (HMAC of the user id with the server secret); it reveals only that person's meetings.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly config: AppConfig,
    private readonly meetings: MeetingsService,
    private readonly people: MatchingPeople,
  ) {}

  /** The feed's address (under the API prefix), carrying the signed token. */
  link(userId: string): { path: string } {
    return { path: `/api/me/meetings.ics?feed=${encodeURIComponent(this.token(userId))}` };
  }

  private token(userId: string): string {
    return `${userId}.${this.sign(userId)}`;
  }

  async ics(token: string): Promise<string> {
    const [userId, signature = ''] = token.split('.');
    const expected = Buffer.from(this.sign(userId ?? ''));
    const given = Buffer.from(signature);
    if (!userId || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new CommonException('unauthorized', 'This calendar link is not valid');
    }
    const user = await this.people.account(userId);
    if (!user) throw new CommonException('unauthorized', 'This calendar link is not valid');
    const caller = {
      sub: user.id,
      role: user.role,
      name: user.displayName,
      guest: user.isGuest,
      exhibitorId: user.exhibitorId,
    };
    const meetings = await this.meetings.mine(caller, { includeCancelled: true });
    return calendar(
      `Pameran — ${user.displayName}`,
      meetings.map((m) => {
        const other =
          m.exhibitor.id === user.exhibitorId
            ? m.buyers.map((b) => b.company ?? b.name).join(', ')
            : m.exhibitor.name;
        return {
          uid: `${m.id}@pameran`,
          start: new Date(m.start),
          end: new Date(m.end),
          summary: `Business matching: ${other}`,
          description:
            m.mode === 'online'
              ? 'Online video call — join from “My meetings”.'
              : `On site, table ${m.table ?? '—'}`,
          location: m.mode === 'onsite' ? `Meeting table ${m.table ?? ''}`.trim() : 'Online',
          status: m.status === 'cancelled' ? ('CANCELLED' as const) : ('CONFIRMED' as const),
          alarmMinutes: REMINDER_MINUTES,
        };
      }),
    );
  }

  private sign(userId: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`meetings-feed:${userId}`).digest('base64url');
  }
}
