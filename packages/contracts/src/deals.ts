import { z } from 'zod';
import { Rupiah, Uuid } from './common';
import { ExhibitorRef, Party } from './matching';

/** Deals booked at the fair; only deals confirmed by the other party count in the totals. */
export const DEAL_STATUSES = ['inquiry', 'loi', 'po', 'paid'] as const;
export const DealStatus = z.enum(DEAL_STATUSES);
export type DealStatus = z.infer<typeof DealStatus>;

export const DealItem = z.strictObject({
  productId: Uuid,
  quantity: z.number().positive().max(1e9),
});

export const DealInput = z.strictObject({
  /** The exhibitor (when a buyer records) or the buyer (when an exhibitor records). */
  exhibitorId: Uuid.optional(),
  buyerId: Uuid.optional(),
  meetingId: Uuid.nullable().default(null),
  items: z.array(DealItem).max(50).default([]),
  value: Rupiah.refine((v) => v > 0, 'must be more than Rp0'),
  status: DealStatus,
  note: z.string().trim().max(1000).default(''),
});
export type DealInput = z.input<typeof DealInput>;
export const DealUpdate = DealInput.pick({ items: true, value: true, status: true, note: true }).partial().strict();

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
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Deal = z.infer<typeof Deal>;

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
