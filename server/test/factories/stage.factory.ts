import { DataSource } from 'typeorm';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../../src/modules/events/event.entity';
import { StageSpeakerEntity } from '../../src/modules/video/video.entities';

const MINUTE = 60_000;

/** Stage sessions for specs: live now unless told otherwise, with the given speakers. */
export class StageFactory {
  static async session(
    db: DataSource,
    event: EventEntity,
    opts: { startsInMinutes?: number; minutes?: number; speakerIds?: string[] } = {},
  ): Promise<ScheduleSessionEntity> {
    const day = await db.getRepository(EventDayEntity).findOneByOrFail({ eventId: event.id });
    const startsAt = new Date(Date.now() + (opts.startsInMinutes ?? -5) * MINUTE);
    const session = await db.getRepository(ScheduleSessionEntity).save({
      eventId: event.id,
      dayId: day.id,
      kind: 'stage',
      titleId: 'Bincang panggung',
      titleEn: 'Stage talk',
      startsAt,
      endsAt: new Date(startsAt.getTime() + (opts.minutes ?? 60) * MINUTE),
    });
    for (const userId of opts.speakerIds ?? [])
      await db.getRepository(StageSpeakerEntity).insert({ sessionId: session.id, userId });
    return session;
  }
}
