import { z } from 'zod';
import { SessionKind } from './domain';

const Title = z.strictObject({
  id: z.string().trim().min(2).max(200),
  en: z.string().trim().min(2).max(200),
});

/** Organiser: add a session to a day. Times are instants (UTC in JSON); shown in WIB and the viewer's zone. */
export const CreateSessionRequest = z
  .strictObject({
    dayId: z.uuid(),
    kind: SessionKind,
    title: Title,
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    message: 'must be after startsAt',
    path: ['endsAt'],
  });
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

export const UpdateSessionRequest = z
  .strictObject({
    kind: SessionKind.optional(),
    title: Title.optional(),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    endsAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((s) => !s.startsAt || !s.endsAt || Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    message: 'must be after startsAt',
    path: ['endsAt'],
  });
export type UpdateSessionRequest = z.infer<typeof UpdateSessionRequest>;

/** The organiser's live controls over one session. */
export const SESSION_ACTIONS = ['start_now', 'end_now', 'extend', 'delay', 'cancel'] as const;
export const SessionControlRequest = z
  .strictObject({ action: z.enum(SESSION_ACTIONS), minutes: z.number().int().min(1).max(480).optional() })
  .refine((c) => !['extend', 'delay'].includes(c.action) || c.minutes !== undefined, {
    message: 'required for extend and delay',
    path: ['minutes'],
  });
export type SessionControlRequest = z.infer<typeof SessionControlRequest>;
