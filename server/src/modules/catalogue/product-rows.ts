import type { BackofficeProduct, ProductCreate, ProductUpdate } from '@pameran/contracts';
import { type ProductRow, toProduct } from '../booths/booth.mapper';
import type { ProductEntity } from './product.entity';

export type OwnProductRow = ProductRow & {
  hidden: boolean;
  sort_order: number;
  own_whatsapp: string | null;
};

export function toBackofficeProduct(r: OwnProductRow): BackofficeProduct {
  return {
    ...toProduct(r),
    hidden: r.hidden,
    sortOrder: r.sort_order,
    hasPhoto: Boolean(r.image_key),
    whatsappOverride: r.own_whatsapp,
  };
}

/** Entity columns from a create or update body (only the fields present). */
export function productColumns(dto: ProductCreate | ProductUpdate): Partial<ProductEntity> {
  const c: Partial<ProductEntity> = {};
  if (dto.category !== undefined) c.category = dto.category;
  if (dto.name) {
    c.nameId = dto.name.id;
    c.nameEn = dto.name.en;
  }
  if (dto.description) {
    c.descriptionId = dto.description.id;
    c.descriptionEn = dto.description.en;
  }
  if (dto.priceRupiah !== undefined) c.priceRupiah = dto.priceRupiah;
  if (dto.unit !== undefined) c.unit = dto.unit;
  if (dto.minOrder !== undefined) c.minOrder = dto.minOrder;
  if (dto.monthlyCapacity !== undefined) c.monthlyCapacity = dto.monthlyCapacity;
  if (dto.halalNumber !== undefined) c.halalNumber = dto.halalNumber;
  if (dto.pirtNumber !== undefined) c.pirtNumber = dto.pirtNumber;
  if (dto.bpomNumber !== undefined) c.bpomNumber = dto.bpomNumber;
  if (dto.exportReady !== undefined) c.exportReady = dto.exportReady;
  if (dto.whatsappNumber !== undefined) c.whatsappNumber = dto.whatsappNumber;
  if (dto.hidden !== undefined) c.hidden = dto.hidden;
  return c;
}
