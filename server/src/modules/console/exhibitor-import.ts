import {
  CATEGORIES,
  EXHIBITOR_IMPORT_COLUMNS,
  REGION_CODES,
  type Category,
  type ImportIssue,
  type ProductCreate,
} from '@pameran/contracts';
import { z } from 'zod';
import { PRODUCT_IMPORT } from '../catalogue/product-import';
import { choiceCell, phoneCell } from '../imports/cells';
import type { ImportSpec, RowCells, ValidRow } from '../imports/import-engine';

/** The pesantren's fields; on the first row of each pesantren, empty on (or equal to) the rows after it. */
export interface ExhibitorFields {
  name: string;
  region?: string;
  contactName?: string;
  whatsappNumber?: string;
  category?: Category;
  descriptionId?: string;
  descriptionEn?: string;
}
export interface ExhibitorImportRow {
  exhibitor: ExhibitorFields;
  product: ProductCreate;
}

const text = (min: number, max: number) =>
  z
    .string({ error: 'is required' })
    .min(min, `needs at least ${min} characters`)
    .max(max, `has more than ${max} characters`);

/** "Kabupaten Garut", "kabupaten_garut" → kabupaten-garut. */
const regionCell = z
  .string()
  .transform((s) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-'),
  )
  .refine((s) => REGION_CODES.includes(s), 'must be a kabupaten/kota of West Java such as kabupaten-garut');

const ExhibitorPart = z
  .object({
    exhibitor_name: text(3, 120),
    exhibitor_region: regionCell.optional(),
    exhibitor_contact: text(2, 80).optional(),
    exhibitor_whatsapp: phoneCell.optional(),
    exhibitor_category: choiceCell(CATEGORIES).optional(),
    exhibitor_description_id: text(10, 2000).optional(),
    exhibitor_description_en: text(0, 2000).optional(),
  })
  .transform((r): ExhibitorFields => ({
    name: r.exhibitor_name,
    region: r.exhibitor_region,
    contactName: r.exhibitor_contact,
    whatsappNumber: r.exhibitor_whatsapp,
    category: r.exhibitor_category,
    descriptionId: r.exhibitor_description_id,
    descriptionEn: r.exhibitor_description_en,
  }));

/** One product per row: the pesantren's columns, then the back office's product columns as they are. */
const Row = z.custom<RowCells>().transform((cells, ctx): ExhibitorImportRow => {
  const exhibitor = ExhibitorPart.safeParse(cells);
  const product = PRODUCT_IMPORT.row.safeParse(cells);
  for (const result of [exhibitor, product])
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
  return exhibitor.success && product.success
    ? { exhibitor: exhibitor.data, product: product.data }
    : (z.NEVER as never);
});

export const EXHIBITOR_IMPORT: ImportSpec<ExhibitorImportRow> = {
  columns: EXHIBITOR_IMPORT_COLUMNS,
  required: ['exhibitor_name', ...PRODUCT_IMPORT.required],
  row: Row as z.ZodType<ExhibitorImportRow, RowCells>,
  maxRows: 5000,
};

const REQUIRED_FIRST: [keyof ExhibitorFields, string][] = [
  ['region', 'exhibitor_region'],
  ['contactName', 'exhibitor_contact'],
  ['whatsappNumber', 'exhibitor_whatsapp'],
  ['category', 'exhibitor_category'],
  ['descriptionId', 'exhibitor_description_id'],
];
const COLUMN_OF: Record<keyof ExhibitorFields, string> = {
  name: 'exhibitor_name',
  region: 'exhibitor_region',
  contactName: 'exhibitor_contact',
  whatsappNumber: 'exhibitor_whatsapp',
  category: 'exhibitor_category',
  descriptionId: 'exhibitor_description_id',
  descriptionEn: 'exhibitor_description_en',
};

export interface ExhibitorGroup {
  line: number;
  exhibitor: Required<Omit<ExhibitorFields, 'descriptionEn'>> & { descriptionEn: string };
  products: ValidRow<ProductCreate>[];
}

/**
 * Rows grouped by pesantren (name, case-insensitive): the first row must carry every pesantren field,
 * later rows may leave them empty or repeat them, never contradict them.
 */
export function groupRows(rows: ValidRow<ExhibitorImportRow>[]): {
  groups: ExhibitorGroup[];
  errors: ImportIssue[];
} {
  const errors: ImportIssue[] = [];
  const groups = new Map<string, ExhibitorGroup>();
  for (const { line, value } of rows) {
    const key = value.exhibitor.name.trim().toLowerCase();
    const group = groups.get(key);
    if (!group) {
      const missing = REQUIRED_FIRST.filter(([k]) => value.exhibitor[k] === undefined);
      for (const [, field] of missing)
        errors.push({ line, field, reason: 'is required on the first row of each pesantren' });
      if (missing.length) continue;
      groups.set(key, {
        line,
        exhibitor: {
          ...(value.exhibitor as ExhibitorGroup['exhibitor']),
          descriptionEn: value.exhibitor.descriptionEn ?? '',
        },
        products: [{ line, value: value.product }],
      });
      continue;
    }
    for (const [k, v] of Object.entries(value.exhibitor) as [keyof ExhibitorFields, string | undefined][]) {
      if (k === 'name' || v === undefined || v === group.exhibitor[k]) continue;
      errors.push({
        line,
        field: COLUMN_OF[k],
        reason: `differs from line ${group.line} of the same pesantren`,
      });
    }
    group.products.push({ line, value: value.product });
  }
  return { groups: [...groups.values()], errors };
}
