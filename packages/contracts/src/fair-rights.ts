import { z } from 'zod';
import { Role } from './domain';

/** A person's place in an exhibitor's team: the account that applied, or staff it took on. */
export const TeamRole = z.enum(['owner', 'staff']);
export type TeamRole = z.infer<typeof TeamRole>;

/**
 * What the caller is in one fair (`GET /api/events/:slug/me`), read from their memberships of it: its
 * organiser, staff of one of its exhibitors, or what the account is anywhere else (visitor, buyer, platform
 * admin). An organiser of one fair is a visitor in another (docs/decisions/0033-fair-rights-in-the-client.md).
 */
export const FairRights = z.strictObject({
  role: Role.describe('organiser or exhibitor from a membership of this fair, else the account’s base role'),
  exhibitorId: z.uuid().nullable().describe('The exhibitor whose staff the caller is in this fair'),
  boothId: z.uuid().nullable().describe('That exhibitor’s booth, once it has one'),
  teamRole: TeamRole.nullable().describe('Owner or staff of that exhibitor; null when not staff here'),
});
export type FairRights = z.infer<typeof FairRights>;
