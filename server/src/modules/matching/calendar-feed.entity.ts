import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import type { UserEntity } from '../users/user.entity';

/**
 * The current calendar feed link of one person: the link is signed over the user id and `version`, so
 * rotating (version + 1) makes every earlier link stop working, and it works only until `expiresAt`.
 */
@Entity({ name: 'calendar_feed' })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
