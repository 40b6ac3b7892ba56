import { z } from 'zod';

/*
 * Every error code the server sends: in an HTTP error body (`code`), in a socket ack
 * (`{ok: false, error: {code}}`) and in a refused handshake (`connect_error` → `data.code`).
 * The values are the wire strings clients and tests already rely on; never rename one.
 * Each code belongs to exactly one feature (the feature whose module throws it); refusals any module
 * may give live in `CommonError`. The server derives each code's HTTP status from one table
 * (server/src/common/error-status.ts); the client translates each code (i18n/features/errorcodes.*.json).
 */

/** Refusals any feature may give: missing, not allowed, malformed, in the way of something else. */
export const CommonError = z.enum([
  'not_found',
  'forbidden',
  'unauthorized',
  /** A value that breaks a rule the schemas cannot check, named by its field. */
  'invalid',
  'invalid_cursor',
  /** The request does not match its schema (zod), with a field per issue. */
  'validation',
  'conflict',
  /** The database refused an overlapping booking or session. */
  'overlap',
  /** The thing is not in a state that allows this change. */
  'illegal_transition',
  /** The fair is archived: read-only for good (docs/decisions/0026-fair-lifecycle.md). */
  'event_archived',
  'rate_limited',
  'internal',
]);
export type CommonErrorCode = z.infer<typeof CommonError>;

export const AuthError = z.enum([
  'invalid_credentials',
  'refresh_invalid',
  'reset_invalid',
  /** The access token was signed before the account's access changed (revoked; refresh or sign in again). */
  'session_revoked',
  /** A reset link was to be mailed, but this fair sends no mail (SMTP_URL unset). */
  'mail_off',
]);
export type AuthErrorCode = z.infer<typeof AuthError>;

export const UserError = z.enum(['account_gone', 'not_a_buyer', 'not_a_guest', 'email_taken']);
export type UserErrorCode = z.infer<typeof UserError>;

export const ExhibitorError = z.enum([
  'already_exhibitor',
  'already_approved',
  'already_decided',
  'zone_full',
  /** One application of a bulk decision failed for a reason that is not a refusal (in its result, not thrown). */
  'failed',
]);
export type ExhibitorErrorCode = z.infer<typeof ExhibitorError>;

export const BackofficeError = z.enum([
  'invite_invalid',
  'too_many_invites',
  'owner_stays',
  'account_needed',
  'already_staff',
  'wrong_account',
]);
export type BackofficeErrorCode = z.infer<typeof BackofficeError>;

/** A booth's products (the catalogue module owns them). */
export const CatalogueError = z.enum(['order_mismatch', 'too_many_products']);
export type CatalogueErrorCode = z.infer<typeof CatalogueError>;

export const ImportError = z.enum([
  'import_missing',
  'import_invalid',
  'import_type',
  'import_corrupt',
  'import_too_large',
  'import_empty',
  'import_busy',
]);
export type ImportErrorCode = z.infer<typeof ImportError>;

export const UploadError = z.enum([
  'upload_missing',
  'upload_too_large',
  'upload_type',
  'upload_too_many_pixels',
  'upload_corrupt',
]);
export type UploadErrorCode = z.infer<typeof UploadError>;

export const ChatError = z.enum(['registered_only', 'muted', 'duplicate_message_id', 'not_booth_staff']);
export type ChatErrorCode = z.infer<typeof ChatError>;

/** The live hall: a booth that is not there, and the handshake's refusals (besides `unauthorized`). */
export const HallError = z.enum([
  'unknown_booth',
  'bad_request',
  'forbidden_origin',
  'unknown_event',
  'banned',
  /** The account already has `HALL_SOCKETS_PER_USER` hall connections open; the newest is refused. */
  'too_many_connections',
  /** The node is taking too many handshakes at once; `data.retryInMs` says when to try again. */
  'busy',
]);
export type HallErrorCode = z.infer<typeof HallError>;

export const ModerationError = z.enum(['cannot_sanction_organiser']);
export type ModerationErrorCode = z.infer<typeof ModerationError>;

/** An event's sessions as the organiser edits and runs them (the events module owns them). */
export const EventError = z.enum([
  'illegal_control',
  'unknown_day',
  'invalid_times',
  'outside_event',
  /** The fair's status cannot move there from where it is (`EVENT_TRANSITIONS`). */
  'illegal_status_change',
  /** A fair keeps at least one organiser. */
  'last_organiser',
  /** An organiser was named by an e-mail no account holds. */
  'unknown_account',
  /** New dates would leave some of the fair's sessions outside them. */
  'dates_in_use',
]);
export type EventErrorCode = z.infer<typeof EventError>;

export const ScheduleError = z.enum(['hall_closed']);
export type ScheduleErrorCode = z.infer<typeof ScheduleError>;

