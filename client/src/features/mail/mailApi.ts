import {
  Campaign,
  CampaignPreview,
  MailPreferences,
  MailSuppression,
  UnsubscribeResult,
  type CampaignDraft,
  type UpdateMailPreferences,
} from '@pameran/contracts';
import { z } from 'zod';
import { api } from '../../lib/api';

const UnsubscribeCheck = z.object({ kind: z.string() });

/** The person's mail switches, and the signed unsubscribe link (no sign-in). */
export const mailApi = {
  preferences: (signal?: AbortSignal) => api.get('/me/mail-preferences', MailPreferences, { signal }),
  update: (body: UpdateMailPreferences) => api.put('/me/mail-preferences', MailPreferences, body),
  checkUnsubscribe: (token: string, signal?: AbortSignal) =>
    api.get('/mail/unsubscribe', UnsubscribeCheck, { query: { token }, signal }),
  unsubscribe: (token: string) =>
    api.post('/mail/unsubscribe', UnsubscribeResult, undefined, { query: { token } }),
};

const CampaignList = z.array(Campaign);
const Suppressions = z.array(MailSuppression);
const TestResult = z.object({ queued: z.boolean() });

const inFair = (slug: string) => ({ query: { event: slug } });

/** The organiser's campaigns in their fair, and suppressed addresses. */
export const campaignApi = {
  list: (slug: string, signal?: AbortSignal) =>
    api.get('/console/mail/campaigns', CampaignList, { ...inFair(slug), signal }),
  show: (id: string, signal?: AbortSignal) => api.get(`/console/mail/campaigns/${id}`, Campaign, { signal }),
  preview: (slug: string, draft: CampaignDraft) =>
    api.post('/console/mail/campaigns/preview', CampaignPreview, draft, inFair(slug)),
  test: (slug: string, draft: CampaignDraft) =>
    api.post('/console/mail/campaigns/test', TestResult, draft, inFair(slug)),
  send: (slug: string, draft: CampaignDraft) =>
    api.post('/console/mail/campaigns', Campaign, draft, inFair(slug)),
  suppressions: (slug: string, signal?: AbortSignal) =>
    api.get('/console/mail/suppressions', Suppressions, { ...inFair(slug), signal }),
  lift: (slug: string, address: string) =>
    api.delete(`/console/mail/suppressions/${encodeURIComponent(address)}`, z.unknown(), inFair(slug)),
};
