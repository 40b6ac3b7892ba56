import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/common.exception';
import { EventEntity } from './event.entity';

/**
 * The fair by its slug, or `not_found`. `lock` takes its row for the rest of the transaction: changes to one
 * fair (its fields, status, organisers) then run one after another.
 */
export async function fairBySlug(m: EntityManager, slug: string, lock = false): Promise<EventEntity> {
  const event = await m.findOne(EventEntity, {
    where: { slug },
    ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!event) throw notFound(`Event "${slug}"`);
  return event;
}
