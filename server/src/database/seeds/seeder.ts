import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { EventEntity } from '../../modules/events/event.entity';
import type { Seeder } from '../prepare-database';
import { OPOP_SLUG } from './opop-schedule';

/**
 * The seeder chosen by SEED; idempotent (an existing 2020 fair means seeded). `opop-2020`: the 2020 fair,
 * live (the specs' fair); `demo`: the 2020 fair archived with its history and a live fair of this year
 * (docs/demo.md). With NODE_ENV=production the fairs may still be loaded (e.g. for a rehearsal), but never
 * the demo accounts: their passwords would be printed, and accounts come from `npm run admin --
 * create-organiser` there. With SEED=opop-2020 and DEMO_LIVE the fair also gets its past (seed-history.ts).
 */
export function seederFor(config: AppConfig): Seeder | undefined {
  const seed = config.get('SEED');
  if (seed === 'none') return undefined;
  const accounts = config.get('NODE_ENV') !== 'production';
  // The live fair's history is placed before the demo's live day, so it comes with DEMO_LIVE (docs/demo.md).
  const history = accounts && config.get('DEMO_LIVE');
  return async (db: DataSource, log: Logger) => {
    if (await db.getRepository(EventEntity).exists({ where: { slug: OPOP_SLUG } })) return;
    const started = Date.now();
    // Loaded only when seeding: a warm restart never pays for the generators.
    const { seedOneFair, seedTwoFairs } = await import('./seed-demo');
    const write = seed === 'demo' ? seedTwoFairs : seedOneFair;
    // One transaction: a crash half-way leaves nothing, and the next start seeds again.
    const seeded = await db.transaction((m) => write(m, { accounts, history, log }));
    const slugs = seeded.fairs.map((f) => f.slug);
    log.log(
      { ms: Date.now() - started, fairs: slugs },
      `seeded the demo fair${slugs.length > 1 ? 's' : ''} ${slugs.join(' and ')}`,
    );
    seeded.accounts?.print(config.dataDir, config.linkOrigin, seeded.fairs);
  };
}
