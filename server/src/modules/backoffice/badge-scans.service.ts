import { Injectable, Logger } from '@nestjs/common';
import type { BadgeScanRequest, LeadItem } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { LeadsService } from '../leads/leads.service';
import { BadgesService } from '../onsite/badges.service';
import type { BoothAccess } from './booth-access.service';
import { LeadsViewService } from './leads-view.service';

/**
 * A badge scanned at a booth becomes that booth's lead: the onsite module says whose badge it is (or why it
 * is refused), the leads module records it, and the staff member gets back the lead as the leads list shows
 * it, with the visitor's name, so they see whom they scanned.
 */
@Injectable()
export class BadgeScans {
  private readonly logger = new Logger(BadgeScans.name);

  constructor(
    private readonly badges: BadgesService,
    private readonly leads: LeadsService,
    private readonly view: LeadsViewService,
  ) {}

  async record(booth: BoothAccess, caller: Caller, dto: BadgeScanRequest): Promise<LeadItem> {
    const holder = await this.badges.verify(dto.code, booth.eventId);
    const id = await this.leads.recordBadgeScan(
      { boothId: booth.boothId, eventId: booth.eventId },
      holder.userId,
      dto.note || null,
      dto.score ?? null,
    );
    this.logger.log({ boothId: booth.boothId, by: caller.sub, leadId: id }, 'badge scanned');
    return this.view.one(booth, id);
  }
}
