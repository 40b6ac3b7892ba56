import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import type { Role } from '@pameran/contracts';
import type { BoothEntity } from '../booths/booth.entity';
import type { UserEntity } from '../users/user.entity';

/** A booth chat message; `client_msg_id` makes the client's retries idempotent (stored once per user). */
@Entity({ name: 'chat_message' })
@Index(['boothId', 'createdAt'])
@Index(['userId', 'clientMsgId'], { unique: true })
export class ChatMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The fair of the booth the message was written at. */
  @Index() @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: { id: string };
  @Column({ name: 'booth_id', type: 'uuid' }) boothId: string;
  @ManyToOne('BoothEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booth_id' })
  booth: Relation<BoothEntity>;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity> | null;
  @Column({ name: 'author_name', type: 'varchar', length: 80 }) authorName: string;
  @Column({ name: 'author_role', type: 'varchar', length: 16 }) authorRole: Role;
  @Column({ name: 'from_staff', type: 'boolean', default: false }) fromStaff: boolean;
  @Column({ type: 'varchar', length: 1000 }) text: string;
  @Column({ name: 'client_msg_id', type: 'varchar', length: 64 }) clientMsgId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @Column({ name: 'deleted_by', type: 'uuid', nullable: true }) deletedBy: string | null;
}
