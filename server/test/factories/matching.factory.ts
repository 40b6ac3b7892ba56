import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenService } from '../../src/modules/auth/token.service';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../../src/modules/events/event.entity';
import { BuyerProfileEntity, UserEntity } from '../../src/modules/users/user.entity';
import type { TestApp } from '../support/create-app';
import { FairFactory } from './fair.factory';
import { grantMemberships, type TestUser, type TestUserFields } from './user.factory';

const MINUTE = 60_000;

/** Fixtures for business matching: a matching block, exhibitors with staff, buyers (fast: no password hashing). */
export class MatchingFactory {
  /** A business-matching block starting at the next whole hour after `fromNow` minutes, `slots` × 20 min long. */
  static async block(db: DataSource, event: EventEntity, opts: { inMinutes?: number; slots?: number } = {}) {
    const start = Math.ceil((Date.now() + (opts.inMinutes ?? 60) * MINUTE) / (60 * MINUTE)) * 60 * MINUTE;
    const day = await db.getRepository(EventDayEntity).findOneByOrFail({ eventId: event.id });
    const block = await db.getRepository(ScheduleSessionEntity).save({
      eventId: event.id,
      dayId: day.id,
      kind: 'matching',
      titleId: 'Temu bisnis',
      titleEn: 'Business matching',
      startsAt: new Date(start),
      endsAt: new Date(start + (opts.slots ?? 12) * 20 * MINUTE),
    });
    const slot = (i: number) => new Date(start + i * 20 * MINUTE).toISOString();
    return { block, slot };
  }

  /** An approved exhibitor with a booth, two products and one staff account (token included). */
  static async exhibitor(
    t: TestApp,
    eventId: string,
    opts: { slot?: number; category?: 'makanan' | 'minuman' } = {},
  ) {
    const { exhibitor, booth, products } = await FairFactory.booth(t.db, eventId, {
      slot: opts.slot ?? 0,
      category: opts.category,
    });
    const staff = await this.person(t, 'exhibitor', { exhibitorId: exhibitor.id });
    return { exhibitor, booth, products, staff };
  }

  static async buyer(t: TestApp, country = 'MY', dto: TestUserFields = {}) {
    const person = await this.person(t, 'buyer', dto);
    await t.db.getRepository(BuyerProfileEntity).save({
      userId: person.user.id,
      type: 'buyer',
      company: `Company ${person.user.displayName}`,
      country,
    });
    return person;
  }

  /** A meeting the buyer and the exhibitor held two hours ago (written directly: no slots needed). */
  static async heldMeeting(db: DataSource, eventId: string, exhibitorId: string, buyerId: string) {
    const [request] = await db.query(
      `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
       VALUES ($1, $2, $3, 'accepted', now() + interval '1 day') RETURNING id`,
      [eventId, exhibitorId, buyerId],
    );
    const startsAt = new Date(Date.now() - 2 * 60 * MINUTE);
    const endsAt = new Date(startsAt.getTime() + 20 * MINUTE);
    const [meeting] = await db.query(
      `INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
       VALUES ($1, $2, $3, $4, $5, 'online', 'held') RETURNING id`,
      [eventId, request.id, exhibitorId, startsAt, endsAt],
    );
    await db.query(
      `INSERT INTO meeting_participant (meeting_id, user_id, side, starts_at, ends_at)
       VALUES ($1, $2, 'buyer', $3, $4)`,
      [meeting.id, buyerId, startsAt, endsAt],
    );
    return meeting.id as string;
  }

  /** An account of `role` and its token; `exhibitorId` makes it staff of that exhibitor (a membership). */
  static async person(t: TestApp, role: UserEntity['role'], dto: TestUserFields = {}) {
    const id = randomUUID().slice(0, 8);
    const { exhibitorId = null, memberships: _memberships, ...fields } = dto;
    const saved = await t.db.getRepository(UserEntity).save({
      email: `${role}-${id}@example.test`,
      passwordHash: null,
      displayName: `${role} ${id}`,
      role,
      isGuest: false,
      ...fields,
    });
    const user: TestUser = Object.assign(saved, { exhibitorId });
    await grantMemberships(t.db, user);
    const token = t.app.get(TokenService).signAccess({
      sub: user.id,
      role: user.role,
      name: user.displayName,
      guest: false,
    });
    return { user, token };
  }
}
