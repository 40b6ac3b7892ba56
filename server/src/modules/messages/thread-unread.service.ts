import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Tx } from '../../domain';
import { ThreadReadEntity } from './messages.entities';

/**
 * Read marks: a person has read a thread up to its newest message when they last marked it. Unread are the
 * visible messages of others posted after that mark.
 */
@Injectable()
export class ThreadUnread {
  constructor(@InjectRepository(ThreadReadEntity) private readonly reads: Repository<ThreadReadEntity>) {}

  /** Unread messages in one thread for each of these people. */
  async counts(threadId: string, userIds: string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; unread: number }[] = await this.reads.query(
      `SELECT u.id AS user_id,
              (SELECT count(*)::int FROM thread_message m
                 LEFT JOIN thread_read r ON r.thread_id = m.thread_id AND r.user_id = u.id
                WHERE m.thread_id = $1 AND m.hidden_at IS NULL AND m.sender_id IS DISTINCT FROM u.id
                  AND (r.read_at IS NULL OR m.created_at > r.read_at)) AS unread
         FROM unnest($2::uuid[]) AS u(id)`,
      [threadId, userIds],
    );
    return new Map(rows.map((r) => [r.user_id, r.unread]));
  }

  /** Marks the thread read up to its newest message (not the clock: a message stored later still counts). */
  async markRead(tx: Tx, threadId: string, userId: string): Promise<void> {
    await tx.manager.query(
      `INSERT INTO thread_read (thread_id, user_id, read_at)
       SELECT $1, $2, COALESCE(max(created_at), now()) FROM thread_message WHERE thread_id = $1
       ON CONFLICT (thread_id, user_id) DO UPDATE SET read_at = GREATEST(thread_read.read_at, EXCLUDED.read_at)`,
      [threadId, userId],
    );
  }
}
