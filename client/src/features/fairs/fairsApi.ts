import {
  FairList,
  FairOrganisers,
  FairSettings,
  type CloneFairRequest,
  type CreateFairRequest,
  type EventStatus,
  type UpdateFairRequest,
} from '@pameran/contracts';
import { api } from '../../lib/api';

const enc = encodeURIComponent;
const fair = (slug: string) => `/admin/events/${enc(slug)}`;

/** Fairs over the API: the platform admin's list and new fairs, and one fair as its organisers run it. */
export const fairsApi = {
  all: (signal?: AbortSignal) => api.get('/platform/events', FairList, { signal }),
  create: (body: CreateFairRequest) => api.post('/platform/events', FairSettings, body),
  settings: (slug: string, signal?: AbortSignal) => api.get(fair(slug), FairSettings, { signal }),
  update: (slug: string, body: UpdateFairRequest) => api.patch(fair(slug), FairSettings, body),
  move: (slug: string, to: EventStatus) => api.post(`${fair(slug)}/status`, FairSettings, { to }),
  organisers: (slug: string, signal?: AbortSignal) =>
    api.get(`${fair(slug)}/organisers`, FairOrganisers, { signal }),
  addOrganiser: (slug: string, email: string) =>
    api.post(`${fair(slug)}/organisers`, FairOrganisers, { email }),
  removeOrganiser: (slug: string, userId: string) =>
    api.delete(`${fair(slug)}/organisers/${enc(userId)}`, FairOrganisers),
  clone: (slug: string, body: CloneFairRequest) => api.post(`${fair(slug)}/clone`, FairSettings, body),
};

export const fairsKeys = {
  all: ['fairs', 'all'] as const,
  settings: (slug: string) => ['fairs', slug, 'settings'] as const,
  organisers: (slug: string) => ['fairs', slug, 'organisers'] as const,
};
