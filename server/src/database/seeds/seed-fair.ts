import { Logger } from '@nestjs/common';
import { boothSlotPosition, type EventStatus } from '@pameran/contracts';
import { EntityManager } from 'typeorm';
import { BoothEntity } from '../../modules/booths/booth.entity';
import { ProductEntity } from '../../modules/catalogue/product.entity';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../../modules/events/event.entity';
import { ExhibitorEntity } from '../../modules/exhibitors/exhibitor.entity';
import type { SeedExhibitor } from './opop/generate';
import { wib, type SeedDay } from './opop-schedule';

const CHUNK = 500;

/** A seeded booth, for the generators that follow (the demo history). */
export interface SeededBooth {
  id: string;
  exhibitorId: string;
  category: SeedExhibitor['category'];
  region: string;
  name: string;
}

/** One fair as the seed writes it: the event, its days (WIB) and its pesantren (booths for the approved). */
export interface FairSpec {
  slug: string;
  status: EventStatus;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  days: SeedDay[];
  exhibitors: SeedExhibitor[];
}

export interface SeededFair {
  eventId: string;
  /** The exhibitors' ids, in the order of {@link FairSpec.exhibitors}. */
  exhibitorIds: string[];
  firstExhibitorId: string;
  booths: SeededBooth[];
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

/** Writes one fair: event, schedule, pesantren, booths and products (chunked inserts, one transaction's manager). */
export async function seedFair(m: EntityManager, spec: FairSpec, log: Logger): Promise<SeededFair> {
  const { slug, days } = spec;
  const event = await m.save(
    m.create(EventEntity, {
      slug,
      status: spec.status,
      nameId: spec.nameId,
      nameEn: spec.nameEn,
      descriptionId: spec.descriptionId,
      descriptionEn: spec.descriptionEn,
      timeZone: 'Asia/Jakarta',
      startsOn: days[0].date,
      endsOn: days[days.length - 1].date,
    }),
  );
  for (const d of days) {
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
  log.log(`seeding ${slug}: event and ${days.length} days`);

  const exhibitorIds = await insertChunked(
    m,
    ExhibitorEntity,
    spec.exhibitors.map((e) =>
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

  const approved = spec.exhibitors
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
  return {
    eventId: event.id,
    exhibitorIds,
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
