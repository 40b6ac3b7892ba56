import { z } from 'zod';
import { Rupiah, Uuid } from './common';
import { Category } from './domain';

/** Business matching: meeting requests, meetings, slots, tables, availability, sourcing, shortlist. */

export const REQUEST_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'countered',
  'expired',
  'cancelled',
] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const MEETING_STATUSES = ['scheduled', 'live', 'held', 'no_show', 'cancelled'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** Who asked for the meeting: a buyer (the exhibitor answers) or an exhibitor's staff (the buyer answers). */
export const REQUEST_ASKERS = ['buyer', 'exhibitor'] as const;
export const RequestAsker = z.enum(REQUEST_ASKERS);
export type RequestAsker = z.infer<typeof RequestAsker>;

export const MEETING_MODES = ['online', 'onsite'] as const;
export const MeetingMode = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingMode>;

/** Legal request transitions; everything else is refused (409 illegal_transition). */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  pending: ['accepted', 'declined', 'countered', 'expired', 'cancelled'],
  countered: ['accepted', 'declined', 'expired', 'cancelled'],
  accepted: [],
  declined: [],
  expired: [],
  cancelled: [],
};

/** Legal meeting transitions. */
export const MEETING_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  scheduled: ['live', 'cancelled'],
  live: ['held', 'no_show', 'cancelled'],
  held: [],
  no_show: [],
  cancelled: [],
};

const IsoTime = z.iso.datetime({ offset: true });

export const Slot = z.object({ start: IsoTime, end: IsoTime });
export type Slot = z.infer<typeof Slot>;

/** A slot of the matching grid with whether the viewer's counterpart can take it. */
export const SlotOption = Slot.extend({ free: z.boolean() });
export type SlotOption = z.infer<typeof SlotOption>;

export const Party = z.object({
  id: Uuid,
  name: z.string(),
  company: z.string().nullable(),
  country: z.string().nullable(),
  timeZone: z.string().nullable(),
  /** True when the person erased their account: name and company are empty; show "deleted account". */
  deleted: z.boolean().optional(),
});
export type Party = z.infer<typeof Party>;

export const ExhibitorRef = z.object({
  id: Uuid,
  name: z.string(),
  boothId: Uuid.nullable(),
  category: Category,
});
export type ExhibitorRef = z.infer<typeof ExhibitorRef>;

