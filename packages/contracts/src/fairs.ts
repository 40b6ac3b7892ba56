import { z } from 'zod';
import { Email } from './auth';
import { CATEGORIES, Category, EventStatus } from './domain';
import { LocalizedText } from './fair';
import { ZONE_CAPACITY } from './hall';
import { MatchingSettings, MatchingSettingsInput } from './matching';

/*
 * Fairs as the platform admin creates them and their organisers run them (docs/decisions/0026-fair-lifecycle.md).
 */

/** Indonesia's three zones (WIB, WITA, WIT): the only zones a fair may be held in. */
export const FAIR_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export const FairTimeZone = z.enum(FAIR_TIME_ZONES);
export type FairTimeZone = z.infer<typeof FairTimeZone>;

/** A fair's address in links and feeds; never changes once the fair exists. */
export const FairSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2–63 lower-case letters, digits or dashes');

const Day = z.iso.date();
const Name = z.string().trim().min(1).max(200);
/** Organisers named by the e-mail of their existing account. */
const OrganiserEmails = z.array(Email).min(1).max(20);

/** The statuses a fair is listed publicly in (a draft or one taking registrations is not announced yet). */
export const PUBLIC_EVENT_STATUSES = [
  'published',
  'live',
  'closed',
  'archived',
] as const satisfies readonly EventStatus[];

/** One fair in a list: the public front page's, or every fair for the platform admin. */
export const FairListItem = z.object({
  slug: z.string(),
  name: LocalizedText,
  startsOn: Day,
  endsOn: Day,
  timeZone: z.string(),
  status: EventStatus,
});
export type FairListItem = z.infer<typeof FairListItem>;
export const FairList = z.object({ items: z.array(FairListItem) });
export type FairList = z.infer<typeof FairList>;

/** What the platform admin gives to create a fair (in `draft`, one day per date). */
export const CreateFairRequest = z
  .strictObject({
    slug: FairSlug,
    nameId: Name,
    nameEn: Name,
    startsOn: Day,
    endsOn: Day,
    timeZone: FairTimeZone.default('Asia/Jakarta'),
    organisers: OrganiserEmails,
  })
  .refine((f) => f.endsOn >= f.startsOn, { path: ['endsOn'], message: 'must not be before startsOn' });
export type CreateFairRequest = z.infer<typeof CreateFairRequest>;

/** Booths per zone of the hall: at most what the hall's geometry holds (`ZONE_CAPACITY`). */
export const ZoneCapacity = z.number().int().min(1).max(ZONE_CAPACITY);

/** A fair as its organisers edit it. */
export const FairSettings = z.object({
  slug: z.string(),
  status: EventStatus,
  /** The statuses the fair may move to from here (`EVENT_TRANSITIONS`). */
  moves: z.array(EventStatus),
  name: LocalizedText,
  description: LocalizedText,
  startsOn: Day,
  endsOn: Day,
  timeZone: z.string(),
  categories: z.array(Category),
  zoneCapacity: ZoneCapacity,
  matchingSettings: MatchingSettings,
});
export type FairSettings = z.infer<typeof FairSettings>;

/** An organiser's change to their fair; only the fields given change. */
export const UpdateFairRequest = z
  .strictObject({
    nameId: Name,
    nameEn: Name,
    descriptionId: z.string().max(5000),
    descriptionEn: z.string().max(5000),
    startsOn: Day,
    endsOn: Day,
    timeZone: FairTimeZone,
    categories: z
      .array(Category)
      .min(1)
      .max(CATEGORIES.length)
      .refine((c) => new Set(c).size === c.length, 'must not repeat a category'),
    zoneCapacity: ZoneCapacity,
    matchingSettings: MatchingSettingsInput,
  })
  .partial()
  .refine((f) => !f.startsOn || !f.endsOn || f.endsOn >= f.startsOn, {
    path: ['endsOn'],
    message: 'must not be before startsOn',
  });
export type UpdateFairRequest = z.infer<typeof UpdateFairRequest>;

export const FairStatusChange = z.strictObject({ to: EventStatus });
export type FairStatusChange = z.infer<typeof FairStatusChange>;

export const FairOrganiser = z.object({ userId: z.uuid(), email: z.string(), displayName: z.string() });
export type FairOrganiser = z.infer<typeof FairOrganiser>;
export const FairOrganisers = z.object({ items: z.array(FairOrganiser) });
export type FairOrganisers = z.infer<typeof FairOrganisers>;
export const AddOrganiserRequest = z.strictObject({ email: Email });
export type AddOrganiserRequest = z.infer<typeof AddOrganiserRequest>;

/** A new fair with the source's structure, starting on `startsOn` (its days and sessions shift with it). */
export const CloneFairRequest = z.strictObject({ slug: FairSlug, nameId: Name, nameEn: Name, startsOn: Day });
export type CloneFairRequest = z.infer<typeof CloneFairRequest>;
