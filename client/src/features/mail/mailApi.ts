import { MailPreferences, UnsubscribeResult, type UpdateMailPreferences } from '@pameran/contracts';
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
