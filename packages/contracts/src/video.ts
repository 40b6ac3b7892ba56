import { z } from 'zod';
import { Uuid } from './common';

/** What a client needs to join a LiveKit room: the server URL and a short-lived token for that room only. */
export const JoinResponse = z.object({
  url: z.string(),
  token: z.string(),
  room: z.string(),
  /** When the room closes (the slot or session end); the client shows a countdown to it. */
  endsAt: z.iso.datetime({ offset: true }),
  /** party: publish and subscribe; observer: hidden, subscribe only (organisers); viewer: stage audience; speaker: stage publisher. */
  role: z.enum(['party', 'observer', 'viewer', 'speaker']),
});
export type JoinResponse = z.infer<typeof JoinResponse>;

/** Whether video is available at all on this server (LIVEKIT_URL configured). */
export const VideoStatus = z.object({ enabled: z.boolean() });
export type VideoStatus = z.infer<typeof VideoStatus>;

/** Organisers choose who speaks on a stage session, by account id or by email (the list replaces the old one). */
export const StageSpeakersInput = z
  .strictObject({ userIds: z.array(Uuid).max(20).optional(), emails: z.array(z.email()).max(20).optional() })
  .refine((v) => (v.userIds === undefined) !== (v.emails === undefined), {
    message: 'give either userIds or emails',
    path: ['emails'],
  });
export const StageSpeaker = z.object({ id: Uuid, name: z.string(), email: z.string().nullable() });
export type StageSpeaker = z.infer<typeof StageSpeaker>;

/** Attendance of one person in a meeting, from LiveKit's webhooks. */
export const Attendance = z.object({
  userId: Uuid,
  name: z.string(),
  joinedAt: z.iso.datetime({ offset: true }).nullable(),
  leftAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Attendance = z.infer<typeof Attendance>;
