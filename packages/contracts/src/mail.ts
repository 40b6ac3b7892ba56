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
