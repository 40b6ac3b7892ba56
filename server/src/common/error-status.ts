import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '@pameran/contracts';

/**
 * The one table of HTTP statuses, by error code. It lives on the server, not in contracts: a status is how
 * the HTTP layer answers (socket acks carry none, and the client reads the status off the response), while
 * the contract is only the code. Typed over every `ErrorCode`, so a code added to contracts without a
 * status here does not compile. Codes sent only on sockets (`validation`, `rate_limited`, `internal`, the
 * handshake's) carry the status they would have over HTTP, so the table stays total.
 */
export const ERROR_STATUS: Readonly<Record<ErrorCode, HttpStatus>> = {
  // common
  not_found: HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
  unauthorized: HttpStatus.UNAUTHORIZED,
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  invalid_cursor: HttpStatus.BAD_REQUEST,
  validation: HttpStatus.BAD_REQUEST,
  conflict: HttpStatus.CONFLICT,
  overlap: HttpStatus.CONFLICT,
  illegal_transition: HttpStatus.CONFLICT,
  event_archived: HttpStatus.CONFLICT,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  internal: HttpStatus.INTERNAL_SERVER_ERROR,
  // auth
  invalid_credentials: HttpStatus.UNAUTHORIZED,
  not_a_guest: HttpStatus.CONFLICT,
  refresh_invalid: HttpStatus.UNAUTHORIZED,
  email_taken: HttpStatus.CONFLICT,
  reset_invalid: HttpStatus.BAD_REQUEST,
  session_revoked: HttpStatus.UNAUTHORIZED,
  mail_off: HttpStatus.CONFLICT,
  // users
  account_gone: HttpStatus.UNAUTHORIZED,
  not_a_buyer: HttpStatus.BAD_REQUEST,
  // exhibitors
  already_exhibitor: HttpStatus.CONFLICT,
  already_decided: HttpStatus.CONFLICT,
  zone_full: HttpStatus.CONFLICT,
  failed: HttpStatus.INTERNAL_SERVER_ERROR,
  // backoffice
  already_approved: HttpStatus.CONFLICT,
  order_mismatch: HttpStatus.BAD_REQUEST,
  too_many_products: HttpStatus.CONFLICT,
  invite_invalid: HttpStatus.BAD_REQUEST,
  too_many_invites: HttpStatus.CONFLICT,
  owner_stays: HttpStatus.CONFLICT,
  account_needed: HttpStatus.FORBIDDEN,
  already_staff: HttpStatus.CONFLICT,
  wrong_account: HttpStatus.CONFLICT,
  // imports
  import_missing: HttpStatus.BAD_REQUEST,
  import_invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  import_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  import_corrupt: HttpStatus.UNPROCESSABLE_ENTITY,
  import_too_large: HttpStatus.UNPROCESSABLE_ENTITY,
  import_empty: HttpStatus.UNPROCESSABLE_ENTITY,
  import_busy: HttpStatus.SERVICE_UNAVAILABLE,
  // uploads
  upload_missing: HttpStatus.BAD_REQUEST,
  upload_too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  upload_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  upload_too_many_pixels: HttpStatus.UNPROCESSABLE_ENTITY,
  upload_corrupt: HttpStatus.UNPROCESSABLE_ENTITY,
  // chat
  registered_only: HttpStatus.FORBIDDEN,
  muted: HttpStatus.FORBIDDEN,
  duplicate_message_id: HttpStatus.CONFLICT,
  not_booth_staff: HttpStatus.FORBIDDEN,
  // hall (the handshake's codes travel in connect_error, never over HTTP)
  unknown_booth: HttpStatus.NOT_FOUND,
  bad_request: HttpStatus.BAD_REQUEST,
  forbidden_origin: HttpStatus.FORBIDDEN,
  unknown_event: HttpStatus.NOT_FOUND,
  banned: HttpStatus.FORBIDDEN,
  too_many_connections: HttpStatus.TOO_MANY_REQUESTS,
  busy: HttpStatus.SERVICE_UNAVAILABLE,
  // moderation
  cannot_sanction_organiser: HttpStatus.UNPROCESSABLE_ENTITY,
  // schedule
  hall_closed: HttpStatus.CONFLICT,
  illegal_control: HttpStatus.CONFLICT,
  unknown_day: HttpStatus.BAD_REQUEST,
  invalid_times: HttpStatus.BAD_REQUEST,
  outside_event: HttpStatus.BAD_REQUEST,
  // events (fairs)
  illegal_status_change: HttpStatus.CONFLICT,
  last_organiser: HttpStatus.CONFLICT,
  unknown_account: HttpStatus.BAD_REQUEST,
  dates_in_use: HttpStatus.CONFLICT,
  // matching
  expired: HttpStatus.CONFLICT,
  closed: HttpStatus.CONFLICT,
  slot_taken: HttpStatus.CONFLICT,
  already_booked: HttpStatus.CONFLICT,
  no_table: HttpStatus.CONFLICT,
  changed: HttpStatus.CONFLICT,
  idempotency_mismatch: HttpStatus.UNPROCESSABLE_ENTITY,
  idempotency_in_progress: HttpStatus.CONFLICT,
  // directory
  daily_limit: HttpStatus.TOO_MANY_REQUESTS,
  // console
  no_booth: HttpStatus.FORBIDDEN,
  // video
  not_configured: HttpStatus.NOT_FOUND,
  video_not_configured: HttpStatus.SERVICE_UNAVAILABLE,
  // talk
  talk_not_at_booth: HttpStatus.FORBIDDEN,
  talk_no_staff: HttpStatus.CONFLICT,
  talk_queue_full: HttpStatus.CONFLICT,
  talk_knock_gone: HttpStatus.GONE,
  talk_not_available: HttpStatus.FORBIDDEN,
  talk_call_full: HttpStatus.CONFLICT,
  talk_ended: HttpStatus.GONE,
  // onsite
  badge_invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  badge_expired: HttpStatus.UNPROCESSABLE_ENTITY,
  badge_other_event: HttpStatus.UNPROCESSABLE_ENTITY,
  stage_full: HttpStatus.CONFLICT,
  // stage
  stage_closed: HttpStatus.CONFLICT,
  already_voted: HttpStatus.CONFLICT,
  poll_not_open: HttpStatus.CONFLICT,
  // audition
  wrong_stage: HttpStatus.CONFLICT,
  not_your_exhibitor: HttpStatus.FORBIDDEN,
  same_fair: HttpStatus.CONFLICT,
};
