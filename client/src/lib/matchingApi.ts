import {
  Suggestions,
  CalendarFeedLink,
  AutoSchedulePreview,
  Deal,
  DealTotals,
  listOf,
  MatchingSettings,
  Meeting,
  MeetingRequest,
  MeetingTable,
  Notification,
  ShortlistItem,
  SlotOption,
  SourcingRequest,
  WorkingHours,
  type CreateMeetingRequest,
  type DealInput,
  type RequestStatus,
  type SourcingInput,
} from '@pameran/contracts';
import { z } from 'zod';
import { api } from './api';

const enc = encodeURIComponent;
const MeetingList = listOf(Meeting);
const RequestList = listOf(MeetingRequest);
const DealList = listOf(Deal);
const SourcingList = listOf(SourcingRequest);
const NotificationList = listOf(Notification).extend({ unread: z.number() });
const Windows = z.object({ windows: z.array(z.object({ start: z.string(), end: z.string() })) });

/** A fresh key per user intent; a retry of the same intent reuses it (see `createRequest`). */
export const newIdempotencyKey = () => globalThis.crypto.randomUUID();

export const meetingsApi = {
  createRequest: (body: CreateMeetingRequest, idempotencyKey: string) =>
    api.post('/meetings/requests', MeetingRequest, body, { headers: { 'Idempotency-Key': idempotencyKey } }),
  /** The caller's requests in the fair the page shows (the server lists every fair's without `event`). */
  requests: (
    slug: string,
    side: 'incoming' | 'outgoing' | 'all',
    status?: RequestStatus,
    signal?: AbortSignal,
  ) => api.get('/meetings/requests', RequestList, { query: { event: slug, side, status }, signal }),
  accept: (id: string, slotStart?: string) =>
    api.post(`/meetings/requests/${enc(id)}/accept`, MeetingRequest, { slotStart }),
  answerInvitation: (id: string, accept: boolean) =>
    api.post(`/meetings/requests/${enc(id)}/invitation`, MeetingRequest, { accept }),
  decline: (id: string, reason: string) =>
    api.post(`/meetings/requests/${enc(id)}/decline`, MeetingRequest, { reason }),
  counter: (id: string, slotStart: string) =>
    api.post(`/meetings/requests/${enc(id)}/counter`, MeetingRequest, { slotStart }),
  cancelRequest: (id: string) => api.post(`/meetings/requests/${enc(id)}/cancel`, MeetingRequest, {}),
  slotsWith: (exhibitorId: string, signal?: AbortSignal) =>
    api.get('/meetings/slots', z.array(SlotOption), { query: { exhibitorId }, signal }),
  slotsFor: (requestId: string, signal?: AbortSignal) =>
    api.get(`/meetings/requests/${enc(requestId)}/slots`, z.array(SlotOption), { signal }),
  mine: (slug: string, signal?: AbortSignal) =>
    api.get('/meetings', MeetingList, { query: { event: slug }, signal }),
  setStatus: (id: string, status: 'held' | 'no_show' | 'cancelled') =>
    api.post(`/meetings/${enc(id)}/status`, Meeting, { status }),
  availability: (slug: string, signal?: AbortSignal) =>
    api.get(`/meetings/availability?event=${enc(slug)}`, Windows, { signal }),
  setAvailability: (slug: string, windows: { start: string; end: string }[]) =>
    api.put(`/meetings/availability?event=${enc(slug)}`, Windows, { windows }),
  calendarFeed: (signal?: AbortSignal) => api.get('/me/calendar-feed', CalendarFeedLink, { signal }),
  rotateCalendarFeed: () => api.post('/me/calendar-feed/rotate', CalendarFeedLink),
  setWorkingHours: (workingHours: WorkingHours | null) =>
    api.put('/me/working-hours', z.object({ workingHours: WorkingHours.nullable() }), { workingHours }),
};

export const dealsApi = {
  mine: (slug: string, signal?: AbortSignal) =>
    api.get('/deals', DealList, { query: { event: slug }, signal }),
  record: (body: DealInput) => api.post('/deals', Deal, body),
  confirm: (id: string) => api.post(`/deals/${enc(id)}/confirm`, Deal, {}),
  totals: (slug: string, signal?: AbortSignal) =>
    api.get(`/events/${enc(slug)}/deals/totals`, DealTotals, { signal }),
};

export const sourcingApi = {
  list: (slug: string, signal?: AbortSignal) =>
    api.get(`/events/${enc(slug)}/sourcing`, SourcingList, { signal }),
  post: (slug: string, body: SourcingInput) =>
    api.post(`/events/${enc(slug)}/sourcing`, SourcingRequest, body),
  respond: (id: string, body: { message: string; productIds: string[] }) =>
    api.post(`/sourcing/${enc(id)}/responses`, SourcingRequest, body),
  close: (id: string) => api.post(`/sourcing/${enc(id)}/close`, SourcingRequest, {}),
  shortlist: (signal?: AbortSignal) => api.get('/me/shortlist', z.array(ShortlistItem), { signal }),
  addToShortlist: (productId: string) => api.put(`/me/shortlist/${enc(productId)}`, z.array(ShortlistItem)),
  removeFromShortlist: (productId: string) =>
    api.delete(`/me/shortlist/${enc(productId)}`, z.array(ShortlistItem)),
};

export const suggestionsApi = {
  list: (slug: string, signal?: AbortSignal) =>
    api.get(`/matching/suggestions?event=${enc(slug)}`, Suggestions, { signal }),
};

export const notificationsApi = {
  list: (signal?: AbortSignal) => api.get('/me/notifications', NotificationList, { signal }),
  markRead: (ids?: string[]) => api.post('/me/notifications/read', z.object({ unread: z.number() }), { ids }),
};

const admin = (slug: string) => `/admin/events/${enc(slug)}/matching`;
export const matchingAdminApi = {
  settings: (slug: string, signal?: AbortSignal) =>
    api.get(`${admin(slug)}/settings`, MatchingSettings, { signal }),
  updateSettings: (slug: string, body: Partial<MatchingSettings>) =>
    api.patch(`${admin(slug)}/settings`, MatchingSettings, body),
  tables: (slug: string, signal?: AbortSignal) =>
    api.get(`${admin(slug)}/tables`, z.array(MeetingTable), { signal }),
  addTable: (slug: string, label: string) => api.post(`${admin(slug)}/tables`, MeetingTable, { label }),
  removeTable: (slug: string, id: string) =>
    api.delete(`${admin(slug)}/tables/${enc(id)}`, z.object({ id: z.string() })),
  preview: (slug: string, includePending: boolean) =>
    api.post(`${admin(slug)}/auto-schedule/preview`, AutoSchedulePreview, { includePending }),
  commit: (slug: string, placements: { requestId: string; start: string }[]) =>
    api.post(`${admin(slug)}/auto-schedule/commit`, MeetingList, { placements }),
  meetings: (slug: string, signal?: AbortSignal) =>
    api.get(`${admin(slug)}/meetings`, MeetingList, { signal }),
};
