import { Injectable } from '@nestjs/common';
import { BoothsService } from '../booths/booths.service';
import { CatalogueService } from '../catalogue/catalogue.service';

/**
 * After a booth or its products changed (and the transaction committed): publish `booth.changed` (the hall
 * pushes it to every open hall of the event, on every node) and forget cached catalogue searches here.
 */
@Injectable()
export class BoothChanges {
  constructor(
    private readonly booths: BoothsService,
    private readonly catalogue: CatalogueService,
  ) {}

  async changed(access: { boothId: string; eventId: string }): Promise<void> {
    this.catalogue.invalidate();
    await this.booths.publishChanged(access.eventId, access.boothId);
  }
}
