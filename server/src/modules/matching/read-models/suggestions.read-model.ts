import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BuyerCertification, BuyerType, Category } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import type { Bookings } from '../suggestions/fullness';
import type { Behaviour, BuyerNeeds, ProductFacts } from '../suggestions/scoring';

/** A product as a suggestion card names it, with the scorer's facts. */
export interface CatalogueProduct extends ProductFacts {
  nameId: string;
  nameEn: string;
}

/** An approved exhibitor with a booth, as a suggestion candidate. */
export interface CatalogueExhibitor {
  exhibitorId: string;
  boothId: string;
  name: string;
  category: Category;
  region: string;
  products: CatalogueProduct[];
}

/** A buyer who agreed to be listed, with what they need. */
export interface ListedBuyer {
  userId: string;
  name: string;
  company: string;
  country: string;
  type: BuyerType;
  needs: BuyerNeeds;
}

interface NeedsRow {
  user_id: string;
  categories: Category[] | null;
  products_sought: string[] | null;
  monthly_volume: number | null;
  certifications: BuyerCertification[] | null;
  target_markets: string[] | null;
  country: string | null;
  sourcing: { category: Category; title: string; halal: boolean; exportReady: boolean }[] | null;
}

const NEEDS_COLUMNS = `b.user_id, b.categories, b.products_sought, b.monthly_volume, b.certifications,
  b.target_markets, b.country,
  (SELECT json_agg(json_build_object('category', s.category, 'title', s.title, 'halal', s.halal,
                                     'exportReady', s.export_ready))
     FROM sourcing_request s WHERE s.buyer_id = b.user_id AND s.status = 'open') AS sourcing`;

/** Profile and open sourcing requests merged into one set of needs (sourcing adds, never removes). */
function needsOf(r: NeedsRow): BuyerNeeds {
  const categories = new Set(r.categories ?? []);
  const terms = new Set((r.products_sought ?? []).map((t) => t.toLowerCase()));
  const certs = new Set(r.certifications ?? []);
  // Selling into another country than one's own needs export-ready goods even when not ticked.
  if ((r.target_markets ?? []).some((m) => m !== 'ID' && m !== r.country)) certs.add('export');
  for (const s of r.sourcing ?? []) {
    categories.add(s.category);
    terms.add(s.title.toLowerCase());
    if (s.halal) certs.add('halal');
    if (s.exportReady) certs.add('export');
  }
  return {
    categories: [...categories],
    terms: [...terms],
    certifications: [...certs],
    monthlyVolume: r.monthly_volume,
  };
}

type BehaviourRow = { party: string; kind: keyof Behaviour; n: number };

function behaviourMap(rows: BehaviourRow[]): Map<string, Behaviour> {
  const out = new Map<string, Behaviour>();
  for (const r of rows) {
    const b = out.get(r.party) ?? { shortlisted: 0, visits: 0, chats: 0, whatsapp: 0 };
    b[r.kind] += Number(r.n);
    out.set(r.party, b);
  }
  return out;
}

const LEAD_KIND = `CASE l.kind WHEN 'visit' THEN 'visits' WHEN 'chat' THEN 'chats' ELSE 'whatsapp' END`;

/** What one side did at the other's booth, and the pairs ("buyerId:exhibitorId") not to suggest again. */
export interface PairFacts {
  behaviour: Map<string, Behaviour>;
  settled: Set<string>;
}
type PairRows = { behaviour: BehaviourRow[]; settled: string[] };

/**
 * SELECT columns (parameter $1: the buyer's or the exhibitor's id) for the behaviour between the two sides,
 * keyed by the other side, and the settled pairs: the exhibitor declined the buyer, a request between them
 * is still open, or they have (or had) a meeting.
 */
