import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { EventEntity } from '../../modules/events/event.entity';
import type { Seeder } from '../prepare-database';
import { seedDemoAccounts } from './demo-accounts';
import { seedMatching } from './seed-matching';

export const OPOP_SLUG = 'opop-2020';

/**
 * The seeder chosen by SEED; idempotent (an existing event is left alone). With NODE_ENV=production the
 * demo fair may still be loaded (SEED=opop-2020, e.g. for a rehearsal), but never its demo accounts: their
 * passwords would be printed, and accounts come from `npm run admin -- create-organiser` there. With
 * DEMO_LIVE the demo fair also gets its past (seed-history.ts).
 */
export function seederFor(config: AppConfig): Seeder | undefined {
  if (config.get('SEED') === 'none') return undefined;
  const demoAccounts = config.get('NODE_ENV') !== 'production';
  // The history is placed before the demo's live day, so it comes with DEMO_LIVE (docs/demo.md).
  const history = demoAccounts && config.get('DEMO_LIVE');
  return async (db: DataSource, log: Logger) => {
    if (await db.getRepository(EventEntity).exists({ where: { slug: OPOP_SLUG } })) return;
    const started = Date.now();
    // Loaded only when seeding: a warm restart never pays for the generator.
    const { seedOpopFair } = await import('./seed-opop');
    // One transaction: a crash half-way leaves nothing, and the next start seeds again.
    const accounts = await db.transaction(async (m) => {
      const fair = await seedOpopFair(m, OPOP_SLUG, log);
      const demo = demoAccounts ? await seedDemoAccounts(m, fair.firstExhibitorId) : undefined;
      await seedMatching(m, OPOP_SLUG);
      if (history) {
        const { seedHistory, demoIds } = await import('./seed-history');
        await seedHistory(m, { slug: OPOP_SLUG, booths: fair.booths, demo: await demoIds(m) }, log);
      }
      return demo;
    });
    log.log({ ms: Date.now() - started }, `seeded the demo fair ${OPOP_SLUG}`);
    accounts?.print(config.dataDir);
  };
}
