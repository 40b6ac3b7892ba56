import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { effectiveTimes } from '../events/session-state';
import type { SessionRecord } from '../events/schedule-sessions.service';
import { TimedEffectEntity } from './timed-effect.entity';

/**
 * A business-matching block was started early, delayed, cancelled, given new planned times in the session
 * form (`reschedule`) or deleted (`remove`): whoever booked into it must follow
 * (matching moves its meetings with the block's slot grid, or cancels them). Announced as a timed effect due at once rather than an in-process event, so it is
 * durable: planned in the organiser's transaction, run by the leader at least once even if this node dies
 * right after the commit. Its handlers must be idempotent (the payload names the change, see `key`).
 */
export const BLOCK_CHANGED = 'schedule.block_changed';

const BLOCK_ACTIONS = ['start_now', 'delay', 'cancel', 'reschedule', 'remove'] as const;
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
  /** A rescheduled block's new end (ISO): meetings that would end after it are cancelled. */
  until?: string;
  /** Who changed it (the organiser's name, for the notifications). */
  by: string;
};

/**
 * Plan the announcement of a change of a matching block, in the caller's transaction; changes of other
 * sessions, and new planned times that leave the block where it was, plan nothing. `after` is null when the
 * block was deleted.
 */
export async function planBlockChange(
  m: EntityManager,
  before: SessionRecord,
  after: SessionRecord | null,
  action: string,
  by: string,
  dueAt: Date,
): Promise<void> {
  if (before.kind !== 'matching' || !isBlockAction(action)) return;
  // A block turned into another kind of session keeps no meetings: as if cancelled.
  const kind = after && after.kind !== 'matching' ? 'cancel' : action;
  const was = effectiveTimes(before);
  const now = after && kind !== 'cancel' ? effectiveTimes(after) : null;
  if (kind === 'reschedule' && now && sameTimes(was, now)) return;
  const shift = now ? now.start.getTime() - was.start.getTime() : 0;
  const key = `block:${before.id}:${kind}:${randomUUID()}`;
  const payload: BlockChange = {
    key,
    eventId: before.eventId,
    sessionId: before.id,
    action: kind,
    from: was.start.toISOString(),
    to: was.end.toISOString(),
    shiftMs: String(shift),
    by,
    ...(kind === 'reschedule' && now ? { until: now.end.toISOString() } : {}),
  };
  // Its own subject: re-planning the session's start and end effects must not drop it.
  await m.insert(TimedEffectEntity, { key, kind: BLOCK_CHANGED, subjectId: randomUUID(), payload, dueAt });
}

function sameTimes(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}
