import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CalendarFeedLink, Meeting } from '@pameran/contracts';
import { Repository } from 'typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { calendar } from '../events/ical';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { MeetingsService } from './meetings.service';
import { MatchingPeople } from './read-models/matching-people.read-model';
import { CommonException } from '../../common/common.exception';

const REMINDER_MINUTES = 10;
/** A link works this long after it was issued or rotated; the app then hands out a fresh one. */
export const FEED_LIFETIME_DAYS = 120;

const invalidLink = () => new CommonException('unauthorized', 'This calendar link is not valid');

/**
 * A personal calendar feed of one's meetings. Calendar apps send no bearer token, so the feed URL carries
 * a signed token (HMAC of the user id and the link's version with the server secret); it reveals only
 * that person's meetings. The version and the expiry live in `calendar_feed`: rotating bumps the version,
 * so a link that leaked (a shared screen, a synced calendar on a lost phone) stops working at once.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly config: AppConfig,
    private readonly meetings: MeetingsService,
    private readonly people: MatchingPeople,
  ) {}

  /** The feed's current address (under the API prefix); a new one when the last has expired. */
  async link(userId: string): Promise<CalendarFeedLink> {
    const feed = await this.feeds.findOneBy({ userId });
    if (feed && feed.expiresAt.getTime() > Date.now()) return this.show(feed);
    return this.issue(userId, (feed?.version ?? 0) + 1);
  }

  /** A new address; every earlier one stops working. */
  async rotate(userId: string): Promise<CalendarFeedLink> {
    const feed = await this.feeds.findOneBy({ userId });
    return this.issue(userId, (feed?.version ?? 0) + 1);
  }

  private async issue(userId: string, version: number): Promise<CalendarFeedLink> {
    const expiresAt = new Date(Date.now() + FEED_LIFETIME_DAYS * 86_400_000);
    // Concurrent rotations may land on the same version; either way every earlier link stops working.
    await this.feeds
      .createQueryBuilder()
      .insert()
      .values({ userId, version, expiresAt })
      .orUpdate(['version', 'expires_at'], ['user_id'])
      .execute();
    return this.show({ userId, version, expiresAt });
  }

  private show(feed: Pick<CalendarFeedEntity, 'userId' | 'version' | 'expiresAt'>): CalendarFeedLink {
    const token = `${feed.userId}.${feed.version}.${this.sign(feed.userId, feed.version)}`;
    return {
      path: `/api/me/meetings.ics?feed=${encodeURIComponent(token)}`,
      expiresAt: feed.expiresAt.toISOString(),
    };
  }

  async ics(token: string): Promise<string> {
    const [userId = '', versionText = '', signature = ''] = token.split('.');
    const version = Number(versionText);
    if (!/^[0-9a-f-]{36}$/.test(userId) || !Number.isSafeInteger(version)) throw invalidLink();
    const expected = Buffer.from(this.sign(userId, version));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidLink();
    const feed = await this.feeds.findOneBy({ userId });
    if (!feed || feed.version !== version || feed.expiresAt.getTime() <= Date.now()) throw invalidLink();
    const user = await this.people.account(userId);
    if (!user) throw invalidLink();
    // Every fair's meetings: the person's own, and those of every exhibitor they are staff of.
    const meetings = await this.meetings.mine({ sub: user.id }, { includeCancelled: true });
    const buyerSide = (m: Meeting) => m.buyers.some((b) => b.id === user.id);
    return calendar(
      `Pameran — ${user.displayName}`,
      meetings.map((m) => {
        const other = !buyerSide(m) ? m.buyers.map((b) => b.company ?? b.name).join(', ') : m.exhibitor.name;
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

  private sign(userId: string, version: number): string {
    return createHmac('sha256', this.config.jwtSecret)
      .update(`meetings-feed:${userId}:${version}`)
      .digest('base64url');
  }
}