function pairColumns(side: 'buyer' | 'exhibitor'): string {
  const buyer = side === 'buyer';
  const behaviour = buyer
    ? `SELECT b.exhibitor_id AS party, 'shortlisted' AS kind, count(*)::int AS n
         FROM shortlist_item s JOIN product p ON p.id = s.product_id JOIN booth b ON b.id = p.booth_id
        WHERE s.user_id = $1 GROUP BY b.exhibitor_id
       UNION ALL
       SELECT b.exhibitor_id, ${LEAD_KIND}, count(*)::int
         FROM lead l JOIN booth b ON b.id = l.booth_id
        WHERE l.user_id = $1 AND l.kind <> 'meeting' GROUP BY b.exhibitor_id, l.kind`
    : `SELECT s.user_id AS party, 'shortlisted' AS kind, count(*)::int AS n
         FROM shortlist_item s JOIN product p ON p.id = s.product_id JOIN booth b ON b.id = p.booth_id
        WHERE b.exhibitor_id = $1 GROUP BY s.user_id
       UNION ALL
       SELECT l.user_id, ${LEAD_KIND}, count(*)::int
         FROM lead l JOIN booth b ON b.id = l.booth_id
        WHERE b.exhibitor_id = $1 AND l.user_id IS NOT NULL AND l.kind <> 'meeting'
        GROUP BY l.user_id, l.kind`;
  const settled = `SELECT r.requester_id || ':' || r.exhibitor_id AS pair FROM meeting_request r
        WHERE ${buyer ? 'r.requester_id' : 'r.exhibitor_id'} = $1 AND r.status IN ('declined', 'pending', 'countered')
       UNION
       SELECT p.user_id || ':' || m.exhibitor_id FROM meeting m JOIN meeting_participant p ON p.meeting_id = m.id
        WHERE ${buyer ? 'p.user_id' : 'm.exhibitor_id'} = $1 AND p.side = 'buyer' AND m.status <> 'cancelled'`;
  return `(SELECT coalesce(json_agg(x), '[]') FROM (${behaviour}) x) AS behaviour,
          (SELECT coalesce(json_agg(y.pair), '[]') FROM (${settled}) y) AS settled`;
}

function pairFacts(row: PairRows): PairFacts {
  return { behaviour: behaviourMap(row.behaviour), settled: new Set(row.settled) };
}

/**
 * What suggestions read from other modules: the catalogue module's `product`, the booths module's `booth`,
 * the exhibitors module's `exhibitor`, the users module's `app_user` and `buyer_profile`, the leads module's
 * `lead` and the events module's `event`, with matching's own requests, meetings, availability, shortlists
 * and sourcing requests. Never writes.
 */
