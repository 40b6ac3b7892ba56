import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { effectiveTimes } from '../events/session-state';
import type { SessionRecord } from '../events/schedule-sessions.service';
import { TimedEffectEntity } from './timed-effect.entity';

/**
 * A business-matching block was started early, delayed or cancelled: whoever booked into it must follow
 * (matching moves its meetings with the block's slot grid, or cancels them). Announced as a timed effect due at once rather than an in-process event, so it is
 * durable: planned in the organiser's transaction, run by the leader at least once even if this node dies
 * right after the commit. Its handlers must be idempotent (the payload names the change, see `key`).
 */
export const BLOCK_CHANGED = 'schedule.block_changed';

const BLOCK_ACTIONS = ['start_now', 'delay', 'cancel'] as const;
export type BlockAction = (typeof BLOCK_ACTIONS)[number];
const isBlockAction = (a: string): a is BlockAction => (BLOCK_ACTIONS as readonly string[]).includes(a);

export type BlockChange = {
  /** Unique per change; a handler marks what it already applied with it. */
  key: string;
  eventId: string;
  sessionId: string;
  action: BlockAction;
  /** The block's effective times before the change (stored timeline, ISO). */
  from: string;
  to: string;
  /** How far the block's start moved, in ms (negative when started early; 0 for a cancellation). */
  shiftMs: string;
  /** Who changed it (the organiser's name, for the notifications). */
  by: string;
};

/** Plan the announcement of a change of a matching block, in the caller's transaction; other changes plan nothing. */
export async function planBlockChange(
  m: EntityManager,
  before: SessionRecord,
  after: SessionRecord,
  action: string,
  by: string,
  dueAt: Date,
): Promise<void> {
  if (after.kind !== 'matching' || !isBlockAction(action)) return;
  const was = effectiveTimes(before);
  const shift = action === 'cancel' ? 0 : effectiveTimes(after).start.getTime() - was.start.getTime();
  const key = `block:${after.id}:${action}:${randomUUID()}`;
  const payload: BlockChange = {
    key,
    eventId: after.eventId,
    sessionId: after.id,
    action,
    from: was.start.toISOString(),
    to: was.end.toISOString(),
    shiftMs: String(shift),
    by,
  };
  // Its own subject: re-planning the session's start and end effects must not drop it.
  await m.insert(TimedEffectEntity, { key, kind: BLOCK_CHANGED, subjectId: randomUUID(), payload, dueAt });
}
