import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { WhatsappLeadRequest } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Tx } from '../../domain';
import { LeadEntity } from './lead.entity';
import { WhatsappTargetReadModel } from './read-models/whatsapp-target.read-model';
import { notFound } from '../../common/common.exception';

/** wa.me link with a prefilled message naming the product, so the seller knows what the buyer saw. */
export function whatsappUrl(number: string, text: string): string {
  return `https://wa.me/${number.replace(/^\+/, '')}?text=${encodeURIComponent(text)}`;
}

@Injectable()
export class LeadsService {
  constructor(
    @InjectRepository(LeadEntity) private readonly leads: Repository<LeadEntity>,
    private readonly targets: WhatsappTargetReadModel,
  ) {}

  /** Records the click as a lead (with the user when signed in) and returns the WhatsApp link. */
  async whatsapp(
    dto: WhatsappLeadRequest,
    userId: string | null,
    locale: 'id' | 'en',
  ): Promise<{ url: string }> {
    const byProduct = dto.productId !== undefined;
    const t = byProduct
      ? await this.targets.ofProduct(dto.productId!)
      : await this.targets.ofBooth(dto.boothId!);
    if (!t) throw notFound(byProduct ? 'Product' : 'Booth');
    await this.leads.insert({ boothId: t.booth_id, userId, kind: 'whatsapp', productId: t.product_id });
    const product = locale === 'en' ? t.product_name_en || t.product_name : t.product_name;
    const text =
      locale === 'en'
        ? `Hello ${t.booth_name}, I saw ${product ? `"${product}"` : 'your booth'} at the OPOP virtual fair on Pameran and would like to know more.`
        : `Assalamu'alaikum ${t.booth_name}, saya melihat ${product ? `"${product}"` : 'booth Anda'} di pameran virtual OPOP (Pameran) dan ingin bertanya lebih lanjut.`;
    return { url: whatsappUrl(t.whatsapp, text) };
  }

  /**
   * Retention after the fair: the booths' visits and leads no longer name the person (the row stays, so
   * visit, WhatsApp and meeting-request counts per booth, category and day stay). Idempotent.
   */
  async forgetPeople(boothIds: string[], tx: Tx): Promise<number> {
    if (boothIds.length === 0) return 0;
    const result = await tx.manager
      .createQueryBuilder()
      .update(LeadEntity)
      .set({ userId: null })
      .where('booth_id = ANY(:boothIds) AND user_id IS NOT NULL', { boothIds })
      .execute();
    return result.affected ?? 0;
  }

  /** A buyer asked the booth's exhibitor for a meeting: the booth's leads list it (in the caller's unit). */
  async recordMeetingRequest(boothId: string, userId: string, tx: Tx): Promise<void> {
    await tx.manager.insert(LeadEntity, { boothId, userId, kind: 'meeting' });
  }
}