@Injectable()
export class SuggestionsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The fair's approved exhibitors with a booth and their visible products, most visited first. */
  async catalogue(eventId: string): Promise<CatalogueExhibitor[]> {
    const exhibitors: Omit<CatalogueExhibitor, 'products'>[] = await this.db.query(
      `SELECT e.id AS "exhibitorId", b.id AS "boothId", e.name, e.category, e.region
         FROM exhibitor e JOIN booth b ON b.exhibitor_id = e.id
         LEFT JOIN (SELECT booth_id, count(*) AS n FROM lead GROUP BY booth_id) v ON v.booth_id = b.id
        WHERE e.event_id = $1 AND e.status = 'approved'
        ORDER BY coalesce(v.n, 0) DESC, e.name ASC, e.id ASC`,
      [eventId],
    );
    const products: (CatalogueProduct & { boothId: string })[] = await this.db.query(
      `SELECT p.id, p.booth_id AS "boothId", p.category, p.name_id AS "nameId", p.name_en AS "nameEn",
              lower(p.name_id || ' ' || p.name_en || ' ' || p.description_id || ' ' || p.description_en) AS text,
              p.halal_number IS NOT NULL AS halal, p.pirt_number IS NOT NULL AS pirt,
              p.bpom_number IS NOT NULL AS bpom, p.export_ready AS "exportReady",
              p.min_order AS "minOrder", p.monthly_capacity AS "monthlyCapacity"
         FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
        WHERE e.event_id = $1 AND e.status = 'approved' AND NOT p.hidden
        ORDER BY p.sort_order ASC, p.id ASC`,
      [eventId],
    );
    const byBooth = new Map<string, CatalogueProduct[]>();
    for (const { boothId, ...p } of products) {
      const list = byBooth.get(boothId) ?? [];
      list.push(p);
      byBooth.set(boothId, list);
    }
    return exhibitors.map((e) => ({ ...e, products: byBooth.get(e.boothId) ?? [] }));
  }

  /**
   * In one round trip: a buyer's needs (null without a buyer profile), what they did at each exhibitor's
   * booth, and the pairs not to suggest again.
   */
  async buyerSide(buyerId: string): Promise<{ needs: BuyerNeeds | null } & PairFacts> {
    const [row]: [{ needs: NeedsRow | null } & PairRows] = await this.db.query(
      `SELECT (SELECT row_to_json(n) FROM (SELECT ${NEEDS_COLUMNS} FROM buyer_profile b WHERE b.user_id = $1) n) AS needs,
              ${pairColumns('buyer')}`,
      [buyerId],
    );
    return { needs: row.needs ? needsOf(row.needs) : null, ...pairFacts(row) };
  }

  /** In one round trip: what each person did at this exhibitor's booth, and the pairs not to suggest again. */
  async exhibitorSide(exhibitorId: string): Promise<PairFacts> {
    const [row]: [PairRows] = await this.db.query(`SELECT ${pairColumns('exhibitor')}`, [exhibitorId]);
    return pairFacts(row);
  }

  /** Buyers who agreed to be listed (live accounts with a profile), with their needs. */
  async listedBuyers(): Promise<ListedBuyer[]> {
    const rows: (NeedsRow & { name: string; company: string; type: BuyerType })[] = await this.db.query(
      `SELECT ${NEEDS_COLUMNS}, u.display_name AS name, b.company, b.type
         FROM app_user u JOIN buyer_profile b ON b.user_id = u.id
        WHERE u.role = 'buyer' AND u.directory_listed AND u.deleted_at IS NULL AND NOT u.is_guest
        ORDER BY u.created_at ASC, u.id ASC`,
    );
    return rows.map((r) => ({
      userId: r.user_id,
      name: r.name,
      company: r.company,
      country: r.country ?? '',
      type: r.type,
      needs: needsOf(r),
    }));
  }

  /**
   * The exhibitor a person is staff of in the latest of their fairs (membership module's `membership`): whose
   * suggestions they see when they name no fair, as a buyer sees the latest fair's.
   */
  async latestStaffExhibitor(userId: string): Promise<string | null> {
    const [row]: { exhibitorId: string }[] = await this.db.query(
      `SELECT ms.exhibitor_id AS "exhibitorId" FROM membership ms JOIN event e ON e.id = ms.event_id
        WHERE ms.user_id = $1 AND ms.role = 'exhibitor' AND ms.exhibitor_id IS NOT NULL
        ORDER BY e.ends_on DESC, e.id ASC LIMIT 1`,
      [userId],
    );
    return row?.exhibitorId ?? null;
  }

  /** The event a fair slug names, or the latest fair when none is named. */
  async eventId(slug: string | undefined): Promise<string | null> {
    const [row]: { id: string }[] = slug
      ? await this.db.query('SELECT id FROM event WHERE slug = $1', [slug])
      : await this.db.query('SELECT id FROM event ORDER BY ends_on DESC, id ASC LIMIT 1');
    return row?.id ?? null;
  }

  /** In one round trip: the fair's time zone, its meetings (not cancelled) and its exhibitors' availability. */
  async bookings(eventId: string): Promise<Bookings & { timeZone: string | null }> {
    type Span = { exhibitorId: string; start: string; end: string };
    const [row]: [{ timeZone: string | null; booked: Span[]; windows: Span[] }] = await this.db.query(
      `SELECT (SELECT time_zone FROM event WHERE id = $1) AS "timeZone",
              (SELECT coalesce(json_agg(json_build_object('exhibitorId', exhibitor_id, 'start', starts_at)), '[]')
                 FROM meeting WHERE event_id = $1 AND status <> 'cancelled') AS booked,
              (SELECT coalesce(json_agg(json_build_object('exhibitorId', a.exhibitor_id, 'start', a.starts_at,
                                                          'end', a.ends_at)), '[]')
                 FROM availability_window a JOIN exhibitor e ON e.id = a.exhibitor_id WHERE e.event_id = $1) AS windows`,
      [eventId],
    );
    return {
      timeZone: row.timeZone,
      booked: row.booked.map((b) => ({ exhibitorId: b.exhibitorId, start: new Date(b.start) })),
      windows: row.windows.map((w) => ({
        exhibitorId: w.exhibitorId,
        start: new Date(w.start),
        end: new Date(w.end),
      })),
    };
  }
}
