import { Badge, LeadItem, VenueTable, type BadgeScanRequest, type Category } from '@pameran/contracts';
import { api } from '../../lib/api';

const enc = encodeURIComponent;

/** On site, by QR: the visitor's badge, badge scans at a booth, a venue table, the organiser's sheets. */
export const onsiteApi = {
  badge: (slug: string, signal?: AbortSignal) => api.get(`/events/${enc(slug)}/badge`, Badge, { signal }),
  scan: (boothId: string, body: BadgeScanRequest) =>
    api.post(`/backoffice/booths/${enc(boothId)}/leads/badge`, LeadItem, body),
  table: (slug: string, id: string, day: string, signal?: AbortSignal) =>
    api.get(`/events/${enc(slug)}/tables/${enc(id)}?day=${enc(day)}`, VenueTable, { signal }),
  boothSheet: (slug: string, zone: Category) =>
    api.download(`/admin/events/${enc(slug)}/qr/booths.pdf?zone=${enc(zone)}`),
  tableSheet: (slug: string, day: string) =>
    api.download(`/admin/events/${enc(slug)}/qr/tables.pdf?day=${enc(day)}`),
};
