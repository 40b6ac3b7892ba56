import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BackofficeProduct } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { PRODUCT_COLUMNS } from '../../booths/booth.mapper';
import { type OwnProductRow, toBackofficeProduct } from '../product-rows';

/** Every product of a booth, hidden ones too; the exhibitor's number is the fallback WhatsApp number. */
const OWN_PRODUCTS_SQL = `SELECT ${PRODUCT_COLUMNS}, p.hidden, p.sort_order, p.whatsapp_number AS own_whatsapp
  FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id`;

/**
 * A booth's products as its exhibitor manages them. Reads the booths module's `booth` and the exhibitors
 * module's `exhibitor` tables (for the WhatsApp number a product falls back to).
 */
@Injectable()
export class BoothProductsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(boothId: string): Promise<BackofficeProduct[]> {
    const rows = await this.db.query<OwnProductRow[]>(
      `${OWN_PRODUCTS_SQL} WHERE p.booth_id = $1 ORDER BY p.sort_order, p.name_id, p.id`,
      [boothId],
    );
    return rows.map(toBackofficeProduct);
  }

  async get(productId: string): Promise<BackofficeProduct | null> {
    const [row] = await this.db.query<OwnProductRow[]>(`${OWN_PRODUCTS_SQL} WHERE p.id = $1`, [productId]);
    return row ? toBackofficeProduct(row) : null;
  }
}
