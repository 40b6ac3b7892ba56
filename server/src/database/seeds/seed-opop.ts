import { Logger } from '@nestjs/common';
import { boothSlotPosition } from '@pameran/contracts';
import { EntityManager } from 'typeorm';
import { BoothEntity } from '../../modules/booths/booth.entity';
import { ProductEntity } from '../../modules/catalogue/product.entity';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../../modules/events/event.entity';
import { ExhibitorEntity } from '../../modules/exhibitors/exhibitor.entity';
import { generateOpopFair, type SeedExhibitor } from './opop/generate';
import { OPOP_DAYS, wib } from './opop-schedule';

const CHUNK = 500;

/** A seeded booth, for the generators that follow (the demo history). */
export interface SeededBooth {
  id: string;
  exhibitorId: string;
  category: SeedExhibitor['category'];
  region: string;
  name: string;
}

async function insertChunked<T extends object>(
  m: EntityManager,
  target: new () => T,
  rows: T[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const result = await m.insert(target, rows.slice(i, i + CHUNK) as never);
    ids.push(...result.identifiers.map((r) => r.id as string));
  }
  return ids;
}

/** The demo fair: event, 4-day schedule, ~520 pesantren (500 with booths) and their products. */
export async function seedOpopFair(
  m: EntityManager,
  slug: string,
  log: Logger,
): Promise<{ firstExhibitorId: string; booths: SeededBooth[] }> {
  const fair = generateOpopFair();
  const event = await m.save(
    m.create(EventEntity, {
      slug,
      // The demo fair runs: its schedule opens and closes the hall.
      status: 'live',
      nameId: 'OPOP Expo 2020 — Pameran Virtual One Pesantren One Product',
      nameEn: 'OPOP Expo 2020 — One Pesantren One Product Virtual Fair',
      descriptionId:
        'Pameran virtual produk unggulan 500 pesantren Jawa Barat: makanan, minuman, aksesoris, fesyen, kerajinan, pertanian dan peternakan, dengan temu bisnis daring dan luring.',
      descriptionEn:
        'A virtual fair of the flagship products of 500 West Java pesantren: food, drinks, accessories, fashion, crafts, agriculture and livestock, with business matching online and on site.',
      timeZone: 'Asia/Jakarta',
      startsOn: OPOP_DAYS[0].date,
      endsOn: OPOP_DAYS[OPOP_DAYS.length - 1].date,
    }),
  );
  for (const d of OPOP_DAYS) {
    const day = await m.save(
      m.create(EventDayEntity, { eventId: event.id, date: d.date, titleId: d.title.id, titleEn: d.title.en }),
    );
    await m.insert(
      ScheduleSessionEntity,
      d.sessions.map((s) => ({
        eventId: event.id,
        dayId: day.id,
        kind: s.kind,
        titleId: s.title.id,
        titleEn: s.title.en,
        startsAt: wib(d.date, s.start),
        endsAt: wib(d.date, s.end),
      })),
    );
  }
  log.log(`seeding ${slug}: event and ${OPOP_DAYS.length} days`);

  const exhibitorIds = await insertChunked(
    m,
    ExhibitorEntity,
    fair.exhibitors.map((e) =>
      m.create(ExhibitorEntity, {
        eventId: event.id,
        name: e.name,
        region: e.region,
        contactName: e.contactName,
        whatsappNumber: e.whatsappNumber,
        category: e.category,
        descriptionId: e.description.id,
        descriptionEn: e.description.en,
        colour: e.colour,
        status: e.status,
        statusReason: e.statusReason,
      }),
    ),
  );
  log.log(`seeding ${slug}: ${exhibitorIds.length} pesantren`);

  const approved = fair.exhibitors
    .map((e, i) => ({ e, id: exhibitorIds[i] }))
    .filter(({ e }) => e.status === 'approved');
  const boothIds = await insertChunked(
    m,
    BoothEntity,
    approved.map(({ e, id }) => {
      const at = boothSlotPosition(e.category, e.slot!);
      return m.create(BoothEntity, {
        eventId: event.id,
        exhibitorId: id,
        zone: e.category,
        slot: e.slot!,
        positionX: at.x,
        positionZ: at.z,
      });
    }),
  );
  log.log(`seeding ${slug}: ${boothIds.length} booths`);

  const products = approved.flatMap(({ e }, i) =>
    e.products.map((p, order) =>
      m.create(ProductEntity, {
        boothId: boothIds[i],
        category: p.category,
        nameId: p.name.id,
        nameEn: p.name.en,
        descriptionId: p.description.id,
        descriptionEn: p.description.en,
        priceRupiah: p.priceRupiah,
        unit: p.unit,
        minOrder: p.minOrder,
        monthlyCapacity: p.monthlyCapacity,
        halalNumber: p.halalNumber,
        pirtNumber: p.pirtNumber,
        bpomNumber: p.bpomNumber,
        exportReady: p.exportReady,
        sortOrder: order,
      }),
    ),
  );
  for (let i = 0; i < products.length; i += CHUNK) {
    await m.insert(ProductEntity, products.slice(i, i + CHUNK));
    log.log(`seeding ${slug}: products ${Math.min(i + CHUNK, products.length)}/${products.length}`);
  }
  // Fresh statistics, so the planner picks the search indexes from the first request on.
  await m.query('ANALYZE product, exhibitor, booth');
  return {
    firstExhibitorId: approved[0].id,
    booths: approved.map(({ e, id }, i) => ({
      id: boothIds[i],
      exhibitorId: id,
      category: e.category,
      region: e.region,
      name: e.name,
    })),
  };
}
