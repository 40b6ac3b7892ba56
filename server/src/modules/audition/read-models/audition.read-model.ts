import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditionDecision,
  AuditionReview,
  AuditionStage,
  Category,
  ProductChange,
  ProductCreate,
  ReturningFrom,
} from '@pameran/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { productFields, type ProductFieldRow } from '../../booths/booth.mapper';

/** A product of the earlier fair's booth, with how it compares with what that fair showed. */
export interface SourceProduct {
  id: string;
  product: ProductCreate;
  imageKey: string | null;
  change: ProductChange;
}

interface SourceProductRow extends ProductFieldRow {
  id: string;
  price_rupiah: string;
  whatsapp_number: string | null;
  hidden: boolean;
  image_key: string | null;
  change: ProductChange;
}

/**
 * What the audition shows beside the applications, and the earlier booth a returning pesantren copies.
 * Reads its own `audition_review`, `returning_application` and `application_product`, and others' tables:
 * users' `app_user` (who decided), events' `event` (the earlier fair's name and last day), booths' `booth`
 * and the catalogue's `product` (the earlier booth's products). It never writes.
 */
@Injectable()
export class AuditionReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The stages an application has passed (latest decision or not: a stage once passed stays passed). */
  async passedStages(exhibitorId: string, manager: EntityManager): Promise<Set<AuditionStage>> {
    const rows = await manager.query<{ stage: AuditionStage }[]>(
      `SELECT DISTINCT stage FROM audition_review WHERE exhibitor_id = $1 AND decision = 'passed'`,
      [exhibitorId],
    );
    return new Set(rows.map((r) => r.stage));
  }

  /** The stages any application of the fair has a decision at (reads exhibitors' `exhibitor`). */
  async decidedStages(eventId: string, manager: EntityManager): Promise<Set<AuditionStage>> {
    const rows = await manager.query<{ stage: AuditionStage }[]>(
      `SELECT DISTINCT r.stage FROM audition_review r JOIN exhibitor e ON e.id = r.exhibitor_id
       WHERE e.event_id = $1`,
      [eventId],
    );
    return new Set(rows.map((r) => r.stage));
  }

  /** Every decision about these applications, oldest first, with the name of who took it. */
  async reviews(exhibitorIds: string[]): Promise<Map<string, AuditionReview[]>> {
    const rows = await this.db.query<
      {
        exhibitor_id: string;
        stage: AuditionStage;
        decision: AuditionDecision;
        note: string;
        at: Date;
        by_name: string | null;
      }[]
    >(
      `SELECT r.exhibitor_id, r.stage, r.decision, r.note, r.at, u.display_name AS by_name
       FROM audition_review r LEFT JOIN app_user u ON u.id = r.by_user_id
       WHERE r.exhibitor_id = ANY($1) ORDER BY r.at, r.id`,
      [exhibitorIds],
    );
    const out = new Map<string, AuditionReview[]>();
    for (const r of rows) {
      const list = out.get(r.exhibitor_id) ?? [];
      list.push({
        stage: r.stage,
        decision: r.decision,
        note: r.note,
        byName: r.by_name,
        at: new Date(r.at).toISOString(),
      });
      out.set(r.exhibitor_id, list);
    }
    return out;
  }

  /** Where each returning application comes from, and how many of its products are new or changed. */
  async returning(exhibitorIds: string[]): Promise<Map<string, ReturningFrom>> {
    const rows = await this.db.query<
      {
        exhibitor_id: string;
        from_exhibitor_id: string | null;
        slug: string;
        name_id: string;
        name_en: string;
        total: number;
        new: number;
        changed: number;
        needs_review: number;
      }[]
    >(
      `SELECT ra.exhibitor_id, ra.from_exhibitor_id, ev.slug, ev.name_id, ev.name_en,
              count(ap.id)::int AS total,
              (count(ap.id) FILTER (WHERE ap.change = 'new'))::int AS new,
              (count(ap.id) FILTER (WHERE ap.change = 'changed'))::int AS changed,
              (count(ap.id) FILTER (WHERE ap.needs_review))::int AS needs_review
       FROM returning_application ra
       JOIN event ev ON ev.id = ra.from_event_id
       LEFT JOIN application_product ap ON ap.exhibitor_id = ra.exhibitor_id
       WHERE ra.exhibitor_id = ANY($1)
       GROUP BY ra.exhibitor_id, ra.from_exhibitor_id, ev.id`,
      [exhibitorIds],
    );
    return new Map(
      rows.map((r) => [
        r.exhibitor_id,
        {
          exhibitorId: r.from_exhibitor_id,
          eventSlug: r.slug,
          eventName: { id: r.name_id, en: r.name_en },
          products: { total: r.total, new: r.new, changed: r.changed, needsReview: r.needs_review },
        },
      ]),
    );
  }

  /**
   * The exhibitors of other fairs than `eventId` the person owns or is staff of (reads exhibitors'
   * `exhibitor`, events' `event` and memberships' `membership`), the latest fair first.
   */
  async teamExhibitorsElsewhere(userId: string, eventId: string) {
    return this.db.query<
      {
        id: string;
        name: string;
        region: string;
        category: Category;
        description_id: string;
        description_en: string;
        slug: string;
        name_id: string;
        name_en: string;
      }[]
    >(
      `SELECT e.id, e.name, e.region, e.category, e.description_id, e.description_en,
              ev.slug, ev.name_id, ev.name_en
       FROM exhibitor e JOIN event ev ON ev.id = e.event_id
       WHERE e.event_id <> $2
         AND (e.owner_user_id = $1 OR EXISTS (SELECT 1 FROM membership m
              WHERE m.user_id = $1 AND m.role = 'exhibitor' AND m.exhibitor_id = e.id))
       ORDER BY ev.starts_on DESC, e.id`,
      [userId, eventId],
    );
  }

  /**
   * The products of the exhibitor's booth, in its order. A product created after the fair's last day (in
   * the fair's own zone) is `new`, one edited since is `changed`: what that fair's organisers never saw.
   */
  async sourceProducts(exhibitorId: string): Promise<SourceProduct[]> {
    const rows = await this.db.query<SourceProductRow[]>(
      `SELECT p.id, p.category, p.name_id, p.name_en, p.description_id, p.description_en, p.price_rupiah,
              p.unit, p.min_order, p.monthly_capacity, p.halal_number, p.pirt_number, p.bpom_number,
              p.export_ready, p.whatsapp_number, p.hidden, p.image_key,
              CASE WHEN p.created_at >= c.closed_at THEN 'new'
                   WHEN p.updated_at >= c.closed_at THEN 'changed'
                   ELSE 'same' END AS change
       FROM booth b
       JOIN event ev ON ev.id = b.event_id
       JOIN product p ON p.booth_id = b.id
       CROSS JOIN LATERAL (SELECT ((ev.ends_on + 1)::timestamp AT TIME ZONE ev.time_zone) AS closed_at) c
       WHERE b.exhibitor_id = $1
       ORDER BY p.sort_order, p.id`,
      [exhibitorId],
    );
    return rows.map((r) => ({
      id: r.id,
      product: toProductCreate(r),
      imageKey: r.image_key,
      change: r.change,
    }));
  }
}

function toProductCreate(r: SourceProductRow): ProductCreate {
  return {
    ...productFields(r),
    whatsappNumber: r.whatsapp_number,
    hidden: r.hidden,
  };
}
