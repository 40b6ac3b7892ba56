import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { AuditionStageEntity } from './audition-stage.entity';

/**
 * A fair cloned from another gets its audition stages (docs/decisions/0035-fair-gaps.md). A listener, not a
 * step of the clone's transaction, because the events module cannot call this one (this one reads fairs);
 * until it has run the new fair reads the default stages, and running it twice changes nothing.
 */
@Injectable()
export class CopyClonedStages {
  constructor(
    @InjectRepository(AuditionStageEntity) private readonly repo: Repository<AuditionStageEntity>,
  ) {}

  @OnDomainEvent('event.cloned')
  async copy({ eventId, fromEventId }: DomainEventMap['event.cloned']): Promise<void> {
    await this.repo.query(
      `INSERT INTO audition_stage (event_id, key, position, name_id, name_en)
       SELECT $1, key, position, name_id, name_en FROM audition_stage WHERE event_id = $2
       ON CONFLICT DO NOTHING`,
      [eventId, fromEventId],
    );
  }
}
