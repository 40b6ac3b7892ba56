import { boothSlotPosition, CATEGORY_COLOURS, type Category, type EventStatus } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BoothEntity } from '../../src/modules/booths/booth.entity';
import { ProductEntity } from '../../src/modules/catalogue/product.entity';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../../src/modules/events/event.entity';
import { ExhibitorEntity } from '../../src/modules/exhibitors/exhibitor.entity';

/** A small fair for specs that do not need the whole seeded one. */
export class FairFactory {
  /**
   * An event running today, its hall open from an hour ago for eight hours (unless `hallOpen` is false); `live`
   * unless `status` says otherwise (a fair in `draft` is hidden from all but its organisers).
   */
  static async event(
    db: DataSource,
    slug = 'test-fair',
    opts: { hallOpen?: boolean; status?: EventStatus } = {},
  ): Promise<EventEntity> {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const event = await db.getRepository(EventEntity).save({
      slug,
      nameId: 'Pameran Uji',
      nameEn: 'Test Fair',
      timeZone: 'Asia/Jakarta',
      startsOn: day(-1),
      endsOn: day(1),
      status: opts.status ?? 'live',
    });
    const today = await db
      .getRepository(EventDayEntity)
      .save({ eventId: event.id, date: day(0), titleId: 'Hari ini', titleEn: 'Today' });
    const hour = 3_600_000;
    const opensAt = opts.hallOpen === false ? Date.now() + 2 * hour : Date.now() - hour;
    await db.getRepository(ScheduleSessionEntity).save({
      eventId: event.id,
      dayId: today.id,
      kind: 'hall',
      titleId: 'Aula dibuka',
      titleEn: 'Hall open',
      startsAt: new Date(opensAt),
      endsAt: new Date(opensAt + 8 * hour),
    });
    return event;
  }

  static async exhibitor(
    db: DataSource,
    eventId: string,
    dto: Partial<ExhibitorEntity> = {},
  ): Promise<ExhibitorEntity> {
    const category: Category = dto.category ?? 'makanan';
    return db.getRepository(ExhibitorEntity).save({
      eventId,
      name: `Pondok Pesantren Uji ${randomUUID().slice(0, 6)}`,
      region: 'kabupaten-garut',
      contactName: 'Ust. Uji',
      whatsappNumber: '+6281234567890',
      category,
      descriptionId: 'Pesantren uji dengan produk makanan ringan.',
      descriptionEn: 'A test pesantren selling snacks.',
      colour: CATEGORY_COLOURS[category],
      status: 'applied',
      ...dto,
    });
  }

  /** An approved exhibitor with a booth at `slot` and `products` products. */
  static async booth(
    db: DataSource,
    eventId: string,
    opts: { category?: Category; slot?: number; products?: number } = {},
  ) {
    const category = opts.category ?? 'makanan';
    const exhibitor = await this.exhibitor(db, eventId, { category, status: 'approved' });
    const at = boothSlotPosition(category, opts.slot ?? 0);
    const booth = await db.getRepository(BoothEntity).save({
      eventId,
      exhibitorId: exhibitor.id,
      zone: category,
      slot: opts.slot ?? 0,
      positionX: at.x,
      positionZ: at.z,
    });
    const products: ProductEntity[] = [];
    for (let i = 0; i < (opts.products ?? 2); i++) {
      products.push(
        await db.getRepository(ProductEntity).save({
          boothId: booth.id,
          category,
          nameId: `Keripik Singkong ${i}`,
          nameEn: `Cassava Chips ${i}`,
          descriptionId: 'Keripik renyah',
          descriptionEn: 'Crispy chips',
          priceRupiah: 15000 + i * 1000,
          unit: 'pak 250 g',
          minOrder: 10,
          monthlyCapacity: 2000,
          halalNumber: i % 2 === 0 ? 'ID32110000123450820' : null,
          exportReady: i % 2 === 1,
          sortOrder: i,
        }),
      );
    }
    return { exhibitor, booth, products };
  }
}
