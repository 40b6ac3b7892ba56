import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { QUESTION_MAX, QUESTION_STATUSES, type PollStatus, type QuestionStatus } from '@pameran/contracts';
import { oneOf } from '../../common/db-checks';
import type { ScheduleSessionEntity } from '../events/event.entity';
import type { UserEntity } from '../users/user.entity';

/** An audience question on a stage session; kept after the session (read only then). */
@Entity({ name: 'stage_question' })
@Check('stage_question_status', oneOf('status', QUESTION_STATUSES))
@Check('stage_question_text', `char_length("text") BETWEEN 1 AND ${QUESTION_MAX}`)
@Index('stage_question_session', ['sessionId', 'createdAt'])
export class StageQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @ManyToOne('ScheduleSessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<ScheduleSessionEntity>;
  @Index() @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;
  @Column({ type: 'varchar', length: QUESTION_MAX }) text: string;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status: QuestionStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true }) moderatedAt: Date | null;
}

/** One upvote per person per question: the primary key holds it, whatever the client sends. */
@Entity({ name: 'stage_question_upvote' })
export class StageQuestionUpvoteEntity {
  @PrimaryColumn({ name: 'question_id', type: 'uuid' }) questionId: string;
  @ManyToOne('StageQuestionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: Relation<StageQuestionEntity>;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) @Index() userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A poll on a stage session: a draft until a moderator opens it; its results are kept once closed. */
@Entity({ name: 'stage_poll' })
@Check('stage_poll_status', oneOf('status', ['draft', 'open', 'closed']))
export class StagePollEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @ManyToOne('ScheduleSessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<ScheduleSessionEntity>;
  @Column({ type: 'varchar', length: 200 }) question: string;
  @Column({ type: 'varchar', length: 6, default: 'draft' }) status: PollStatus;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A poll's options, in order (2–6, checked by the contract). */
@Entity({ name: 'stage_poll_option' })
@Index('stage_poll_option_of_poll', ['pollId', 'id'], { unique: true })
export class StagePollOptionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'poll_id', type: 'uuid' }) pollId: string;
  @ManyToOne('StagePollEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id' })
  poll?: Relation<StagePollEntity>;
  @Column({ type: 'smallint' }) position: number;
  @Column({ type: 'varchar', length: 100 }) text: string;
}

/**
 * One vote per person per poll (the primary key), for an option of that same poll (the composite foreign
 * key onto the option's (poll_id, id)): neither a second vote nor another poll's option gets in.
 */
@Entity({ name: 'stage_poll_vote' })
export class StagePollVoteEntity {
  @PrimaryColumn({ name: 'poll_id', type: 'uuid' }) pollId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) @Index() userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @Column({ name: 'option_id', type: 'uuid' }) optionId: string;
  @ManyToOne('StagePollOptionEntity', { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'poll_id', referencedColumnName: 'pollId' },
    { name: 'option_id', referencedColumnName: 'id' },
  ])
  option?: Relation<StagePollOptionEntity>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const STAGE_ENTITIES = [
  StageQuestionEntity,
  StageQuestionUpvoteEntity,
  StagePollEntity,
  StagePollOptionEntity,
  StagePollVoteEntity,
];
