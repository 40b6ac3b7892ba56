import { Logger } from '@nestjs/common';
import type { EventStatus } from '@pameran/contracts';
import { EntityManager } from 'typeorm';
import { generateOpopFair, type SeedExhibitor } from './opop/generate';
import { OPOP_DAYS } from './opop-schedule';
import { seedFair, type SeededFair } from './seed-fair';

export type { SeededBooth } from './seed-fair';

/** Fresh statistics, so the planner picks the search indexes from the first request on. */
export const analyseCatalogue = (m: EntityManager) => m.query('ANALYZE product, exhibitor, booth');

/**
 * The 2020 fair: event, 4-day schedule, ~520 pesantren (500 with booths) and their products. `live` for
 * SEED=opop-2020 (its schedule opens and closes the hall); `archived` in the two-fair demo.
 */
export async function seedOpopFair(
  m: EntityManager,
  slug: string,
  log: Logger,
  status: EventStatus = 'live',
  exhibitors: SeedExhibitor[] = generateOpopFair().exhibitors,
): Promise<SeededFair> {
  return seedFair(
    m,
    {
      slug,
      status,
      nameId: 'OPOP Expo 2020 — Pameran Virtual One Pesantren One Product',
      nameEn: 'OPOP Expo 2020 — One Pesantren One Product Virtual Fair',
      descriptionId:
        'Pameran virtual produk unggulan 500 pesantren Jawa Barat: makanan, minuman, aksesoris, fesyen, kerajinan, pertanian dan peternakan, dengan temu bisnis daring dan luring.',
      descriptionEn:
        'A virtual fair of the flagship products of 500 West Java pesantren: food, drinks, accessories, fashion, crafts, agriculture and livestock, with business matching online and on site.',
      days: OPOP_DAYS,
      exhibitors,
    },
    log,
  );
}
