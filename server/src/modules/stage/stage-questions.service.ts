import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { QuestionStatus, StageModerationInput, StageQuestion } from '@pameran/contracts';
import { Repository, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { forbidden, notFound, RateLimitedException } from '../../common/common.exception';
import { UnitOfWork, type Tx } from '../../domain';
import { ModerationService } from '../moderation/moderation.service';
import { RateLimiter } from '../rate-limit';
import { StageAccessReadModel } from './read-models/stage-access.read-model';
import { StageAccess, type StageSeat } from './stage-access.service';
import { StageQuestionEntity, StageQuestionUpvoteEntity } from './stage.entities';
import { StageException } from './stage.exception';

/** A person may ask this many questions per minute (on every node at once): a lively audience, not a flood. */
export const QUESTIONS_PER_MINUTE = 5;
const SHOWN: readonly QuestionStatus[] = ['approved', 'answered'];
const STATUS_AFTER: Record<StageModerationInput['action'], QuestionStatus> = {
  approve: 'approved',
  hide: 'hidden',
  answer: 'answered',
};

interface Row {
  id: string;
  sessionId: string;
  authorId: string;
  text: string;
  status: QuestionStatus;
  createdAt: Date;
  upvotes: number;
  upvoted: boolean;
}

/** Audience questions: asked by anyone watching, shown once a moderator approves them, one upvote each. */
@Injectable()
export class StageQuestions {
  constructor(
    @InjectRepository(StageQuestionEntity) private readonly questions: Repository<StageQuestionEntity>,
    private readonly access: StageAccess,
    private readonly read: StageAccessReadModel,
    private readonly moderation: ModerationService,
    private readonly limiter: RateLimiter,
    private readonly uow: UnitOfWork,
  ) {}

  /** What this reader sees: moderators everything; others approved and answered ones, and their own pending. */
  async visibleTo(caller: Caller, seat: StageSeat): Promise<StageQuestion[]> {
    const rows = await this.rows(this.questions.manager, caller.sub, { sessionId: seat.sessionId });
    const shown = rows.filter(
      (r) =>
        seat.moderator || SHOWN.includes(r.status) || (r.authorId === caller.sub && r.status === 'pending'),
    );
    const names = await this.read.names(shown.map((r) => r.authorId));
    return shown.map((r) => toQuestion(r, names, caller.sub));
  }

  async ask(caller: Caller, sessionId: string, text: string): Promise<StageQuestion> {
    const seat = await this.access.open(caller, sessionId);
    if ((await this.moderation.stateOf(caller.sub, seat.eventId)).state !== 'ok')
      throw forbidden('An organiser has muted you; you cannot ask for now');
    const limit = await this.limiter.consume(`stage-ask:${caller.sub}`, QUESTIONS_PER_MINUTE, 60_000);
    if (!limit.allowed)
      throw new RateLimitedException(limit.retryAfterMs, 'Too many questions; wait a moment');
    return this.uow.run(async (tx) => {
      const saved = await tx.manager.save(StageQuestionEntity, {
        sessionId,
        authorId: caller.sub,
        text,
        status: 'pending' as const,
        moderatedAt: null,
      });
      return this.announce(tx, seat, saved.id, caller.sub);
    });
  }

  /** One upvote per person: the table's primary key refuses a second one, from any node, at any speed. */
  async upvote(caller: Caller, questionId: string): Promise<StageQuestion> {
    const question = await this.questions.findOneBy({ id: questionId });
    if (!question) throw notFound('Question');
    const seat = await this.access.open(caller, question.sessionId);
    if (!seat.moderator && !SHOWN.includes(question.status)) throw notFound('Question');
    return this.uow.run(async (tx) => {
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(StageQuestionUpvoteEntity)
        .values({ questionId, userId: caller.sub })
        .orIgnore()
        .returning(['question_id'])
        .execute();
      if (inserted.raw.length === 0)
        throw new StageException('already_voted', 'You have already upvoted this question');
      return this.announce(tx, seat, questionId, caller.sub);
    });
  }

  async moderate(
    caller: Caller,
    questionId: string,
    { action }: StageModerationInput,
  ): Promise<StageQuestion> {
    const question = await this.questions.findOneBy({ id: questionId });
    if (!question) throw notFound('Question');
    const seat = await this.access.moderator(caller, question.sessionId);
    return this.uow.run(async (tx) => {
      await tx.manager.update(
        StageQuestionEntity,
        { id: questionId },
        { status: STATUS_AFTER[action], moderatedAt: new Date() },
      );
      return this.announce(tx, seat, questionId, caller.sub);
    });
  }

  /** The question as it is now in this unit, published to watchers after the commit; returned as `reader` sees it. */
  private async announce(tx: Tx, seat: StageSeat, id: string, reader: string): Promise<StageQuestion> {
    const [row] = await this.rows(tx.manager, reader, { id });
    const names = await this.read.names([row.authorId], tx.manager);
    // Pushed to many people: without the reader's own flags (each client keeps its own).
    tx.publish('stage.question_changed', {
      eventId: seat.eventId,
      sessionId: seat.sessionId,
      question: { ...toQuestion(row, names, ''), upvoted: false },
      authorId: row.authorId,
      speakerIds: seat.speakerIds,
    });
    return toQuestion(row, names, reader);
  }

  private rows(
    manager: EntityManager,
    reader: string,
    where: { sessionId: string } | { id: string },
  ): Promise<Row[]> {
    const [column, value] = 'id' in where ? ['q.id', where.id] : ['q.session_id', where.sessionId];
    return manager.query(
      `SELECT q.id, q.session_id AS "sessionId", q.author_id AS "authorId", q.text, q.status,
              q.created_at AS "createdAt", count(u.user_id)::int AS upvotes,
              coalesce(bool_or(u.user_id = $2), false) AS upvoted
         FROM stage_question q LEFT JOIN stage_question_upvote u ON u.question_id = q.id
        WHERE ${column} = $1
        GROUP BY q.id
        ORDER BY q.created_at`,
      [value, reader],
    );
  }
}

function toQuestion(r: Row, names: Map<string, string>, reader: string): StageQuestion {
  return {
    id: r.id,
    sessionId: r.sessionId,
    text: r.text,
    authorName: names.get(r.authorId) ?? '—',
    status: r.status,
    upvotes: r.upvotes,
    createdAt: new Date(r.createdAt).toISOString(),
    mine: r.authorId === reader,
    upvoted: r.upvoted,
  };
}
