import {
  AuthResponse,
  BoothDetail,
  BoothSummary,
  FairEvent,
  ProductWithBooth,
  User,
  WhatsappLeadResponse,
  listOf,
  type BoothQuery,
  type GuestRequest,
  type LoginRequest,
  type ProductQuery,
  type RegisterRequest,
  type UpdateMeRequest,
  type UpgradeRequest,
  type WhatsappLeadRequest,
} from '@pameran/contracts';
import { api } from './api';

/** The fair this client shows. */
export const EVENT_SLUG = 'opop-2020';

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
};

export const meApi = {
  get: () => api.get('/users/me', User),
  update: (body: UpdateMeRequest) => api.patch('/users/me', User, body),
  exportData: () => api.download('/users/me/export'),
  delete: () => api.command('DELETE', '/users/me'),
};

export const fairApi = {
  event: (slug = EVENT_SLUG, signal?: AbortSignal) =>
    api.get(`/events/${encodeURIComponent(slug)}`, FairEvent, { signal }),
  booths: (query: Partial<BoothQuery> = {}, signal?: AbortSignal, slug = EVENT_SLUG) =>
    api.get(`/events/${encodeURIComponent(slug)}/booths`, BoothList, { query, signal }),
  booth: (id: string, signal?: AbortSignal) =>
    api.get(`/booths/${encodeURIComponent(id)}`, BoothDetail, { signal }),
  products: (query: ProductSearch, signal?: AbortSignal) =>
    api.get('/products', ProductList, {
      query: {
        event: EVENT_SLUG,
        ...query,
        halal: query.halal || undefined,
        exportReady: query.exportReady || undefined,
      },
      signal,
    }),
  whatsapp: (body: WhatsappLeadRequest) => api.post('/leads/whatsapp', WhatsappLeadResponse, body),
};
