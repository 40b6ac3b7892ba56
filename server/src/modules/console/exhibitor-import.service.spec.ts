import { EXHIBITOR_IMPORT_COLUMNS } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import type { UnitOfWork } from '../../domain';
import type { AuditService } from '../audit/audit.service';
import type { BoothsService } from '../booths/booths.service';
import { type BoothProductsService, MAX_PRODUCTS } from '../catalogue/booth-products.service';
import type { EventsService } from '../events/events.service';
import type { ExhibitorsService } from '../exhibitors/exhibitors.service';
import { ExhibitorImportService } from './exhibitor-import.service';

const line = (values: Partial<Record<(typeof EXHIBITOR_IMPORT_COLUMNS)[number], string>>) =>
  EXHIBITOR_IMPORT_COLUMNS.map((c) => values[c] ?? '').join(',');

/** A file of one pesantren with `products` products. */
function file(products: number): Buffer {
  const rows = Array.from({ length: products }, (_, i) =>
    line({
      exhibitor_name: 'Pondok Pesantren Al-Falah',
      ...(i === 0 && {
        exhibitor_region: 'kabupaten-garut',
        exhibitor_contact: 'Ust. Ahmad',
        exhibitor_whatsapp: '081234567890',
        exhibitor_category: 'makanan',
        exhibitor_description_id: 'Pesantren dengan usaha keripik dan dodol.',
      }),
      name_id: `Dodol ${i + 1}`,
      category: 'makanan',
      price_rupiah: '25000',
      unit: 'kotak',
    }),
  );
  return Buffer.from([EXHIBITOR_IMPORT_COLUMNS.join(','), ...rows].join('\n'));
}

describe('ExhibitorImportService (dry run)', () => {
  const service = new ExhibitorImportService(
    { findEntity: async () => ({ id: 'event' }) } as unknown as EventsService,
    { namesTaken: async () => new Set<string>() } as unknown as ExhibitorsService,
    { perZone: async () => new Map<string, number>() } as unknown as BoothsService,
    {} as BoothProductsService,
    {} as AuditService,
    {} as UnitOfWork,
  );
  const organiser = { sub: 'organiser' } as Caller;

  it('accepts a pesantren with as many products as a booth holds', async () => {
    const report = await service.run(organiser, 'fair', file(MAX_PRODUCTS), true);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(MAX_PRODUCTS);
  });

  it('reports a pesantren with more products than a booth holds, at the first row too many', async () => {
    const report = await service.run(organiser, 'fair', file(MAX_PRODUCTS + 1), true);
    expect(report.errors).toEqual([
      {
        line: MAX_PRODUCTS + 2,
        field: 'exhibitor_name',
        reason: `a booth holds at most ${MAX_PRODUCTS} products`,
      },
    ]);
  });
});
