import { Injectable } from '@nestjs/common';
import {
  AUDITION_STAGES,
  type AuditionApplication,
  type AuditionDecision,
  type AuditionReview,
  type AuditionStage,
  type Exhibitor,
} from '@pameran/contracts';
import type { Tx } from '../../domain';
import { AuditionReviewEntity } from './audition-review.entity';
import { AuditionException } from './audition.exception';
import { AuditionReadModel } from './read-models/audition.read-model';

export const LAST_STAGE: AuditionStage = AUDITION_STAGES[AUDITION_STAGES.length - 1];

/** The stage after `stage`, or null after the last. */
export function nextStage(stage: AuditionStage): AuditionStage | null {
  return AUDITION_STAGES[AUDITION_STAGES.indexOf(stage) + 1] ?? null;
}

/**
 * Where an application is: stages are passed in order, so it is at the first stage it has not passed (a
 * decided one stays at the stage it was decided at). The latest decision per stage is the one that counts.
 */
export function stageOf(reviews: AuditionReview[]): AuditionStage {
  const latest = new Map<AuditionStage, AuditionDecision>();
  for (const r of reviews) latest.set(r.stage, r.decision);
  const passed = AUDITION_STAGES.filter((s) => latest.get(s) === 'passed').length;
  return AUDITION_STAGES[Math.min(passed, AUDITION_STAGES.length - 1)];
}

/** A decision the organisers take at a stage. */
export interface StageDecision {
  exhibitorId: string;
  /** The stage the organiser saw the application at; omitted, the decision is for wherever it is. */
  stage?: AuditionStage;
  decision: AuditionDecision;
  note: string;
  byUserId: string;
}

/** The audition's stages (docs/decisions/0028-audition-stages.md): records decisions and tells where each application is. */
@Injectable()
export class AuditionStages {
  constructor(private readonly read: AuditionReadModel) {}

  /**
   * Records a decision at the stage the application is at, in the caller's transaction (which holds the
   * application's row lock, so two organisers cannot pass the same stage at once). Refuses a decision named
   * for another stage; passing the last stage is approving (the caller places the booth). Returns the stage.
   */
  async decide(tx: Tx, d: StageDecision): Promise<AuditionStage> {
    const [{ n }] = await tx.manager.query<{ n: number }[]>(
      `SELECT count(DISTINCT stage)::int AS n FROM audition_review
       WHERE exhibitor_id = $1 AND decision = 'passed'`,
      [d.exhibitorId],
    );
    const at = AUDITION_STAGES[Math.min(n, AUDITION_STAGES.length - 1)];
    if (d.stage && d.stage !== at) {
      throw new AuditionException('wrong_stage', `This application is at the ${at} stage, not ${d.stage}`);
    }
    if (d.decision === 'passed' && at === LAST_STAGE) {
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

  /** The applications with their stage and every decision about them. */
  async withStages<T extends Exhibitor>(
    items: T[],
  ): Promise<(T & Pick<AuditionApplication, 'stage' | 'reviews'>)[]> {
    const reviews = await this.read.reviews(items.map((e) => e.id));
    return items.map((e) => {
      const mine = reviews.get(e.id) ?? [];
      return { ...e, stage: stageOf(mine), reviews: mine };
    });
  }
}
