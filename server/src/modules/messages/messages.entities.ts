import {
  MESSAGE_REPORT_STATUSES,
  THREAD_SUBJECT_KINDS,
  type MessageReportStatus,
  type ThreadSubjectKind,
} from '@pameran/contracts';
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
import { oneOf } from '../../common/db-checks';
import type { EventEntity } from '../events/event.entity';
import type { UserEntity } from '../users/user.entity';

/**
 * The conversation of one meeting request, meeting or deal. The subject lives in another module, so it is
 * named by kind and id (no foreign key); its parties are read from it on every call, never stored here.
 */
@Entity({ name: 'message_thread' })
@Check('message_thread_subject_kind', oneOf('subject_kind', THREAD_SUBJECT_KINDS))
@Index(['subjectKind', 'subjectId'], { unique: true })
export class MessageThreadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Column({ name: 'subject_kind', type: 'varchar', length: 8 }) subjectKind: ThreadSubjectKind;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId: string;
  /** When the last message was posted (lists sort by it). */
  @Column({ name: 'last_message_at', type: 'timestamptz', nullable: true }) lastMessageAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A message; `client_msg_id` makes the sender's retries idempotent (stored once per sender). */
@Entity({ name: 'thread_message' })
@Check('thread_message_body', `char_length("body") <= 2000`)
@Index(['threadId', 'createdAt'])
@Index(['senderId', 'clientMsgId'], { unique: true })
export class ThreadMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @ManyToOne(() => MessageThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<MessageThreadEntity>;
  @Column({ name: 'sender_id', type: 'uuid', nullable: true }) senderId: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sender_id' })
  sender?: Relation<UserEntity> | null;
  @Column({ name: 'sender_name', type: 'varchar', length: 80 }) senderName: string;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'client_msg_id', type: 'varchar', length: 64 }) clientMsgId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true }) hiddenAt: Date | null;
  @Column({ name: 'hidden_by', type: 'uuid', nullable: true }) hiddenBy: string | null;
}

/**
 * A picture uploaded into a thread by one of its parties, stored through the upload pipeline under
 * `image_key`; it joins a message when its uploader posts one naming it (then `message_id` is set).
 */
@Entity({ name: 'thread_attachment' })
@Index(['messageId'])
export class ThreadAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @ManyToOne(() => MessageThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<MessageThreadEntity>;
  @Column({ name: 'uploader_id', type: 'uuid', nullable: true }) uploaderId: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploader_id' })
  uploader?: Relation<UserEntity> | null;
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId: string | null;
  @ManyToOne(() => ThreadMessageEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'message_id' })
  message?: Relation<ThreadMessageEntity> | null;
  @Column({ name: 'image_key', type: 'varchar', length: 24 }) imageKey: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** How far a person has read a thread: everything posted up to `read_at`. */
@Entity({ name: 'thread_read' })
export class ThreadReadEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @ManyToOne(() => MessageThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<MessageThreadEntity>;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) @Index() userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @Column({ name: 'read_at', type: 'timestamptz' }) readAt: Date;
}

/** A party's report of a message to the organisers; one per message and reporter. */
@Entity({ name: 'thread_message_report' })
@Check('thread_message_report_status', oneOf('status', MESSAGE_REPORT_STATUSES))
@Index(['messageId', 'reporterId'], { unique: true })
@Index(['eventId', 'status', 'createdAt'])
export class ThreadMessageReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Column({ name: 'message_id', type: 'uuid' }) messageId: string;
  @ManyToOne(() => ThreadMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: Relation<ThreadMessageEntity>;
  @Column({ name: 'reporter_id', type: 'uuid', nullable: true }) reporterId: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Relation<UserEntity> | null;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @Column({ type: 'varchar', length: 10, default: 'open' }) status: MessageReportStatus;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export const MESSAGES_ENTITIES = [
  MessageThreadEntity,
  ThreadMessageEntity,
  ThreadAttachmentEntity,
  ThreadReadEntity,
  ThreadMessageReportEntity,
];
