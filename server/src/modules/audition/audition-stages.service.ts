import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEFAULT_AUDITION_STAGES,
  type AuditionApplication,
  type AuditionDecision,
  type AuditionReview,
  type AuditionStage,
  type AuditionStageDef,
  type AuditionStageList,
  type Exhibitor,
} from '@pameran/contracts';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { conflict } from '../../common/common.exception';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { AuditionStageEntity } from './audition-stage.entity';
import { AuditionReviewEntity } from './audition-review.entity';
import { AuditionException } from './audition.exception';
import { AuditionReadModel } from './read-models/audition.read-model';

/** The stage after `stage` in a fair's list, or null after the last. */
export function nextStage(stage: AuditionStage, stages: readonly AuditionStage[]): AuditionStage | null {
  const i = stages.indexOf(stage);
  return i < 0 ? null : (stages[i + 1] ?? null);
}

/**
 * Where an application is: stages are passed in order, so it is at the first stage it has not passed (a
 * decided one stays at the stage it was decided at). The latest decision per stage is the one that counts.
 */
export function stageOf(reviews: AuditionReview[], stages: readonly AuditionStage[]): AuditionStage {
  const latest = new Map<AuditionStage, AuditionDecision>();
  for (const r of reviews) latest.set(r.stage, r.decision);
  const passed = stages.filter((s) => latest.get(s) === 'passed').length;
  return stages[Math.min(passed, stages.length - 1)];
}

/** A decision the organisers take at a stage. */
export interface StageDecision {
  exhibitorId: string;
  /** The application's fair, whose stages count. */
  eventId: string;
  /** The stage the organiser saw the application at; omitted, the decision is for wherever it is. */
  stage?: AuditionStage;
  decision: AuditionDecision;
  note: string;
  byUserId: string;
}

const keys = (stages: AuditionStageDef[]) => stages.map((s) => s.key);

/**
 * The audition's stages, a fair's own (docs/decisions/0028-audition-stages.md, 0035-fair-gaps.md): the
 * fair's list, records decisions and tells where each application is.
 */
@Injectable()
export class AuditionStages {
  constructor(
    @InjectRepository(AuditionStageEntity) private readonly repo: Repository<AuditionStageEntity>,
    private readonly read: AuditionReadModel,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** A fair's stages in order: its organisers' list, or the default one while they wrote none. */
  async list(eventId: string, manager: EntityManager = this.repo.manager): Promise<AuditionStageDef[]> {
    const rows = await manager.find(AuditionStageEntity, { where: { eventId }, order: { position: 'ASC' } });
    return rows.length ? rows.map(toDef) : DEFAULT_AUDITION_STAGES;
  }

  /** The keys of a fair's stages in order (the default list when no fair is named). */
  async keysOf(eventId: string | null | undefined, manager?: EntityManager): Promise<AuditionStage[]> {
    return keys(eventId ? await this.list(eventId, manager) : DEFAULT_AUDITION_STAGES);
  }

  /**
   * Replace a fair's stages. Once the fair's audition has decisions, the stages decided at keep their keys
   * and order (an application's place is the count of stages it passed); names may change and stages may be
   * added after them.
   */
  async replace(actor: Caller, eventId: string, dto: AuditionStageList): Promise<AuditionStageList> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      // The fair's stage rows (or, with none yet, the lock on its decisions' count) serialise two editors.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`audition_stage:${eventId}`]);
      const before = await this.keysOf(eventId, m);
      const used = await this.read.decidedStages(eventId, m);
      const kept = before.filter((k) => used.has(k));
      const after = keys(dto.items);
      if (kept.some((k, i) => after[i] !== k) || [...used].some((k) => !after.includes(k)))
        throw conflict(
          `The audition has decisions at ${kept.join(', ')}: those stages keep their keys and order`,
        );
      await m.delete(AuditionStageEntity, { eventId });
      await m.insert(
        AuditionStageEntity,
        dto.items.map((s, position) => ({
          eventId,
          key: s.key,
          position,
          nameId: s.name.id,
          nameEn: s.name.en,
        })),
      );
      await this.audit.record(
        actor,
        { action: 'event.audition_stages', entityType: 'event', entityId: eventId, eventId, before, after },
        tx,
      );
      return { items: dto.items };
    });
  }

  /** Whether `stage` is the last of the fair's stages (passing it approves). */
  async isLast(eventId: string | null | undefined, stage: AuditionStage | undefined): Promise<boolean> {
    if (!stage) return false;
    return (await this.keysOf(eventId)).at(-1) === stage;
  }

  /** The stage after `stage` in the fair's list. */
  async after(eventId: string, stage: AuditionStage, tx: Tx): Promise<AuditionStage | null> {
    return nextStage(stage, await this.keysOf(eventId, tx.manager));
  }

  /**
   * Records a decision at the stage the application is at, in the caller's transaction (which holds the
   * application's row lock, so two organisers cannot pass the same stage at once). Refuses a decision named
   * for another stage; passing the last stage is approving (the caller places the booth). Returns the stage.
   */
  async decide(tx: Tx, d: StageDecision): Promise<AuditionStage> {
    const stages = await this.keysOf(d.eventId, tx.manager);
    const passed = await this.read.passedStages(d.exhibitorId, tx.manager);
    const at = stages[Math.min(stages.filter((s) => passed.has(s)).length, stages.length - 1)];
    if (d.stage && d.stage !== at) {
      throw new AuditionException('wrong_stage', `This application is at the ${at} stage, not ${d.stage}`);
    }
    if (d.decision === 'passed' && at === stages.at(-1)) {
      throw new AuditionException('wrong_stage', 'Passing the last stage approves the application');
    }
    await tx.manager.insert(AuditionReviewEntity, {
      exhibitorId: d.exhibitorId,
      stage: at,
      decision: d.decision,
      note: d.note,
      byUserId: d.byUserId,
    });
    return at;
  }

  /** The applications with their stage (in their own fair's list) and every decision about them. */
  async withStages<T extends Exhibitor>(
    items: T[],
  ): Promise<(T & Pick<AuditionApplication, 'stage' | 'reviews'>)[]> {
    const reviews = await this.read.reviews(items.map((e) => e.id));
    const fairs = [...new Set(items.map((e) => e.eventId))];
    const rows = await this.repo.find({ where: { eventId: In(fairs) }, order: { position: 'ASC' } });
    const stagesOf = (eventId: string) => {
      const own = rows.filter((r) => r.eventId === eventId).map((r) => r.key);
      return own.length ? own : keys(DEFAULT_AUDITION_STAGES);
    };
    return items.map((e) => {
      const mine = reviews.get(e.id) ?? [];
      return { ...e, stage: stageOf(mine, stagesOf(e.eventId)), reviews: mine };
    });
  }
}

function toDef(r: AuditionStageEntity): AuditionStageDef {
  return { key: r.key, name: { id: r.nameId, en: r.nameEn } };
}
