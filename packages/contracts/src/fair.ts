import { z } from 'zod';
import { E164, QueryBool, Rupiah } from './common';
import { AuditionStage, Category, ExhibitorStatus, RegionCode, SessionKind, SessionState } from './domain';

export const LocalizedText = z.object({ id: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ScheduleSession = z.object({
  id: z.uuid(),
  dayId: z.uuid(),
  kind: SessionKind,
  title: LocalizedText,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  state: SessionState,
});
export type ScheduleSession = z.infer<typeof ScheduleSession>;

export const EventDay = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  title: LocalizedText,
  sessions: z.array(ScheduleSession),
});
export type EventDay = z.infer<typeof EventDay>;

export const FairEvent = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: LocalizedText,
  description: LocalizedText,
  timeZone: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  /** True while a `hall` session is live. */
  hallOpen: z.boolean(),
  /** The session live now or next (any kind), for headers. */
  nextSession: ScheduleSession.nullable(),
  /** Milliseconds the schedule is shifted by in demo mode (0 otherwise). */
  demoOffsetMs: z.number().int(),
  days: z.array(EventDay),
});
export type FairEvent = z.infer<typeof FairEvent>;

export const Position = z.object({ x: z.number(), z: z.number() });
export type Position = z.infer<typeof Position>;

export const BoothSummary = z.object({
  id: z.uuid(),
  exhibitorId: z.uuid(),
  name: z.string(),
  region: RegionCode,
  category: Category,
  position: Position,
  colour: z.string(),
  logoUrl: z.string(),
  productCount: z.number().int(),
  liveVisitors: z.number().int(),
});
export type BoothSummary = z.infer<typeof BoothSummary>;

export const Product = z.object({
  id: z.uuid(),
  boothId: z.uuid(),
  category: Category,
  name: LocalizedText,
  description: LocalizedText,
  priceRupiah: Rupiah,
  unit: z.string(),
  minOrder: z.number().int().positive(),
  monthlyCapacity: z.number().int().nonnegative().nullable(),
  halalNumber: z.string().nullable(),
  pirtNumber: z.string().nullable(),
  bpomNumber: z.string().nullable(),
  exportReady: z.boolean(),
  imageUrl: z.string(),
  whatsappNumber: E164,
});
export type Product = z.infer<typeof Product>;

export const ProductWithBooth = Product.extend({
  boothName: z.string(),
  region: RegionCode,
});
export type ProductWithBooth = z.infer<typeof ProductWithBooth>;

export const BoothDetail = BoothSummary.extend({
  description: LocalizedText,
  whatsappNumber: E164,
  contactName: z.string(),
  products: z.array(Product),
});
export type BoothDetail = z.infer<typeof BoothDetail>;

export const BoothQuery = z.strictObject({
  category: Category.optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(1000),
});
export type BoothQuery = z.infer<typeof BoothQuery>;

export const ProductQuery = z.strictObject({
  event: z.string().max(64).optional(),
  q: z.string().trim().max(100).optional(),
  category: Category.optional(),
  halal: QueryBool.optional(),
  exportReady: QueryBool.optional(),
  boothId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProductQuery = z.infer<typeof ProductQuery>;

/** Exactly one of `productId` or `boothId`. */
export const WhatsappLeadRequest = z
  .strictObject({ productId: z.uuid().optional(), boothId: z.uuid().optional() })
  .refine((v) => (v.productId === undefined) !== (v.boothId === undefined), {
    message: 'give exactly one of productId or boothId',
    path: ['productId'],
  });
export type WhatsappLeadRequest = z.infer<typeof WhatsappLeadRequest>;
export const WhatsappLeadResponse = z.object({ url: z.string() });

/** A pesantren's application for a booth (audition). */
export const ExhibitorApplication = z.strictObject({
  eventSlug: z.string().max(64),
  name: z.string().trim().min(3).max(120),
  region: RegionCode,
  contactName: z.string().trim().min(2).max(80),
  whatsappNumber: E164,
  category: Category,
  description: z.strictObject({
    id: z.string().trim().min(10).max(2000),
    en: z.string().trim().max(2000).default(''),
  }),
});
export type ExhibitorApplication = z.input<typeof ExhibitorApplication>;

export const Exhibitor = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  name: z.string(),
  region: RegionCode,
  contactName: z.string(),
  whatsappNumber: E164,
  category: Category,
  description: LocalizedText,
  status: ExhibitorStatus,
  statusReason: z.string().nullable(),
  boothId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export type Exhibitor = z.infer<typeof Exhibitor>;

export const ExhibitorAdminQuery = z.strictObject({
  event: z.string().max(64).optional(),
  status: ExhibitorStatus.optional(),
  /** Applications at this audition stage (or decided there). */
  stage: AuditionStage.optional(),
  region: RegionCode.optional(),
  category: Category.optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ExhibitorAdminQuery = z.infer<typeof ExhibitorAdminQuery>;

export const RejectRequest = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export type RejectRequest = z.infer<typeof RejectRequest>;

export const HealthResponse = z.object({
  status: z.string(),
  info: z.record(z.string(), z.unknown()).optional(),
  error: z.record(z.string(), z.unknown()).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
