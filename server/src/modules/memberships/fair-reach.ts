/**
 * SQL: the account `user` (a column or parameter) holds no right outside the fair `fair`: a visitor or buyer
 * (who holds none anywhere) or a member of that fair only. What a fair's organisers may reach of the
 * platform's people: its help desk, its campaigns, its suppressed addresses (docs/security.md).
 */
export const inFairReach = (user: string, fair: string): string =>
  `NOT EXISTS (SELECT 1 FROM membership reach WHERE reach.user_id = ${user} AND reach.event_id <> ${fair})`;
