import { Injectable } from '@nestjs/common';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { AtlasService } from './atlas.service';

/** A booth's name, logo or products changed: its zone's atlas page is drawn again (debounced). */
@Injectable()
export class RedrawAtlasOnBoothChange {
  constructor(private readonly atlas: AtlasService) {}

  @OnDomainEvent('booth.changed')
  redraw({ eventId, booth }: DomainEventMap['booth.changed']): void {
    this.atlas.schedule(eventId, booth.category);
  }
}
