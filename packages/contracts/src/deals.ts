import { z } from 'zod';
import { Rupiah, Uuid } from './common';
import { ExhibitorRef, MeetingStatus, Party } from './matching';

/**
 * Deals booked at the fair. The public total counts verified deals only: confirmed by the other party and
 * then verified, automatically or by the organiser (docs/domain.md, "Deals").
 */
export const DEAL_STATUSES = ['inquiry', 'loi', 'po', 'paid'] as const;
export const DealStatus = z.enum(DEAL_STATUSES);
export type DealStatus = z.infer<typeof DealStatus>;

export const DealItem = z.strictObject({
  productId: Uuid,
  quantity: z.number().positive().max(1e9),
});

/** No single deal at a pesantren fair comes near Rp1 triliun; anything above is refused outright. */
export const DEAL_VALUE_CEILING = 1_000_000_000_000;
/** A deal's value: whole rupiah, more than Rp0, at most {@link DEAL_VALUE_CEILING}. */
export const DealValue = z
  .number()
  .int()
  .refine((v) => v > 0, 'must be more than Rp0')
  .refine((v) => v <= DEAL_VALUE_CEILING, 'must be at most Rp1.000.000.000.000');

/** claimed → verified | rejected; a change by the recording side makes it claimed again. */
export const DEAL_VERIFICATIONS = ['claimed', 'verified', 'rejected'] as const;
export const DealVerification = z.enum(DEAL_VERIFICATIONS);
export type DealVerification = z.infer<typeof DealVerification>;

export const DealInput = z.strictObject({
  /** The exhibitor (when a buyer records) or the buyer (when an exhibitor records). */
  exhibitorId: Uuid.optional(),
  buyerId: Uuid.optional(),
  meetingId: Uuid.nullable().default(null),
  items: z.array(DealItem).max(50).default([]),
  value: DealValue,
  status: DealStatus,
  /** The evidence when no meeting is linked: what was agreed, invoice or PO number, delivery. */
  note: z.string().trim().max(1000).default(''),
});
export type DealInput = z.input<typeof DealInput>;
export const DealUpdate = DealInput.pick({ items: true, value: true, status: true, note: true })
  .partial()
  .strict();

export const Deal = z.object({
  id: Uuid,
  exhibitor: ExhibitorRef,
  buyer: Party,
  meetingId: Uuid.nullable(),
  items: z.array(DealItem),
  value: Rupiah,
  status: DealStatus,
  note: z.string(),
  recordedBy: z.enum(['buyer', 'exhibitor']),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  verification: DealVerification,
  verifiedAt: z.iso.datetime({ offset: true }).nullable(),
  rejectionReason: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Deal = z.infer<typeof Deal>;

/** The plausible value of one deal at a fair, set by the organiser; outside it a deal needs verifying. */
export const DealValueRange = z
  .strictObject({ min: DealValue, max: DealValue })
  .refine((r) => r.min <= r.max, { message: 'must be at least min', path: ['max'] });
export type DealValueRange = z.infer<typeof DealValueRange>;
/** Used until the organiser sets a range: Rp100 ribu to Rp5 miliar. */
export const DEFAULT_DEAL_VALUE_RANGE: DealValueRange = { min: 100_000, max: 5_000_000_000 };

/** A confirmed deal waiting for the organiser, with what the automatic rule found. */
export const DealToVerify = Deal.extend({
  meetingStatus: MeetingStatus.nullable(),
  inRange: z.boolean(),
});
export type DealToVerify = z.infer<typeof DealToVerify>;
export const DealQueue = z.object({
  range: DealValueRange,
  items: z.array(DealToVerify),
  /** Deals confirmed by both parties (not rejected) against those verified: the organiser's two totals. */
  claimed: z.object({ total: Rupiah, count: z.number().int() }),
  verified: z.object({ total: Rupiah, count: z.number().int() }),
});
export type DealQueue = z.infer<typeof DealQueue>;
export const DealRejection = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export type DealRejection = z.infer<typeof DealRejection>;

/** Verified deals only: the fair's public figures. */
const Bucket = z.object({ key: z.string(), value: Rupiah, deals: z.number().int() });
export const DealTotals = z.object({
  total: Rupiah,
  deals: z.number().int(),
  byCategory: z.array(Bucket),
  byRegion: z.array(Bucket),
  byExhibitor: z.array(Bucket.extend({ name: z.string() })),
  byBuyerCountry: z.array(Bucket),
});
export type DealTotals = z.infer<typeof DealTotals>;

/** In-app notifications, pushed over the socket (`notification`) and kept for later. */
export const NOTIFICATION_KINDS = [
  'request_new',
  'request_accepted',
  'request_declined',
  'request_countered',
  'request_expired',
  'request_cancelled',
  'meeting_scheduled',
  'meeting_cancelled',
  'meeting_reminder',
  'deal_to_confirm',
  'deal_confirmed',
  'sourcing_response',
  'deal_verified',
  'deal_rejected',
  'message_new',
  'meeting_moved',
  'outcome_to_record',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;
export const Notification = z.object({
  id: Uuid,
  kind: NotificationKind,
  /** Names and times to fill the message in the reader's language; `link` is an app path. */
  data: z.record(z.string(), z.string()),
  link: z.string().nullable(),
  readAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Notification = z.infer<typeof Notification>;
