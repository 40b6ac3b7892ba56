import { CATEGORIES, PRODUCT_IMPORT_COLUMNS, type ProductCreate } from '@pameran/contracts';
import { z } from 'zod';
import { booleanCell, choiceCell, integerCell, phoneCell } from '../imports/cells';
import type { ImportSpec, RowCells } from '../imports/import-engine';

const text = (min: number, max: number) =>
  z
    .string({ error: 'is required' })
    .min(min, min > 1 ? `needs at least ${min} characters` : 'is required')
    .max(max, `has more than ${max} characters`);
const cert = text(3, 40).optional();

/** One product per row of the import file; columns as in PRODUCT_IMPORT_COLUMNS. */
const ProductRow = z
  .object({
    name_id: text(2, 160),
    name_en: text(0, 160).optional(),
    category: choiceCell(CATEGORIES),
    price_rupiah: integerCell,
    unit: text(1, 40),
    min_order: integerCell.refine((n) => n >= 1, 'must be at least 1').optional(),
    monthly_capacity: integerCell.optional(),
    halal_number: cert,
    pirt_number: cert,
    bpom_number: cert,
    export_ready: booleanCell.optional(),
    description_id: text(0, 2000).optional(),
    description_en: text(0, 2000).optional(),
    whatsapp_number: phoneCell.optional(),
  })
  .transform((r): ProductCreate => ({
    category: r.category,
    name: { id: r.name_id, en: r.name_en ?? '' },
    description: { id: r.description_id ?? '', en: r.description_en ?? '' },
    priceRupiah: r.price_rupiah,
    unit: r.unit,
    minOrder: r.min_order ?? 1,
    monthlyCapacity: r.monthly_capacity ?? null,
    halalNumber: r.halal_number ?? null,
    pirtNumber: r.pirt_number ?? null,
    bpomNumber: r.bpom_number ?? null,
    exportReady: r.export_ready ?? false,
    whatsappNumber: r.whatsapp_number ?? null,
  }));

export const PRODUCT_IMPORT: ImportSpec<ProductCreate> = {
  columns: PRODUCT_IMPORT_COLUMNS,
  required: ['name_id', 'category', 'price_rupiah', 'unit'],
  row: ProductRow as z.ZodType<ProductCreate, RowCells>,
  maxRows: 1000,
};

/** The template people fill in: the header and one example row. */
export function productTemplateCsv(): string {
  const example = [
    'Keripik Singkong Balado',
    'Spicy Cassava Chips',
    'makanan',
    '15000',
    'pak 250 g',
    '10',
    '2000',
    'ID32110000123450820',
    '',
    '',
    'ya',
    'Keripik singkong renyah dengan bumbu balado.',
    'Crispy cassava chips with balado spice.',
    '',
  ];
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${PRODUCT_IMPORT_COLUMNS.join(',')}\r\n${example.map(quote).join(',')}\r\n`;
}
