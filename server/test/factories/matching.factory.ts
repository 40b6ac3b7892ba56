import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenService } from '../../src/modules/auth/token.service';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../../src/modules/events/event.entity';
import { BuyerProfileEntity, UserEntity } from '../../src/modules/users/user.entity';
import type { TestApp } from '../support/create-app';
import { FairFactory } from './fair.factory';

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

  static async buyer(t: TestApp, country = 'MY', dto: Partial<UserEntity> = {}) {
    const person = await this.person(t, 'buyer', dto);
    await t.db
      .getRepository(BuyerProfileEntity)
      .save({
        userId: person.user.id,
        type: 'buyer',
        company: `Company ${person.user.displayName}`,
        country,
      });
    return person;
  }

  static async person(t: TestApp, role: UserEntity['role'], dto: Partial<UserEntity> = {}) {
    const id = randomUUID().slice(0, 8);
    const user = await t.db.getRepository(UserEntity).save({
      email: `${role}-${id}@example.test`,
      passwordHash: null,
      displayName: `${role} ${id}`,
      role,
      isGuest: false,
      ...dto,
    });
    const token = t.app.get(TokenService).signAccess({
      sub: user.id,
      role: user.role,
      name: user.displayName,
      guest: false,
      exhibitorId: user.exhibitorId ?? null,
    });
    return { user, token };
  }
}
