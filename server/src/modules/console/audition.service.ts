import { Injectable } from '@nestjs/common';
import type {
  BulkDecision,
  BulkDecisionResult,
  Exhibitor,
  ExhibitorAdminQuery,
  List,
} from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { DomainException } from '../../common/domain.exception';
import { BoothsService } from '../booths/booths.service';
import { ExhibitorsService } from '../exhibitors/exhibitors.service';

/**
 * The organisers' audition of applications. Approving is the exhibitors module's rule and placing the booth
 * the booths module's; the console joins them in one transaction, then open halls are told of the booth.
 */
@Injectable()
export class AuditionService {
  constructor(
    private readonly exhibitors: ExhibitorsService,
    private readonly booths: BoothsService,
  ) {}

  list(query: ExhibitorAdminQuery): Promise<List<Exhibitor>> {
    return this.exhibitors.list(query);
  }

  /** Approve and place the booth in the first free slot of its category's zone; open halls see it at once. */
  async approve(actor: Caller, id: string): Promise<Exhibitor> {
    const after = await this.exhibitors.approve(actor, id, (e, tx) => this.booths.place(e, tx));
    await this.booths.publishChanged(after.eventId, after.boothId!);
    return after;
  }

  reject(actor: Caller, id: string, reason: string): Promise<Exhibitor> {
    return this.exhibitors.reject(actor, id, reason);
  }

  /** Approve or reject many applications; each one on its own, so one refusal does not undo the rest. */
  async bulk(actor: Caller, dto: BulkDecision): Promise<BulkDecisionResult> {
    const results: BulkDecisionResult['results'] = [];
    for (const id of new Set(dto.ids)) {
      try {
        const exhibitor =
          dto.action === 'approve'
            ? await this.approve(actor, id)
            : await this.reject(actor, id, dto.reason ?? '');
        results.push({ id, ok: true, exhibitor });
      } catch (err) {
        const code = err instanceof DomainException ? err.code : 'failed';
        results.push({ id, ok: false, error: { code, message: (err as Error).message } });
      }
    }
    return { results };
  }
}
