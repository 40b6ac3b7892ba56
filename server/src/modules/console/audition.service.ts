import { Injectable } from '@nestjs/common';
import type {
  ApplicationProduct,
  AuditionApplication,
  AuditionStage,
  BulkDecision,
  BulkDecisionResult,
  Exhibitor,
  ExhibitorAdminQuery,
  List,
  ReviewRequest,
} from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { notFound } from '../../common/common.exception';
import { DomainException } from '../../common/domain.exception';
import type { Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { AuditionStages } from '../audition/audition-stages.service';
import { ReturningService } from '../audition/returning.service';
import { BoothsService } from '../booths/booths.service';
import { ExhibitorsService } from '../exhibitors/exhibitors.service';

/** Where and why an organiser decides: the stage they saw the application at, and their note. */
interface At {
  stage?: AuditionStage;
  note?: string;
}

/**
 * The organisers' audition of applications, in stages (docs/decisions/0028-audition-stages.md). Approving
 * is the exhibitors module's rule, placing the booth the booths module's and carrying a returning
 * pesantren's products over the audition module's; the console joins them in one transaction, then open
 * halls are told of the booth. Every decision is for the caller's fair (`caller.eventId`, from `@InEvent`):
 * an id of another fair's application is answered as missing.
 */
@Injectable()
export class AuditionService {
  constructor(
    private readonly exhibitors: ExhibitorsService,
    private readonly booths: BoothsService,
    private readonly stages: AuditionStages,
    private readonly returning: ReturningService,
    private readonly audit: AuditService,
  ) {}

  async list(query: ExhibitorAdminQuery): Promise<List<AuditionApplication>> {
    const page = await this.exhibitors.list(query);
    const items = await this.stages.withStages(page.items);
    const returning = await this.returning.summaries(items.map((e) => e.id));
    return { ...page, items: items.map((e) => ({ ...e, returning: returning.get(e.id) ?? null })) };
  }

  /** One application as the audition shows it. */
  async one(id: string): Promise<AuditionApplication> {
    const [e] = await this.stages.withStages([await this.exhibitors.get(id)]);
    const returning = await this.returning.summaries([id]);
    return { ...e, returning: returning.get(id) ?? null };
  }

  /** The products a returning application brings (empty for a fresh one). */
  products(id: string): Promise<{ items: ApplicationProduct[] }> {
    return this.returning.productsOf(id).then((items) => ({ items }));
  }

  /** A decision at the stage the application is at: pass it (the last stage approves) or reject. */
  async review(actor: Caller, id: string, dto: ReviewRequest): Promise<AuditionApplication> {
    const at = { stage: dto.stage, note: dto.note };
    if (dto.decision === 'reject') await this.reject(actor, id, dto.reason ?? '', at);
    else if (await this.stages.isLast(actor.eventId, dto.stage)) await this.approve(actor, id, at);
    else await this.pass(actor, id, at);
    return this.one(id);
  }

  /**
   * Approve (from whatever stage it is at, unless `at.stage` names one) and place the booth in the first
   * free slot of its category's zone, with a returning pesantren's products on it; open halls see it at once.
   */
  async approve(actor: Caller, id: string, at: At = {}): Promise<Exhibitor> {
    const after = await this.exhibitors.approve(actor, id, async (e, tx) => {
      await this.record(actor, e, tx, 'approved', at);
      const booth = await this.booths.place(e, tx);
      await this.returning.carryOver(e.id, booth.id, tx);
      return booth;
    });
    await this.booths.publishChanged(after.eventId, after.boothId!);
    return after;
  }

  reject(actor: Caller, id: string, reason: string, at: At = {}): Promise<Exhibitor> {
    return this.exhibitors.reject(actor, id, reason, async (e, tx) => {
      await this.record(actor, e, tx, 'rejected', at);
    });
  }

  /** Approve, reject or pass many applications; each one on its own, so one refusal does not undo the rest. */
  async bulk(actor: Caller, dto: BulkDecision): Promise<BulkDecisionResult> {
    const results: BulkDecisionResult['results'] = [];
    const at = { stage: dto.stage, note: dto.note };
    const last = await this.stages.isLast(actor.eventId, dto.stage);
    for (const id of new Set(dto.ids)) {
      try {
        const exhibitor =
          dto.action === 'reject'
            ? await this.reject(actor, id, dto.reason ?? '', at)
            : dto.action === 'approve' || last
              ? await this.approve(actor, id, at)
              : await this.pass(actor, id, at);
        results.push({ id, ok: true, exhibitor });
      } catch (err) {
        const code = err instanceof DomainException ? err.code : 'failed';
        results.push({ id, ok: false, error: { code, message: (err as Error).message } });
      }
    }
    return { results };
  }

  /** Passes the stage the application is at (not the last: that is approving), audited with the note. */
  private pass(actor: Caller, id: string, at: At): Promise<Exhibitor> {
    return this.exhibitors.underDecision(id, async (e, tx) => {
      const stage = await this.record(actor, e, tx, 'passed', at);
      await this.audit.record(
        actor,
        {
          action: 'exhibitor.pass_stage',
          entityType: 'exhibitor',
          entityId: id,
          before: { stage },
          after: { stage: await this.stages.after(e.eventId, stage, tx), note: at.note ?? '' },
        },
        tx.manager,
      );
    });
  }

  /** Records the decision at the application's stage, once it is known to be in the caller's fair. */
  private record(
    actor: Caller,
    e: { id: string; eventId: string },
    tx: Tx,
    decision: 'passed' | 'approved' | 'rejected',
    at: At,
  ): Promise<AuditionStage> {
    if (actor.eventId && e.eventId !== actor.eventId) throw notFound('Exhibitor');
    return this.stages.decide(tx, {
      exhibitorId: e.id,
      eventId: e.eventId,
      stage: at.stage,
      decision,
      note: at.note ?? '',
      byUserId: actor.sub,
    });
  }
}
