import {
  Announcement,
  AuditEntry,
  AuditionApplication,
  BoothRanking,
  BulkDecisionResult,
  ChatFeed,
  ConsoleSettings,
  Dashboard,
  DashboardSeries,
  Deal,
  DealQueue,
  DealValueRange,
  Exhibitor,
  ImportReport,
  listOf,
  ModerationState,
  ReportSummary,
  ResetLink,
  SanctionList,
  UserSearchResult,
  type AuditQuery,
  type BoothRankingQuery,
  type BulkDecision,
  type ChatFeedQuery,
  type ExhibitorAdminQuery,
  type ReportKind,
  type SeriesQuery,
} from '@pameran/contracts';
import { z } from 'zod';
import { api, ApiError } from '../../lib/api';
import { getAccessToken } from '../../stores/session';

const enc = encodeURIComponent;
const base = (slug: string) => `/admin/console/${enc(slug)}`;
const ExhibitorList = listOf(AuditionApplication);
const AuditList = listOf(AuditEntry);

/** The organiser's console over the API (every call organisers only). */
export const consoleApi = {
  dashboard: (slug: string, signal?: AbortSignal) =>
    api.get(`${base(slug)}/dashboard`, Dashboard, { signal }),
  series: (slug: string, query: Partial<SeriesQuery>, signal?: AbortSignal) =>
    api.get(`${base(slug)}/dashboard/series`, DashboardSeries, { query, signal }),
  booths: (slug: string, query: Partial<BoothRankingQuery>, signal?: AbortSignal) =>
    api.get(`${base(slug)}/dashboard/booths`, BoothRanking, { query, signal }),
  chat: (slug: string, query: Partial<ChatFeedQuery>, signal?: AbortSignal) =>
    api.get(`${base(slug)}/chat`, ChatFeed, { query, signal }),
  sanctions: (slug: string, signal?: AbortSignal) =>
    api.get(`${base(slug)}/sanctions`, SanctionList, { signal }),
  settings: (slug: string, signal?: AbortSignal) =>
    api.get(`${base(slug)}/settings`, ConsoleSettings, { signal }),
  setChatRegisteredOnly: (slug: string, chatRegisteredOnly: boolean) =>
    api.patch(`/admin/events/${enc(slug)}/settings`, ConsoleSettings, { chatRegisteredOnly }),
  announce: (slug: string, body: { text: string; audience: Announcement['audience']; minutes: number }) =>
    api.post(`/admin/events/${enc(slug)}/announcements`, Announcement, body),
  deleteMessage: (boothId: string, id: string) =>
    api.command('DELETE', `/booths/${enc(boothId)}/chat/${enc(id)}`),
  sanction: (
    slug: string,
    body: { userId: string; kind: 'mute' | 'ban'; minutes?: number; reason: string },
  ) => api.post('/admin/moderation', ModerationState, body, { query: { event: slug } }),
  dealQueue: (slug: string, signal?: AbortSignal) =>
    api.get(`/admin/events/${enc(slug)}/deals/verification`, DealQueue, { signal }),
  setDealRange: (slug: string, range: DealValueRange) =>
    api.put(`/admin/events/${enc(slug)}/deals/range`, DealValueRange, range),
  verifyDeal: (id: string) => api.post(`/admin/deals/${enc(id)}/verify`, Deal),
  rejectDeal: (id: string, reason: string) => api.post(`/admin/deals/${enc(id)}/reject`, Deal, { reason }),
  lift: (slug: string, userId: string) =>
    api.post(`/admin/moderation/${enc(userId)}/lift`, ModerationState, undefined, { query: { event: slug } }),
  audit: (slug: string, query: Partial<AuditQuery>, signal?: AbortSignal) =>
    api.get('/admin/audit', AuditList, { query: { event: slug, ...query }, signal }),
  exhibitors: (slug: string, query: Partial<ExhibitorAdminQuery>, signal?: AbortSignal) =>
    api.get('/admin/exhibitors', ExhibitorList, {
      query: { event: slug, limit: 100, ...query },
      signal,
    }),
  approve: (id: string) => api.post(`/admin/exhibitors/${enc(id)}/approve`, Exhibitor),
  reject: (id: string, reason: string) =>
    api.post(`/admin/exhibitors/${enc(id)}/reject`, Exhibitor, { reason }),
  bulk: (slug: string, body: BulkDecision) =>
    api.post('/admin/exhibitors/bulk', BulkDecisionResult, body, { query: { event: slug } }),
  summary: (slug: string, signal?: AbortSignal) =>
    api.get(`/events/${enc(slug)}/report/summary`, ReportSummary, { signal }),
  /** The fair's help desk: it finds and helps only the accounts in its reach (docs/security.md). */
  users: (slug: string, q: string, signal?: AbortSignal) =>
    api.get('/admin/users', UserSearchResult, { query: { event: slug, q }, signal }),
  /** The help desk: a reset link to hand over (`link`) or mailed to the user (`mail`). */
  resetLink: (slug: string, userId: string, deliver: 'link' | 'mail') =>
    api.post(`/admin/users/${enc(userId)}/password-reset`, ResetLink, undefined, {
      query: { event: slug, deliver },
    }),
  report: (slug: string, kind: ReportKind) => api.download(`/events/${enc(slug)}/report/${kind}.csv`),
};

/**
 * Upload the import file with a progress callback (fetch cannot report upload progress, XHR can).
 * Resolves with the report; rejects with the server's error body as an ApiError.
 */
export function uploadImport(
  slug: string,
  file: File,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${base(slug)}/exhibitors/import?dryRun=${dryRun}`);
    const token = getAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(ApiError.network(new Error('upload failed')));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: reported below
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = ImportReport.safeParse(body);
        if (parsed.success) return resolve(parsed.data);
      }
      const err = z
        .object({ statusCode: z.number(), error: z.string(), message: z.string() })
        .loose()
        .safeParse(body);
      reject(
        new ApiError(
          err.success ? err.data : { statusCode: xhr.status, error: 'Error', message: xhr.statusText },
        ),
      );
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
