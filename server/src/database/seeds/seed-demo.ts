import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventEntity } from '../../modules/events/event.entity';
import { seedDemoAccounts, type DemoFair } from './demo-accounts';
import { generateOpopFair } from './opop/generate';
import { OPOP_SLUG } from './opop-schedule';
import { seedLiveFair } from './seed-live-fair';
import { seedMatching } from './seed-matching';
import { analyseCatalogue, seedOpopFair, type SeededBooth } from './seed-opop';

export interface SeedOptions {
  /** The demo accounts (never in production). */
  accounts: boolean;
  /** SEED=opop-2020 only: the live 2020 fair's past before its last day (DEMO_LIVE). */
  history: boolean;
  log: Logger;
  /** Real "now" of the first start (the live fair's days are around it). */
  now?: number;
}

export interface SeedResult {
  fairs: DemoFair[];
  accounts?: Awaited<ReturnType<typeof seedDemoAccounts>>;
}

/** A fair's history; loaded only when there is one to write, so a plain start never pays for the generator. */
async function history(m: EntityManager, slug: string, booths: SeededBooth[], log: Logger): Promise<void> {
  const { seedHistory, demoIds } = await import('./seed-history');
  const { id } = await m.findOneByOrFail(EventEntity, { slug });
  await seedHistory(m, { slug, booths, demo: await demoIds(m, id) }, log);
}

/** SEED=opop-2020: the 2020 fair alone and live (what the specs start), its past with DEMO_LIVE. */
export async function seedOneFair(m: EntityManager, o: SeedOptions): Promise<SeedResult> {
  const fair = await seedOpopFair(m, OPOP_SLUG, o.log);
  await analyseCatalogue(m);
  const accounts = o.accounts ? await seedDemoAccounts(m, fair.firstExhibitorId) : undefined;
  await seedMatching(m, OPOP_SLUG);
  if (accounts && o.history) await history(m, OPOP_SLUG, fair.booths, o.log);
  return { accounts, fairs: [{ slug: OPOP_SLUG, name: 'OPOP Expo 2020', note: 'live' }] };
}

/**
 * SEED=demo (docs/decisions/0029-demo-two-fairs.md): the 2020 fair archived with its whole history on its
 * own dates, and the live fair of this year with the returning pesantren and their staff, newcomers, and
 * the same organisers.
 */
export async function seedTwoFairs(m: EntityManager, o: SeedOptions): Promise<SeedResult> {
  const past = generateOpopFair().exhibitors;
  const old = await seedOpopFair(m, OPOP_SLUG, o.log, 'archived', past);
  const accounts = o.accounts ? await seedDemoAccounts(m, old.firstExhibitorId) : undefined;
  // Its tables for the history's meetings; nothing left open in a fair that is over.
  await seedMatching(m, OPOP_SLUG, false);
  if (accounts) await history(m, OPOP_SLUG, old.booths, o.log);
  const live = await seedLiveFair(m, { exhibitors: past, seeded: old }, o.log, o.now);
  await analyseCatalogue(m);
  await carryMembers(m, old.eventId, live.fair.eventId, live.counterpart);
  await seedMatching(m, live.slug);
  return {
    accounts,
    fairs: [
      { slug: live.slug, name: `OPOP Expo ${live.year}`, note: 'live' },
      { slug: OPOP_SLUG, name: 'OPOP Expo 2020', note: 'archived: read-only, with its history' },
    ],
  };
}

/**
 * The 2020 fair's people in the live one: its organisers organise it too, and the staff of a returning
 * pesantren are staff of its new exhibitor (and own it when they owned the old one) (decision 0029).
 */
async function carryMembers(m: EntityManager, from: string, to: string, counterpart: Map<string, string>) {
  const pairs = JSON.stringify([...counterpart].map(([was, is]) => ({ was_id: was, is_id: is })));
  await m.query(
    `INSERT INTO membership (user_id, event_id, role)
     SELECT user_id, $2::uuid, 'organiser' FROM membership WHERE event_id = $1::uuid AND role = 'organiser'`,
    [from, to],
  );
  await m.query(
    `INSERT INTO membership (user_id, event_id, role, exhibitor_id)
     SELECT ms.user_id, $2::uuid, 'exhibitor', x.is_id FROM membership ms
       JOIN jsonb_to_recordset($3::jsonb) AS x(was_id uuid, is_id uuid) ON x.was_id = ms.exhibitor_id
      WHERE ms.event_id = $1::uuid AND ms.role = 'exhibitor'`,
    [from, to, pairs],
  );
  await m.query(
    `UPDATE exhibitor e SET owner_user_id = o.owner_user_id
       FROM jsonb_to_recordset($1::jsonb) AS x(was_id uuid, is_id uuid) JOIN exhibitor o ON o.id = x.was_id
      WHERE e.id = x.is_id AND o.owner_user_id IS NOT NULL`,
    [pairs],
  );
}
