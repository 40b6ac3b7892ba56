import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface WhatsappTarget {
  booth_id: string;
  event_id: string;
  booth_name: string;
  whatsapp: string;
  product_id: string | null;
  product_name: string | null;
  product_name_en: string | null;
}

/**
 * Whom a WhatsApp click reaches: the booth's pesantren and number, or a visible product's own number with
 * the pesantren's as fallback. Reads booths' `booth`, exhibitors' `exhibitor` and catalogue's `product`.
 */
@Injectable()
export class WhatsappTargetReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ofProduct(productId: string): Promise<WhatsappTarget | undefined> {
    const [t] = await this.db.query<WhatsappTarget[]>(
      `SELECT b.id AS booth_id, b.event_id, e.name AS booth_name, coalesce(p.whatsapp_number, e.whatsapp_number) AS whatsapp,
         p.id AS product_id, p.name_id AS product_name, p.name_en AS product_name_en
       FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
       WHERE p.id = $1 AND NOT p.hidden`,
      [productId],
    );
    return t;
  }

  async ofBooth(boothId: string): Promise<WhatsappTarget | undefined> {
    const [t] = await this.db.query<WhatsappTarget[]>(
      `SELECT b.id AS booth_id, b.event_id, e.name AS booth_name, e.whatsapp_number AS whatsapp,
         NULL AS product_id, NULL AS product_name, NULL AS product_name_en
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id WHERE b.id = $1`,
      [boothId],
    );
    return t;
  }
}
