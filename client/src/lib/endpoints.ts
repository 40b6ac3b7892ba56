import {
  AuthResponse,
  BoothDetail,
  BoothSummary,
  FairList,
  FairEvent,
  FairRights,
  PasswordResetAnswer,
  ProductWithBooth,
  ScheduleSession,
  User,
  WhatsappLeadResponse,
  listOf,
  type BoothQuery,
  type CreateSessionRequest,
  type GuestRequest,
  type LoginRequest,
  type PasswordResetConfirm,
  type PasswordResetRequest,
  type ProductQuery,
  type RegisterRequest,
  type SessionControlRequest,
  type UpdateMeRequest,
  type UpdateSessionRequest,
  type UpgradeRequest,
  type WhatsappLeadRequest,
  type FairListItem,
} from '@pameran/contracts';
import { api } from './api';

const BoothList = listOf(BoothSummary);
const ProductList = listOf(ProductWithBooth);

/** Product search; a filter that is off is left out rather than sent as "false". */
export type ProductSearch = Partial<Omit<ProductQuery, 'event'>>;

export const authApi = {
  guest: (body: GuestRequest) => api.post('/auth/guest', AuthResponse, body),
  login: (body: LoginRequest) => api.post('/auth/login', AuthResponse, body),
  register: (body: RegisterRequest) => api.post('/auth/register', AuthResponse, body),
  upgrade: (body: UpgradeRequest) => api.post('/auth/upgrade', AuthResponse, body),
  logout: (refreshToken: string) => api.command('POST', '/auth/logout', { body: { refreshToken } }),
  signOutEverywhere: () => api.command('POST', '/auth/sign-out-everywhere'),
  /** The same answer for any e-mail: only whether this fair mails at all. */
  requestReset: (body: PasswordResetRequest) => api.post('/auth/password-reset', PasswordResetAnswer, body),
  confirmReset: (body: PasswordResetConfirm) => api.command('POST', '/auth/password-reset/confirm', { body }),
};

export const meApi = {
  get: () => api.get('/users/me', User),
  update: (body: UpdateMeRequest) => api.patch('/users/me', User, body),
  exportData: () => api.download('/users/me/export'),
  delete: () => api.command('DELETE', '/users/me'),
};

/** One fair in the public list of the front page (published, live, closed and archived fairs, newest first). */
export type FairCard = FairListItem;

/** Every call names its fair: the slug comes from the page's address (`/e/:slug/…`), never from a default. */
export const fairApi = {
  list: (signal?: AbortSignal) => api.get('/events', FairList, { signal }),
  event: (slug: string, signal?: AbortSignal) =>
    api.get(`/events/${encodeURIComponent(slug)}`, FairEvent, { signal }),
  /** What the signed-in person is in this fair (docs/decisions/0033-fair-rights-in-the-client.md). */
  me: (slug: string, signal?: AbortSignal) =>
    api.get(`/events/${encodeURIComponent(slug)}/me`, FairRights, { signal }),
  booths: (slug: string, query: Partial<BoothQuery> = {}, signal?: AbortSignal) =>
    api.get(`/events/${encodeURIComponent(slug)}/booths`, BoothList, { query, signal }),
  booth: (id: string, signal?: AbortSignal) =>
    api.get(`/booths/${encodeURIComponent(id)}`, BoothDetail, { signal }),
  products: (slug: string, query: ProductSearch, signal?: AbortSignal) =>
    api.get('/products', ProductList, {
      query: {
        event: slug,
        ...query,
        halal: query.halal || undefined,
        exportReady: query.exportReady || undefined,
      },
      signal,
    }),
  whatsapp: (body: WhatsappLeadRequest) => api.post('/leads/whatsapp', WhatsappLeadResponse, body),
};

/** The public programme as an iCalendar file, for "add to my calendar" (a plain link: no token needed). */
export const agendaIcsUrl = (slug: string) => `/api/events/${encodeURIComponent(slug)}/agenda.ics`;

/** Organisers only: add, change, remove and run sessions. */
export const scheduleAdminApi = {
  create: (slug: string, body: CreateSessionRequest) =>
    api.post(`/admin/events/${encodeURIComponent(slug)}/sessions`, ScheduleSession, body),
  update: (id: string, body: UpdateSessionRequest) =>
    api.patch(`/admin/sessions/${encodeURIComponent(id)}`, ScheduleSession, body),
  control: (id: string, body: SessionControlRequest) =>
    api.post(`/admin/sessions/${encodeURIComponent(id)}/control`, ScheduleSession, body),
  remove: (id: string) => api.command('DELETE', `/admin/sessions/${encodeURIComponent(id)}`),
};
