import { Badge, LeadItem, VenueTable, type BadgeScanRequest, type Category } from '@pameran/contracts';
import { api } from '../../lib/api';
import { EVENT_SLUG } from '../../lib/endpoints';

const enc = encodeURIComponent;

/** On site, by QR: the visitor's badge, badge scans at a booth, a venue table, the organiser's sheets. */
export const onsiteApi = {
  badge: (signal?: AbortSignal) => api.get(`/events/${EVENT_SLUG}/badge`, Badge, { signal }),
  scan: (boothId: string, body: BadgeScanRequest) =>
    api.post(`/backoffice/booths/${enc(boothId)}/leads/badge`, LeadItem, body),
  table: (id: string, day: string, signal?: AbortSignal) =>
    api.get(`/events/${EVENT_SLUG}/tables/${enc(id)}?day=${enc(day)}`, VenueTable, { signal }),
  boothSheet: (zone: Category) => api.download(`/admin/events/${EVENT_SLUG}/qr/booths.pdf?zone=${enc(zone)}`),
  tableSheet: (day: string) => api.download(`/admin/events/${EVENT_SLUG}/qr/tables.pdf?day=${enc(day)}`),
};
