import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Announcement, Role } from '@pameran/contracts';
import { MoreThan, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { UnitOfWork } from '../../domain';
import { AnnouncementEntity, Audience } from './announcement.entity';

const toDto = (a: AnnouncementEntity): Announcement => ({ id: a.id, text: a.text, audience: a.audience });

/** Which roles an audience reaches (organisers see everything they send). */
const AUDIENCE_ROLES: Record<Audience, Role[] | 'all'> = {
  everyone: 'all',
  exhibitors: ['exhibitor', 'organiser'],
  buyers: ['buyer', 'organiser'],
};

@Injectable()
export class AnnouncementsService {
  constructor(
    @InjectRepository(AnnouncementEntity) private readonly announcements: Repository<AnnouncementEntity>,
    private readonly events: EventsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Store, then publish: the hall pushes it to every connected client of the audience on every node. */
  async announce(
    actor: Caller,
    slug: string,
    dto: { text: string; audience: Audience; minutes: number },
  ): Promise<Announcement> {
    const event = await this.events.findEntity(slug);
    const saved = await this.uow.run(async ({ manager: m, publish }) => {
      const row = await m.save(
        m.create(AnnouncementEntity, {
          eventId: event.id,
          text: dto.text,
          audience: dto.audience,
          createdBy: actor.sub,
          expiresAt: new Date(Date.now() + dto.minutes * 60_000),
        }),
      );
      await this.audit.record(
        actor,
        { action: 'announcement.create', entityType: 'announcement', entityId: row.id, after: toDto(row) },
        m,
      );
      publish('announcement.published', {
        eventId: event.id,
        audience: AUDIENCE_ROLES[dto.audience],
        announcement: toDto(row),
      });
      return row;
    });
    return toDto(saved);
  }

  /**
   * Announcements still current that reach this role, oldest first (for those who connect later, and those
   * who reconnect after a deploy): the newest 20, so one published while a visitor was moving between
   * nodes is never the one cut off.
   */
  async currentFor(eventId: string, role: Role): Promise<Announcement[]> {
    return (await this.currentUntil(eventId, role)).list;
  }

  /** `currentFor`, with the moment the answer changes by itself (its first announcement expires). */
  async currentUntil(eventId: string, role: Role): Promise<{ list: Announcement[]; until: Date | null }> {
    const rows = await this.announcements.find({
      where: { eventId, expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    // Any of the newest 20 expiring changes the answer (an older one may move into the 20).
    const until = rows.reduce<Date | null>((min, a) => (!min || a.expiresAt < min ? a.expiresAt : min), null);
    const shown = rows.reverse().filter((a) => reaches(a.audience, role));
    return { list: shown.map(toDto), until };
  }
}

export function reaches(audience: Audience, role: Role): boolean {
  const roles = AUDIENCE_ROLES[audience];
  return roles === 'all' || roles.includes(role);
}
