import { Injectable, Logger } from '@nestjs/common';
import { BoothsService } from '../booths/booths.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import { HallBroadcaster } from '../hall/hall.broadcaster';
import { rooms } from '../hall/hall.types';

/**
 * After a booth or its products changed (and the transaction committed): push `booth:changed` to every
 * open hall of the event, on every node, and forget cached catalogue searches on this node.
 */
@Injectable()
export class BoothChanges {
  private readonly logger = new Logger(BoothChanges.name);

  constructor(
    private readonly booths: BoothsService,
    private readonly catalogue: CatalogueService,
    private readonly hall: HallBroadcaster,
  ) {}

  async changed(access: { boothId: string; eventId: string }): Promise<void> {
    this.catalogue.invalidate();
    try {
      const {
        description: _d,
        whatsappNumber: _w,
        contactName: _c,
        products: _p,
        ...booth
      } = await this.booths.get(access.boothId);
      this.hall.send(rooms.event(access.eventId), 'booth:changed', { booth });
    } catch (err) {
      // The change is saved; a missed push only delays what open halls show until their next load.
      this.logger.warn({ err: (err as Error).message, boothId: access.boothId }, 'booth:changed not sent');
    }
  }
}
