import { z } from 'zod';
import { Rupiah, Uuid } from './common';
import { AuditionStage, Category, ExhibitorStatus, RegionCode, Role } from './domain';
import { PRODUCT_IMPORT_COLUMNS } from './backoffice';
import { Exhibitor } from './fair';
import { FairSlugQuery } from './fair-scope';
import { MeetingStatus } from './matching';

/** The organiser's console: live figures, charts, moderation feed, audit log viewer and reports. */

const Iso = z.iso.datetime({ offset: true });
const Count = z.number().int().nonnegative();

/** Rupiah summed over verified deals, per group (category or region). */
export const DealBucket = z.object({ key: z.string(), value: Rupiah, deals: Count });
export type DealBucket = z.infer<typeof DealBucket>;

export const RankedBooth = z.object({
  boothId: Uuid,
  exhibitorId: Uuid,
  name: z.string(),
  category: Category,
  region: RegionCode,
  /** Front centre on the hall floor (metres), for the heat map. */
  position: z.object({ x: z.number(), z: z.number() }),
  visits: Count,
  uniques: Count,
  chats: Count,
  whatsapp: Count,
  /** Meetings held (attended) with this exhibitor. */
  meetingsHeld: Count,
  dealsValue: Rupiah,
  liveVisitors: Count,
});
export type RankedBooth = z.infer<typeof RankedBooth>;