export const Meeting = z.object({
  id: Uuid,
  requestId: Uuid,
  exhibitor: ExhibitorRef,
  buyers: z.array(Party),
  start: IsoTime,
  end: IsoTime,
  mode: MeetingMode,
  table: z.string().nullable(),
  status: MeetingStatus,
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingRequest = z.object({
  id: Uuid,
  exhibitor: ExhibitorRef,
  /** Who asked; the other side answers, the asker may cancel. */
  askedBy: RequestAsker,
  /** The buyer of the request (who asked, or who was asked when an exhibitor asked). */
  requester: Party,
  attendees: z.array(Party),
  message: z.string(),
  productIds: z.array(Uuid),
  preferredSlots: z.array(Slot),
  mode: MeetingMode,
  status: RequestStatus,
  counterSlot: Slot.nullable(),
  declineReason: z.string().nullable(),
  expiresAt: IsoTime,
  meeting: Meeting.nullable(),
  createdAt: IsoTime,
  /** The viewer was invited to join the buyer's side and has not answered (only the invitee sees it). */
  invitedMe: z.boolean(),
});
export type MeetingRequest = z.infer<typeof MeetingRequest>;

const Message = z.string().trim().max(1000);

export const CreateMeetingRequest = z.strictObject({
  exhibitorId: Uuid,
  message: Message.default(''),
  productIds: z.array(Uuid).max(20).default([]),
  preferredSlots: z.array(Slot).max(6).default([]),
  mode: MeetingMode.default('online'),
  /** Colleagues on the buyer's side (registered accounts), up to 3 besides the requester. */
  attendeeEmails: z.array(z.email()).max(3, 'at most 4 people on the buyer side').default([]),
});
export type CreateMeetingRequest = z.input<typeof CreateMeetingRequest>;

export const AcceptRequest = z.strictObject({
  /** The slot to book now; absent = accept and leave the slot to the organiser's auto-scheduling. */
  slotStart: IsoTime.optional(),
});
export const DeclineRequest = z.strictObject({ reason: z.string().trim().min(3).max(500) });

/** A colleague's answer to being invited to a meeting request. */
export const InvitationAnswer = z.strictObject({ accept: z.boolean() });
export type InvitationAnswer = z.infer<typeof InvitationAnswer>;
export const CounterRequest = z.strictObject({ slotStart: IsoTime, message: Message.optional() });

export const MeetingAction = z.strictObject({ status: z.enum(['held', 'no_show', 'cancelled']) });

/** The exhibitor's availability inside the matching blocks (replaces the previous set). */
export const AvailabilityInput = z.strictObject({ windows: z.array(Slot).max(200) });
export type AvailabilityInput = z.infer<typeof AvailabilityInput>;

/** A buyer's daily working hours in their own time zone, used by auto-scheduling. */
export const WorkingHours = z.strictObject({
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'),
  to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM'),
});
export type WorkingHours = z.infer<typeof WorkingHours>;

/** The caller's calendar feed address (under the API prefix) and when it stops working. */
export const CalendarFeedLink = z.object({ path: z.string(), expiresAt: z.iso.datetime() });
export type CalendarFeedLink = z.infer<typeof CalendarFeedLink>;

export const MatchingSettings = z.object({
  slotMinutes: z.number().int().min(5).max(120),
  bufferMinutes: z.number().int().min(0).max(60),
  requestTtlHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  dailyLimit: z.number().int().min(1).max(48),
});
export type MatchingSettings = z.infer<typeof MatchingSettings>;
export const MatchingSettingsInput = MatchingSettings.partial().strict();

export const MeetingTable = z.object({ id: Uuid, label: z.string(), active: z.boolean() });
export const MeetingTableInput = z.strictObject({ label: z.string().trim().min(1).max(20) });

/** Organiser auto-scheduling. */
export const AutoScheduleInput = z.strictObject({ includePending: z.boolean().default(false) });
export const Placement = z.object({
  requestId: Uuid,
  start: IsoTime,
  end: IsoTime,
  table: z.string().nullable(),
});
export type Placement = z.infer<typeof Placement>;
export const UNPLACED_REASONS = ['no_common_slot', 'daily_limit', 'no_table', 'conflicts'] as const;
export const AutoSchedulePreview = z.object({
  placements: z.array(Placement),
  unplaced: z.array(z.object({ requestId: Uuid, reason: z.enum(UNPLACED_REASONS) })),
  stats: z.object({
    requests: z.number(),
    placed: z.number(),
    upperBound: z.number(),
    greedy: z.number(),
    ms: z.number(),
  }),
});
export type AutoSchedulePreview = z.infer<typeof AutoSchedulePreview>;
export const AutoScheduleCommit = z.strictObject({
  placements: z
    .array(z.strictObject({ requestId: Uuid, start: IsoTime }))
    .min(1)
    .max(5000),
});

/** Sourcing requests ("need 2 t of arabica, halal, export-ready"). */
export const SourcingInput = z.strictObject({
  title: z.string().trim().min(3).max(120),
  category: Category,
  quantity: z.number().positive().max(1e9),
  unit: z.string().trim().min(1).max(20),
  halal: z.boolean().default(false),
  exportReady: z.boolean().default(false),
  requirements: z.string().trim().max(1000).default(''),
  targetPrice: Rupiah.nullable().default(null),
  destinationCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'),
});
export type SourcingInput = z.input<typeof SourcingInput>;
export const SourcingResponseInput = z.strictObject({
  message: z.string().trim().min(3).max(1000),
  productIds: z.array(Uuid).max(10).default([]),
});
export const SourcingResponse = z.object({
  id: Uuid,
  exhibitor: ExhibitorRef,
  message: z.string(),
  productIds: z.array(Uuid),
  createdAt: IsoTime,
});
export const SourcingRequest = z.object({
  id: Uuid,
  buyer: Party,
  title: z.string(),
  category: Category,
  quantity: z.number(),
  unit: z.string(),
  halal: z.boolean(),
  exportReady: z.boolean(),
  requirements: z.string(),
  targetPrice: Rupiah.nullable(),
  destinationCountry: z.string(),
  status: z.enum(['open', 'closed']),
  responses: z.array(SourcingResponse),
  createdAt: IsoTime,
});
export type SourcingRequest = z.infer<typeof SourcingRequest>;

export const ShortlistItem = z.object({
  productId: Uuid,
  boothId: Uuid.nullable(),
  exhibitorId: Uuid,
  addedAt: IsoTime,
});
export type ShortlistItem = z.infer<typeof ShortlistItem>;

/** Pushed to a meeting's parties (`meeting:state`). */
export const MeetingStateEvent = z.object({ meeting: Meeting });
export type MeetingStateEvent = z.infer<typeof MeetingStateEvent>;
