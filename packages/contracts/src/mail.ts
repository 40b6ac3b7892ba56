import { z } from 'zod';

/**
 * The mail people get, by kind. Each kind can be turned off in the preferences page or with the signed
 * one-click link in its mail, except `meeting_reminder` (a meeting the person agreed to; missing it costs
 * the other side their slot). Security mail (password reset, help desk links) is not a kind here: it is
 * always sent and carries no unsubscribe link.
 */
export const MailKind = z.enum([
  'request_received',
  'request_answered',
  'meeting_changed',
  'meeting_reminder',
  'request_digest',
  'message_new',
  'campaign',
]);
export type MailKind = z.infer<typeof MailKind>;

/** Kinds that stay on whatever the preferences say. */
export const MANDATORY_MAIL_KINDS: readonly MailKind[] = ['meeting_reminder'];

/** One switch per kind; every kind is on until its owner turns it off. */
export const MailPreferences = z.strictObject({
  kinds: z.record(MailKind, z.boolean()),
});
export type MailPreferences = z.infer<typeof MailPreferences>;

/** A change to some kinds (the others stay as they are). */
export const UpdateMailPreferences = z.strictObject({
  kinds: z.partialRecord(MailKind, z.boolean()),
});
export type UpdateMailPreferences = z.infer<typeof UpdateMailPreferences>;

/** What a signed unsubscribe link turned off (shown on the public page; no sign-in needed). */
export const UnsubscribeResult = z.strictObject({ kind: MailKind, enabled: z.literal(false) });
export type UnsubscribeResult = z.infer<typeof UnsubscribeResult>;

/** An address nothing more is sent to, as organisers see it. */
export const MailSuppression = z.strictObject({
  address: z.string(),
  reason: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type MailSuppression = z.infer<typeof MailSuppression>;

/** Who an organiser's campaign goes to. */
export const CampaignSegment = z.enum([
  'buyers_without_meetings',
  'exhibitors_without_availability',
  'everyone',
]);
export type CampaignSegment = z.infer<typeof CampaignSegment>;

/** A campaign as composed: subject and text in both languages (each reader gets their account's). */
export const CampaignDraft = z.strictObject({
  segment: CampaignSegment,
  subject: z.strictObject({ id: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
  text: z.strictObject({ id: z.string().trim().min(1).max(5000), en: z.string().trim().min(1).max(5000) }),
  /** Throttle: at most this many mails leave per minute. */
  perMinute: z.number().int().min(1).max(1000).default(60),
});
export type CampaignDraft = z.infer<typeof CampaignDraft>;

const RenderedSample = z.object({ subject: z.string(), text: z.string(), html: z.string() });

/** What a draft would do: how many people it reaches (opted-out left out) and how it reads. */
export const CampaignPreview = z.object({
  count: z.number().int().nonnegative(),
  sample: z.object({ id: RenderedSample, en: RenderedSample }),
});
export type CampaignPreview = z.infer<typeof CampaignPreview>;

/** Where a campaign's mail stands: queued (waiting its turn), sent, failed (given up), suppressed. */
export const CampaignCounts = z.object({
  queued: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  suppressed: z.number().int().nonnegative(),
});
export type CampaignCounts = z.infer<typeof CampaignCounts>;

export const Campaign = z.object({
  id: z.uuid(),
  segment: CampaignSegment,
  subject: z.object({ id: z.string(), en: z.string() }),
  perMinute: z.number().int(),
  recipients: z.number().int().nonnegative(),
  counts: CampaignCounts,
  createdAt: z.iso.datetime({ offset: true }),
});
export type Campaign = z.infer<typeof Campaign>;
