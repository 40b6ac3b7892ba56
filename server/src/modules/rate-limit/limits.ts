import type { AppConfig } from '../../config/app-config';

/** Who a rule counts: the client's address (trusted-proxy rule), the e-mail the request names, the caller. */
export type LimitSubject = 'address' | 'email' | 'account';

export interface LimitRule {
  by: LimitSubject;
  limit: number;
  windowSeconds: number;
}

/** Every route limit; each name is one `@RateLimited(name)` on a route, counted on every node at once. */
export type LimitName =
  | 'guest'
  | 'login'
  | 'session'
  | 'register'
  | 'password_reset'
  | 'lead_click'
  | 'product_search'
  | 'chat_history'
  | 'upload'
  | 'import'
  | 'message_post'
  | 'badge_scan';

const MINUTE = 60;
const HOUR = 3600;

/**
 * The route limits. Per address AND per account where there is one: an attacker spreading a password
 * guess over many addresses still meets the e-mail's limit, and one account cannot use many addresses to
 * scrape. An e-mail limit counts attempts, not failures, so it is generous enough that a person who
 * forgot their password never meets it. Addresses get higher limits than accounts: behind a mobile
 * carrier's NAT many visitors share one address (the `*_RATE_LIMIT_*` variables are for that).
 */
export function routeLimits(config: AppConfig): Record<LimitName, LimitRule[]> {
  const auth = config.get('AUTH_RATE_LIMIT_PER_MIN');
  const perEmail = config.get('AUTH_RATE_LIMIT_PER_ACCOUNT_PER_HOUR');
  const reads = config.get('API_RATE_LIMIT_PER_MIN');
  const uploads = config.get('UPLOAD_RATE_LIMIT_PER_10_MIN');
  return {
    guest: [{ by: 'address', limit: auth, windowSeconds: MINUTE }],
    login: [
      { by: 'address', limit: auth, windowSeconds: MINUTE },
      { by: 'email', limit: perEmail, windowSeconds: HOUR },
    ],
    // Refresh, sign-out and the reset link's confirmation: per address, as every auth route always was.
    session: [{ by: 'address', limit: auth, windowSeconds: MINUTE }],
    register: [
      { by: 'address', limit: auth, windowSeconds: MINUTE },
      { by: 'email', limit: perEmail, windowSeconds: HOUR },
    ],
    // Each request may send a mail: a few per e-mail per hour is all a person needs.
    password_reset: [
      { by: 'address', limit: auth, windowSeconds: MINUTE },
      { by: 'email', limit: 5, windowSeconds: HOUR },
    ],
    lead_click: [
      { by: 'address', limit: reads, windowSeconds: MINUTE },
      { by: 'account', limit: 30, windowSeconds: MINUTE },
    ],
    product_search: [
      { by: 'address', limit: reads, windowSeconds: MINUTE },
      { by: 'account', limit: 120, windowSeconds: MINUTE },
    ],
    chat_history: [
      { by: 'address', limit: reads, windowSeconds: MINUTE },
      { by: 'account', limit: 120, windowSeconds: MINUTE },
    ],
    // An exhibitor filling a booth uploads a photo per product; 60 in ten minutes is a brisk pace.
    upload: [
      { by: 'address', limit: 2 * uploads, windowSeconds: 10 * MINUTE },
      { by: 'account', limit: uploads, windowSeconds: 10 * MINUTE },
    ],
    // Imports parse whole spreadsheets (the costliest request there is); dry runs count too.
    import: [
      { by: 'address', limit: 40, windowSeconds: 10 * MINUTE },
      { by: 'account', limit: 20, windowSeconds: 10 * MINUTE },
    ],
    // Messages and reports in threads: a lively conversation is a message every few seconds, not more.
    message_post: [
      { by: 'address', limit: reads, windowSeconds: MINUTE },
      { by: 'account', limit: 30, windowSeconds: MINUTE },
    ],
    // Staff scanning badges at a busy booth: one every two seconds is a queue at the counter; a forger
    // guessing 64-bit signatures meets this long before anything else.
    badge_scan: [
      { by: 'address', limit: reads, windowSeconds: MINUTE },
      { by: 'account', limit: 30, windowSeconds: MINUTE },
    ],
  };
}
