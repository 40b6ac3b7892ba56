import type { BoothSummary, Category, Product } from '@pameran/contracts';
import { DEFAULT_WIDTH, uploadUrl } from '../uploads/upload-urls';

/** Public URLs of pictures: the uploaded one when there is one, else the one generated from the record. */
export const media = {
  logo: (exhibitorId: string, logoKey?: string | null) =>
    logoKey ? uploadUrl(logoKey, DEFAULT_WIDTH.logo) : `/api/media/exhibitors/${exhibitorId}/logo.svg`,
  product: (productId: string, imageKey?: string | null) =>
    imageKey ? uploadUrl(imageKey, DEFAULT_WIDTH.product) : `/api/media/products/${productId}.svg`,
};

export interface BoothRow {
  id: string;
  event_id: string;
  exhibitor_id: string;
  name: string;
  region: string;
  zone: Category;
  position_x: number;
  position_z: number;
  colour: string;
  logo_key?: string | null;
  product_count: string | number;
}

export function toBoothSummary(r: BoothRow, liveVisitors: number): BoothSummary {
  return {
    id: r.id,
    exhibitorId: r.exhibitor_id,
    name: r.name,
    region: r.region,
    category: r.zone,
    position: { x: r.position_x, z: r.position_z },
    colour: r.colour,
    logoUrl: media.logo(r.exhibitor_id, r.logo_key),
    productCount: Number(r.product_count),
    liveVisitors,
  };
}

export interface ProductRow {
  id: string;
  booth_id: string;
  category: Category;
  name_id: string;
  name_en: string;
  description_id: string;
  description_en: string;
  price_rupiah: string | number;
  unit: string;
  min_order: number;
  monthly_capacity: number | null;
  halal_number: string | null;
  pirt_number: string | null;
  bpom_number: string | null;
  export_ready: boolean;
  whatsapp_number: string;
  image_key?: string | null;
}

/** The product columns every reader maps the same way (the catalogue, the booth, a returning application's copy). */
export type ProductFieldRow = Pick<
  ProductRow,
  | 'category'
  | 'name_id'
  | 'name_en'
  | 'description_id'
  | 'description_en'
  | 'price_rupiah'
  | 'unit'
  | 'min_order'
  | 'monthly_capacity'
  | 'halal_number'
  | 'pirt_number'
  | 'bpom_number'
  | 'export_ready'
>;

/** A product row's own fields as the contracts name them; the English texts are as stored (maybe empty). */
export function productFields(r: ProductFieldRow) {
  return {
    category: r.category,
    name: { id: r.name_id, en: r.name_en },
    description: { id: r.description_id, en: r.description_en },
    priceRupiah: Number(r.price_rupiah),
    unit: r.unit,
    minOrder: r.min_order,
    monthlyCapacity: r.monthly_capacity,
    halalNumber: r.halal_number,
    pirtNumber: r.pirt_number,
    bpomNumber: r.bpom_number,
    exportReady: r.export_ready,
  };
}

export function toProduct(r: ProductRow): Product {
  return {
    id: r.id,
    boothId: r.booth_id,
    ...productFields(r),
    // Visitors read the Indonesian text where no English one was written.
    name: { id: r.name_id, en: r.name_en || r.name_id },
    description: { id: r.description_id, en: r.description_en || r.description_id },
    imageUrl: media.product(r.id, r.image_key),
    whatsappNumber: r.whatsapp_number,
  };
}

/** Columns of {@link ProductRow}; `p` = product, `e` = exhibitor (for the fallback WhatsApp number). */
export const PRODUCT_COLUMNS = `p.id, p.booth_id, p.category, p.name_id, p.name_en, p.description_id, p.description_en,
  p.price_rupiah, p.unit, p.min_order, p.monthly_capacity, p.halal_number, p.pirt_number, p.bpom_number,
  p.export_ready, coalesce(p.whatsapp_number, e.whatsapp_number) AS whatsapp_number, p.image_key`;
