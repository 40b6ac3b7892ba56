import { z } from 'zod';
import { AssignableRole, BuyerType, Category, Role } from './domain';
import { FairSlugQuery } from './fair-scope';

export const DisplayName = z.string().trim().min(2).max(40);
export const Email = z
  .email()
  .max(200)
  .transform((e) => e.toLowerCase());
export const Password = z.string().min(10, 'must be at least 10 characters').max(200);
export const Locale = z.enum(['id', 'en']);
export type Locale = z.infer<typeof Locale>;
/** An IANA time zone name such as Asia/Jakarta. */
export const TimeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Asia/Jakarta');

/** What a buyer may need on the goods: halal, P-IRT, BPOM registration, export-ready. */
export const BUYER_CERTIFICATIONS = ['halal', 'pirt', 'bpom', 'export'] as const;
export const BuyerCertification = z.enum(BUYER_CERTIFICATIONS);
export type BuyerCertification = z.infer<typeof BuyerCertification>;

export const BuyerProfileInput = z.strictObject({
  type: BuyerType,
  company: z.string().trim().min(2).max(120),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as ID or MY'),
  jobTitle: z.string().trim().max(80).optional(),
  interests: z.array(z.string().max(40)).max(20).optional(),
  /** Product categories the buyer sources. */
  categories: z.array(Category).max(7).optional(),
  /** Products sought, in the buyer's words ("keripik singkong", "batik tulis"). */
  productsSought: z.array(z.string().trim().min(2).max(80)).max(20).optional(),
  /** Volume the buyer typically orders per month, in units of the products sought. */
  monthlyVolume: z.number().int().positive().max(100_000_000).optional(),
  /** Markets the buyer sells into (ISO 3166-1 alpha-2). */
  targetMarkets: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as ID or MY'))
    .max(20)
    .optional(),
  /** Certifications the buyer needs on what they buy. */
  certifications: z.array(BuyerCertification).max(4).optional(),
  /** Languages the buyer does business in (ISO 639-1: id, en, ms, ar, …). */
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as id or en'))
    .max(6)
    .optional(),
});
export type BuyerProfileInput = z.infer<typeof BuyerProfileInput>;

/** A device token the server gave this browser before (see `AuthResponse.device`); kept when valid. */
const DeviceToken = z.string().max(200);

export const GuestRequest = z.strictObject({
  displayName: DisplayName,
  locale: Locale.optional(),
  device: DeviceToken.optional(),
});
export type GuestRequest = z.infer<typeof GuestRequest>;

export const RegisterRequest = z.strictObject({
  email: Email,
  password: Password,
  displayName: DisplayName,
  /** Which kind of account; organisers are never self-registered. */
  role: z.enum(['visitor', 'buyer', 'exhibitor']).default('visitor'),
  buyerProfile: BuyerProfileInput.optional(),
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
  leadConsent: z.boolean().default(false),
});
export type RegisterRequest = z.input<typeof RegisterRequest>;

/** Guest → account; the same user id, so history stays. */
export const UpgradeRequest = RegisterRequest.omit({ displayName: true }).extend({
  displayName: DisplayName.optional(),
});
export type UpgradeRequest = z.input<typeof UpgradeRequest>;

export const LoginRequest = z.strictObject({ email: Email, password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const RefreshRequest = z.strictObject({ refreshToken: z.string().min(20).max(400) });
export type RefreshRequest = z.infer<typeof RefreshRequest>;

export const PasswordResetRequest = z.strictObject({ email: Email });
export const PasswordResetConfirm = z.strictObject({
  token: z.string().min(20).max(200),
  password: Password,
});
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** The same answer for every e-mail, known or not: only whether this fair sends mail at all. */
export const PasswordResetAnswer = z.object({
  mailed: z.boolean().describe('Mail is configured here (a link goes out if the e-mail has an account)'),
});
export type PasswordResetAnswer = z.infer<typeof PasswordResetAnswer>;

/** The organiser's help desk: hand the link over (`link`, the default) or mail it to the user (`mail`). */
export const ResetLinkQuery = z.strictObject({
  event: FairSlugQuery,
  deliver: z.enum(['link', 'mail']).default('link'),
});
export type ResetLinkQuery = z.infer<typeof ResetLinkQuery>;

export const ResetLink = z.object({
  /** The link to hand over; null when it was mailed (the organiser never needs to see it then). */
  url: z.string().nullable(),
  mailedTo: z.string().nullable(),
  expiresAt: z.iso.datetime(),
});
export type ResetLink = z.infer<typeof ResetLink>;

/** A fair's help desk searches the accounts in its reach, by part of the e-mail or the name. */
export const UserSearchQuery = z.strictObject({ event: FairSlugQuery, q: z.string().trim().min(2).max(100) });
export type UserSearchQuery = z.infer<typeof UserSearchQuery>;
export const UserCard = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: Role,
});
export type UserCard = z.infer<typeof UserCard>;
export const UserSearchResult = z.object({ items: z.array(UserCard) });
export type UserSearchResult = z.infer<typeof UserSearchResult>;

export const BuyerProfile = BuyerProfileInput.extend({ jobTitle: z.string().nullable() });

export const User = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: Role,
  isGuest: z.boolean(),
  locale: Locale,
  timeZone: z.string().nullable(),
  leadConsent: z.boolean(),
  /** A buyer agreed to be listed in the buyer directory that approved exhibitors browse. */
  directoryListed: z.boolean(),
  buyerProfile: BuyerProfile.nullable(),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof User>;

export const AuthResponse = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  user: User,
  /**
   * Guests only: this browser's signed device id. Keep it apart from the session (it outlives sign-out)
   * and send it with the next guest entry and in the hall handshake; a ban holds the device too.
   */
  device: DeviceToken.optional(),
});
export type AuthResponse = z.infer<typeof AuthResponse>;

export const UpdateMeRequest = z.strictObject({
  displayName: DisplayName.optional(),
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
  /** Consent to be shown to exhibitors as a lead (name, and company for buyers). */
  leadConsent: z.boolean().optional(),
  /** Buyers only: be listed in (or leave) the buyer directory; revocable at any time. */
  directoryListed: z.boolean().optional(),
  buyerProfile: BuyerProfileInput.optional(),
});
export type UpdateMeRequest = z.infer<typeof UpdateMeRequest>;

/** Claims carried by an access token. */
export const AccessClaims = z.object({
  sub: z.uuid(),
  role: Role,
  name: z.string(),
  guest: z.boolean(),
  /**
   * The account's token version when the token was signed; a token whose version is behind the account's
   * is refused (docs/decisions/0010-token-versions.md). Tokens signed without one count as version 0.
   */
  ver: z.number().int().nonnegative().default(0),
  /**
   * A buyer's company when the token was signed (null: none). Its presence marks a token that carries
   * everything the hall's handshake needs, so the handshake can trust it without reading the database
   * (docs/decisions/0022-handshake-from-memory.md); tokens signed without it are checked the old way.
   */
  company: z.string().nullable().optional(),
  /** When the token was signed (seconds; set by the signer, never passed in). */
  iat: z.number().int().optional(),
});
export type AccessClaims = z.infer<typeof AccessClaims>;

/** Why a person's sessions ended or their access changed (their token version moved on). */
export const RevocationReason = z.enum([
  'staff_removed',
  'role_changed',
  'banned',
  'password_reset',
  'signed_out_everywhere',
]);
export type RevocationReason = z.infer<typeof RevocationReason>;

/** An organiser gives an account another role (exhibitor staff change through the back office instead). */
export const RoleChange = z.strictObject({ role: AssignableRole });
export type RoleChange = z.infer<typeof RoleChange>;