/** The live dashboard; the same shape over HTTP and in the `dashboard` socket event (organisers only). */
export const Dashboard = z.object({
  eventId: Uuid,
  at: Iso,
  /** People connected to the hall right now, on all nodes. */
  online: Count,
  /** People standing at a booth right now. */
  inBooths: Count,
  /** Booth id → people there now (only booths with someone). */
  occupancy: z.record(z.string(), Count),
  visits: z.object({ total: Count, uniques: Count, lastHour: Count }),
  whatsappClicks: Count,
  chat: z.object({ messages: Count, lastHour: Count, deleted: Count }),
  meetings: z.record(MeetingStatus, Count),
  /** Verified deals (the public headline), with what the parties claim and how many wait for verifying. */
  deals: z.object({
    total: Rupiah,
    count: Count,
    byCategory: z.array(DealBucket),
    byRegion: z.array(DealBucket),
    claimed: z.object({ total: Rupiah, count: Count }),
    awaiting: Count,
  }),
  exhibitors: z.record(ExhibitorStatus, Count),
  booths: Count,
  /** The ten busiest booths by visits. */
  topBooths: z.array(RankedBooth),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const SERIES_BUCKETS = ['hour', 'day'] as const;
export const SeriesQuery = z.strictObject({
  bucket: z.enum(SERIES_BUCKETS).default('hour'),
  boothId: Uuid.optional(),
});
export type SeriesQuery = z.infer<typeof SeriesQuery>;

export const DashboardSeries = z.object({
  bucket: z.enum(SERIES_BUCKETS),
  /** Visits and unique visitors per bucket and category (only non-empty buckets). */
  visits: z.array(z.object({ at: Iso, category: Category, visits: Count, uniques: Count })),
  chat: z.array(z.object({ at: Iso, messages: Count })),
});
export type DashboardSeries = z.infer<typeof DashboardSeries>;

export const BoothRankingQuery = z.strictObject({
  sort: z.enum(['visits', 'uniques', 'chats', 'whatsapp', 'dealsValue', 'liveVisitors']).default('visits'),
  category: Category.optional(),
});
export type BoothRankingQuery = z.infer<typeof BoothRankingQuery>;
export const BoothRanking = z.object({ items: z.array(RankedBooth) });
export type BoothRanking = z.infer<typeof BoothRanking>;

// ---- moderation feed
export const ChatFeedQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  boothId: Uuid.optional(),
  userId: Uuid.optional(),
  includeDeleted: z.enum(['true', 'false']).default('false'),
  /** A message id from the previous page (older messages follow). */
  before: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ChatFeedQuery = z.output<typeof ChatFeedQuery>;

export const ChatFeedItem = z.object({
  id: Uuid,
  boothId: Uuid,
  boothName: z.string(),
  userId: Uuid.nullable(),
  authorName: z.string(),
  authorRole: Role,
  fromStaff: z.boolean(),
  text: z.string(),
  createdAt: Iso,
  deletedAt: Iso.nullable(),
  /** The author's current state (muted/banned) so the moderator sees it at a glance. */
  authorState: z.enum(['ok', 'muted', 'banned']),
});
export type ChatFeedItem = z.infer<typeof ChatFeedItem>;
export const ChatFeed = z.object({ items: z.array(ChatFeedItem), nextBefore: Uuid.nullable() });
export type ChatFeed = z.infer<typeof ChatFeed>;

export const SanctionItem = z.object({
  id: Uuid,
  userId: Uuid,
  userName: z.string().nullable(),
  kind: z.enum(['mute', 'ban']),
  reason: z.string(),
  until: Iso.nullable(),
  createdAt: Iso,
});
export const SanctionList = z.object({ items: z.array(SanctionItem) });
export type SanctionItem = z.infer<typeof SanctionItem>;

// ---- audit log viewer
export const AuditQuery = z.strictObject({
  event: FairSlugQuery,
  /** Matches the action, the actor's name, the entity id or text inside the record. */
  q: z.string().trim().max(100).optional(),
  action: z.string().max(64).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AuditQuery = z.output<typeof AuditQuery>;
export const AuditEntry = z.object({
  id: Uuid,
  actorId: Uuid.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: Iso,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

// ---- audition bulk actions
export const BulkDecision = z
  .strictObject({
    /** `pass` moves each application on from `stage` (passing the last stage approves it). */
    action: z.enum(['approve', 'reject', 'pass']),
    ids: z.array(Uuid).min(1).max(100),
    /** Required to reject: the applicants read it. */
    reason: z.string().trim().min(3).max(500).optional(),
    /** Decide only applications at this stage (required to pass); the others fail with `wrong_stage`. */
    stage: AuditionStage.optional(),
    /** The organisers' note for the stage (kept with the decision, never shown to the applicant). */
    note: z.string().trim().max(2000).optional(),
  })
  .refine((d) => d.action !== 'reject' || d.reason !== undefined, {
    path: ['reason'],
    message: 'a reason is required to reject',
  })
  .refine((d) => d.action !== 'pass' || d.stage !== undefined, {
    path: ['stage'],
    message: 'name the stage the applications pass',
  });
export type BulkDecision = z.infer<typeof BulkDecision>;
export const BulkDecisionResult = z.object({
  results: z.array(
    z.object({
      id: Uuid,
      ok: z.boolean(),
      exhibitor: Exhibitor.optional(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  ),
});
export type BulkDecisionResult = z.infer<typeof BulkDecisionResult>;

// ---- reports
export const REPORT_KINDS = ['exhibitors', 'products', 'leads', 'meetings', 'deals'] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;
/** An exhibitor's own slice of the reports. */
export const MY_REPORT_KINDS = ['visitors', 'leads', 'meetings', 'deals'] as const;
export const MyReportKind = z.enum(MY_REPORT_KINDS);
export type MyReportKind = z.infer<typeof MyReportKind>;

export const ReportSummary = z.object({
  event: z.object({ slug: z.string(), name: z.object({ id: z.string(), en: z.string() }) }),
  from: z.string(),
  to: z.string(),
  generatedAt: Iso,
  exhibitors: z.record(ExhibitorStatus, Count),
  booths: Count,
  products: Count,
  visits: z.object({ total: Count, uniques: Count }),
  whatsappClicks: Count,
  chatMessages: Count,
  meetings: z.record(MeetingStatus, Count),
  deals: z.object({
    total: Rupiah,
    count: Count,
    byCategory: z.array(DealBucket),
    byRegion: z.array(DealBucket),
  }),
  visitsByCategory: z.array(z.object({ category: Category, visits: Count, uniques: Count })),
  visitsByDay: z.array(z.object({ day: z.string(), visits: Count, uniques: Count })),
  topBooths: z.array(RankedBooth),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

// ---- the organiser's exhibitor + product import: one row per product, the pesantren's columns first
// (filled on its first row; later rows may leave them empty or repeat them), then the product columns of
// the back office's own import.
export const EXHIBITOR_IMPORT_COLUMNS = [
  'exhibitor_name',
  'exhibitor_region',
  'exhibitor_contact',
  'exhibitor_whatsapp',
  'exhibitor_category',
  'exhibitor_description_id',
  'exhibitor_description_en',
  ...PRODUCT_IMPORT_COLUMNS,
] as const;

/** Live hall settings the moderation page shows (changed with PATCH /api/admin/events/:slug/settings). */
export const ConsoleSettings = z.object({ chatRegisteredOnly: z.boolean() });
export type ConsoleSettings = z.infer<typeof ConsoleSettings>;