export const MatchingError = z.enum([
  'expired',
  'closed',
  'slot_taken',
  'already_booked',
  'no_table',
  'changed',
  'idempotency_mismatch',
  'idempotency_in_progress',
]);
export type MatchingErrorCode = z.infer<typeof MatchingError>;

/** The buyer directory and exhibitors' requests to buyers. */
export const DirectoryError = z.enum(['daily_limit']);
export type DirectoryErrorCode = z.infer<typeof DirectoryError>;

export const ConsoleError = z.enum(['no_booth']);
export type ConsoleErrorCode = z.infer<typeof ConsoleError>;

export const VideoError = z.enum([
  'not_configured',
  'video_not_configured',
  /** The stage session already has as many hidden viewers as its capacity allows. */
  'stage_full',
]);
export type VideoErrorCode = z.infer<typeof VideoError>;

/** Talk now at the booth (the talk module). */
export const TalkError = z.enum([
  /** Knocking needs the visitor standing at the booth (its panel open in the hall). */
  'talk_not_at_booth',
  /** Nobody of the booth's staff is at the booth for talk-now. */
  'talk_no_staff',
  'talk_queue_full',
  /** The knock was answered, withdrawn or timed out meanwhile. */
  'talk_knock_gone',
  /** Staff must be at the booth (and say so) to take knocks. */
  'talk_not_available',
  /** The staff member's conversation already has the most visitors it may have. */
  'talk_call_full',
  /** The conversation has ended (or the caller is not in it any more). */
  'talk_ended',
]);
export type TalkErrorCode = z.infer<typeof TalkError>;
/** A scanned or typed badge code: not one this server signed, past its fair or revoked, or another fair's. */
export const OnsiteError = z.enum(['badge_invalid', 'badge_expired', 'badge_other_event']);
export type OnsiteErrorCode = z.infer<typeof OnsiteError>;
/** A stage session's questions and polls. */
export const StageError = z.enum([
  /** The session has ended (or was cancelled): its questions and polls are read only. */
  'stage_closed',
  /** This person already upvoted the question, or already voted in the poll. */
  'already_voted',
  /** The poll is not open for votes (a draft, or closed). */
  'poll_not_open',
]);
export type StageErrorCode = z.infer<typeof StageError>;

/** The audition's stages and returning pesantren (docs/decisions/0028-audition-stages.md). */
export const AuditionError = z.enum([
  /** The application is not at the stage the decision names (stages are decided in order). */
  'wrong_stage',
  /** A returning application must come from an exhibitor the caller owns or is staff of. */
  'not_your_exhibitor',
  /** A returning application must be for another fair than the one it comes from. */
  'same_fair',
]);
export type AuditionErrorCode = z.infer<typeof AuditionError>;

/** The codes per feature, for whoever must cover them all (the status table, the translations). */
export const ERROR_CODES = {
  common: CommonError,
  auth: AuthError,
  users: UserError,
  exhibitors: ExhibitorError,
  backoffice: BackofficeError,
  catalogue: CatalogueError,
  imports: ImportError,
  uploads: UploadError,
  chat: ChatError,
  hall: HallError,
  moderation: ModerationError,
  events: EventError,
  schedule: ScheduleError,
  matching: MatchingError,
  directory: DirectoryError,
  console: ConsoleError,
  video: VideoError,
  talk: TalkError,
  onsite: OnsiteError,
  stage: StageError,
  audition: AuditionError,
} as const;
export type ErrorFeature = keyof typeof ERROR_CODES;

export const ErrorCode = z.enum([
  ...CommonError.options,
  ...AuthError.options,
  ...UserError.options,
  ...ExhibitorError.options,
  ...BackofficeError.options,
  ...CatalogueError.options,
  ...ImportError.options,
  ...UploadError.options,
  ...ChatError.options,
  ...HallError.options,
  ...ModerationError.options,
  ...EventError.options,
  ...ScheduleError.options,
  ...MatchingError.options,
  ...DirectoryError.options,
  ...ConsoleError.options,
  ...VideoError.options,
  ...TalkError.options,
  ...OnsiteError.options,
  ...StageError.options,
  ...AuditionError.options,
]);
/** Any code the server sends. */
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What a refused `/hall` handshake carries in `connect_error`'s `data.code`. */
export type HandshakeErrorCode = Extract<
  ErrorCode,
  | 'unauthorized'
  | 'session_revoked'
  | 'forbidden_origin'
  | 'unknown_event'
  | 'banned'
  | 'bad_request'
  | 'too_many_connections'
  | 'busy'
>;

const FEATURE_OF = new Map<string, ErrorFeature>(
  (Object.keys(ERROR_CODES) as ErrorFeature[]).flatMap((f) =>
    ERROR_CODES[f].options.map((code) => [code, f] as const),
  ),
);

/** The feature a code belongs to (each code belongs to exactly one). */
export function errorFeature(code: ErrorCode): ErrorFeature {
  return FEATURE_OF.get(code) as ErrorFeature;
}
