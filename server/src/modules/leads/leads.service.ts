import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { LeadKind, WhatsappLeadRequest } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Tx } from '../../domain';
import { LeadEntity } from './lead.entity';
import { WhatsappTargetReadModel } from './read-models/whatsapp-target.read-model';
import { notFound } from '../../common/common.exception';

/** wa.me link with a prefilled message naming the product, so the seller knows what the buyer saw. */
export function whatsappUrl(number: string, text: string): string {
  return `https://wa.me/${number.replace(/^\+/, '')}?text=${encodeURIComponent(text)}`;
}

/** Where a lead happened: the booth and its fair. */
export interface BoothInFair {
  boothId: string;
  eventId: string;
}

/** A lead as its subject sees it in their data export. */
export interface PersonalLead {
  kind: LeadKind;
  boothId: string;
  productId: string | null;
  at: string;
  endedAt: string | null;
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
    await this.leads.insert({
      boothId: t.booth_id,
      eventId: t.event_id,
      userId,
      kind: 'whatsapp',
      productId: t.product_id,
    });
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
    return this.unlink(tx, 'booth_id = ANY(:boothIds) AND user_id IS NOT NULL', { boothIds });
  }

  /** Erasure of an account: its visits and leads stay as counts, without the person. */
  async forgetPerson(userId: string, tx: Tx): Promise<void> {
    await this.unlink(tx, 'user_id = :userId', { userId });
  }

  /** The visits, WhatsApp clicks and meeting requests recorded about the person, for their data export. */
  async aboutPerson(userId: string): Promise<PersonalLead[]> {
    const rows = await this.leads.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((l) => ({
      kind: l.kind,
      boothId: l.boothId,
      productId: l.productId,
      at: l.createdAt.toISOString(),
      endedAt: l.endedAt?.toISOString() ?? null,
    }));
  }

  /**
   * A buyer asked the booth's exhibitor for a meeting: the booth's leads list it (in the caller's unit).
   * Every writer names the booth's fair (`eventId`), so a fair's leads are found without the booth.
   */
  async recordMeetingRequest(at: BoothInFair, userId: string, tx: Tx): Promise<void> {
    await tx.manager.insert(LeadEntity, { ...at, userId, kind: 'meeting' });
  }

  /** A talk-now conversation with this visitor began at the booth (the id is the talk module's). */
  async recordTalk(id: string, at: BoothInFair, userId: string): Promise<void> {
    await this.leads
      .createQueryBuilder()
      .insert()
      .values({ id, ...at, userId, kind: 'talk' })
      .orIgnore()
      .execute();
  }

  /** The visitor's part in a talk-now conversation ended (idempotent: the first end time stays). */
  async endTalks(ids: string[], at = new Date()): Promise<void> {
    if (ids.length === 0) return;
    await this.leads
      .createQueryBuilder()
      .update()
      .set({ endedAt: at })
      .where("id = ANY(:ids) AND kind = 'talk' AND ended_at IS NULL", { ids })
      .execute();
  }

  /** Staff scanned a visitor's badge at the booth: a lead with their note and 1–5 score. Returns its id. */
  async recordBadgeScan(
    at: BoothInFair,
    userId: string,
    note: string | null,
    score: number | null,
  ): Promise<string> {
    const result = await this.leads.insert({ ...at, userId, kind: 'badge', note, score });
    return (result.identifiers[0] as { id: string }).id;
  }

  /**
   * Forgets the people on these rows. Each person's rows get one key made from their id and a salt drawn
   * for this call and then dropped: nobody can go back from the key to the person, yet the rows forgotten
   * together still tell one visitor from another, so the once-per-visitor-and-day figures do not change.
   */
  private async unlink(tx: Tx, where: string, params: Record<string, unknown>): Promise<number> {
    const result = await tx.manager
      .createQueryBuilder()
      .update(LeadEntity)
      .set({ userId: null, visitorKey: () => 'md5(user_id::text || :salt)' })
      .where(`(${where}) AND user_id IS NOT NULL`, { ...params, salt: randomBytes(16).toString('hex') })
      .execute();
    return result.affected ?? 0;
  }
}
