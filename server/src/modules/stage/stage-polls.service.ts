import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { StagePoll, StagePollInput } from '@pameran/contracts';
import { Repository, type EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { CommonException, invalid, notFound } from '../../common/common.exception';
import { UnitOfWork, type Tx } from '../../domain';
import { StageAccess, type StageSeat } from './stage-access.service';
import { StagePollEntity, StagePollOptionEntity, StagePollVoteEntity } from './stage.entities';
import { StageException } from './stage.exception';

const NEXT: Record<'open' | 'closed', StagePoll['status']> = { open: 'draft', closed: 'open' };

interface OptionRow {
  pollId: string;
  id: string;
  text: string;
  votes: number;
}

/** Polls on a stage session: moderators write and open them, everyone votes once, results stay. */
@Injectable()
export class StagePolls {
  constructor(
    @InjectRepository(StagePollEntity) private readonly polls: Repository<StagePollEntity>,
    private readonly access: StageAccess,
    private readonly uow: UnitOfWork,
  ) {}

  /** Drafts only for moderators; open and closed polls, with their counts, for everyone. */
  async visibleTo(caller: Caller, seat: StageSeat): Promise<StagePoll[]> {
    const polls = await this.polls.find({
      where: { sessionId: seat.sessionId },
      order: { createdAt: 'ASC' },
    });
    const shown = polls.filter((p) => seat.moderator || p.status !== 'draft');
    return this.withResults(this.polls.manager, shown, caller.sub);
  }

  async create(caller: Caller, sessionId: string, dto: StagePollInput): Promise<StagePoll> {
    const seat = await this.access.moderator(caller, sessionId);
    return this.uow.run(async (tx) => {
      const poll = await tx.manager.save(StagePollEntity, {
        sessionId,
        question: dto.question,
        status: 'draft' as const,
        createdBy: caller.sub,
      });
      await tx.manager.insert(
        StagePollOptionEntity,
        dto.options.map((text, position) => ({ pollId: poll.id, position, text })),
      );
      return this.announce(tx, seat, poll, caller.sub);
    });
  }

  /** draft → open → closed; each step once. */
  async setStatus(caller: Caller, pollId: string, status: 'open' | 'closed'): Promise<StagePoll> {
    const poll = await this.polls.findOneBy({ id: pollId });
    if (!poll) throw notFound('Poll');
    const seat = await this.access.moderator(caller, poll.sessionId);
    return this.uow.run(async (tx) => {
      const moved = await tx.manager.update(
        StagePollEntity,
        { id: pollId, status: NEXT[status] },
        { status },
      );
      if (!moved.affected)
        throw new CommonException(
          'illegal_transition',
          `This poll is ${poll.status}; it cannot be ${status}`,
        );
      return this.announce(tx, seat, { ...poll, status }, caller.sub);
    });
  }

  /** One vote per person (the primary key), for one of this poll's options (the composite foreign key). */
  async vote(caller: Caller, pollId: string, optionId: string): Promise<StagePoll> {
    const poll = await this.polls.findOneBy({ id: pollId });
    if (!poll) throw notFound('Poll');
    const seat = await this.access.open(caller, poll.sessionId);
    if (poll.status === 'draft' && !seat.moderator) throw notFound('Poll');
    return this.uow.run(async (tx) => {
      // Locks the poll row against a concurrent close: a vote counts only while the poll is open.
      const [current] = await tx.manager.query('SELECT status FROM stage_poll WHERE id = $1 FOR SHARE', [
        pollId,
      ]);
      if (current?.status !== 'open') throw new StageException('poll_not_open', 'This poll is not open');
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(StagePollVoteEntity)
        .values({ pollId, userId: caller.sub, optionId })
        .orIgnore()
        .returning(['poll_id'])
        .execute()
        .catch((err: { code?: string }) => {
          if (err.code === '23503') throw invalid('optionId', 'not an option of this poll');
          throw err;
        });
      if (inserted.raw.length === 0) throw new StageException('already_voted', 'You have already voted');
      return this.announce(tx, seat, poll, caller.sub);
    });
  }

  private async announce(tx: Tx, seat: StageSeat, poll: StagePollEntity, reader: string): Promise<StagePoll> {
    const [mine] = await this.withResults(tx.manager, [poll], reader);
    tx.publish('stage.poll_changed', {
      eventId: seat.eventId,
      sessionId: seat.sessionId,
      poll: { ...mine, myVote: null },
      speakerIds: seat.speakerIds,
    });
    return mine;
  }

  private async withResults(
    manager: EntityManager,
    polls: StagePollEntity[],
    reader: string,
  ): Promise<StagePoll[]> {
    if (polls.length === 0) return [];
    const ids = polls.map((p) => p.id);
    const options: OptionRow[] = await manager.query(
      `SELECT o.poll_id AS "pollId", o.id, o.text, count(v.user_id)::int AS votes
         FROM stage_poll_option o LEFT JOIN stage_poll_vote v ON v.option_id = o.id
        WHERE o.poll_id = ANY($1)
        GROUP BY o.id ORDER BY o.position`,
      [ids],
    );
    const votes: { pollId: string; optionId: string }[] = await manager.query(
      'SELECT poll_id AS "pollId", option_id AS "optionId" FROM stage_poll_vote WHERE poll_id = ANY($1) AND user_id = $2',
      [ids, reader],
    );
    return polls.map((p) => {
      const own = options
        .filter((o) => o.pollId === p.id)
        .map(({ id, text, votes }) => ({ id, text, votes }));
      return {
        id: p.id,
        sessionId: p.sessionId,
        question: p.question,
        status: p.status,
        options: own,
        total: own.reduce((sum, o) => sum + o.votes, 0),
        myVote: votes.find((v) => v.pollId === p.id)?.optionId ?? null,
      };
    });
  }
}
