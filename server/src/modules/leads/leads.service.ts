import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WhatsappLeadRequest } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { LeadEntity } from './lead.entity';
import { notFound } from '../../common/common.exception';

interface Target {
  booth_id: string;
  booth_name: string;
  whatsapp: string;
  product_id: string | null;
  product_name: string | null;
  product_name_en: string | null;
}

/** wa.me link with a prefilled message naming the product, so the seller knows what the buyer saw. */
export function whatsappUrl(number: string, text: string): string {
  return `https://wa.me/${number.replace(/^\+/, '')}?text=${encodeURIComponent(text)}`;
}

@Injectable()
export class LeadsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records the click as a lead (with the user when signed in) and returns the WhatsApp link. */
  async whatsapp(
    dto: WhatsappLeadRequest,
    userId: string | null,
    locale: 'id' | 'en',
  ): Promise<{ url: string }> {
    const byProduct = dto.productId !== undefined;
    const [t] = await this.db.query<Target[]>(
      byProduct
        ? `SELECT b.id AS booth_id, e.name AS booth_name, coalesce(p.whatsapp_number, e.whatsapp_number) AS whatsapp,
             p.id AS product_id, p.name_id AS product_name, p.name_en AS product_name_en
           FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
           WHERE p.id = $1 AND NOT p.hidden`
        : `SELECT b.id AS booth_id, e.name AS booth_name, e.whatsapp_number AS whatsapp,
             NULL AS product_id, NULL AS product_name, NULL AS product_name_en
           FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id WHERE b.id = $1`,
      [byProduct ? dto.productId : dto.boothId],
    );
    if (!t) throw notFound(byProduct ? 'Product' : 'Booth');
    await this.db
      .getRepository(LeadEntity)
      .insert({ boothId: t.booth_id, userId, kind: 'whatsapp', productId: t.product_id });
    const product = locale === 'en' ? t.product_name_en || t.product_name : t.product_name;
    const text =
      locale === 'en'
        ? `Hello ${t.booth_name}, I saw ${product ? `"${product}"` : 'your booth'} at the OPOP virtual fair on Pameran and would like to know more.`
        : `Assalamu'alaikum ${t.booth_name}, saya melihat ${product ? `"${product}"` : 'booth Anda'} di pameran virtual OPOP (Pameran) dan ingin bertanya lebih lanjut.`;
    return { url: whatsappUrl(t.whatsapp, text) };
  }
}
