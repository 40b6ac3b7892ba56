import { z } from 'zod';
import { E164, Rupiah } from './common';
import { Category, CATEGORY_COLOURS, ExhibitorStatus, RegionCode } from './domain';
import { ExhibitorApplication, LocalizedText, Product } from './fair';

/**
 * The exhibitor's back office: booth editor, products, photos, import, staff and leads.
 * Routes live under /api/backoffice; every booth route is keyed by the booth id and checked for
 * ownership (owner edits, staff reads, organisers do everything).
 */

/** Booth styles the hall can draw with instancing (one mesh variant each). */
export const BOOTH_THEMES = ['classic', 'batik', 'bambu', 'kubah'] as const;
export const BoothTheme = z.enum(BOOTH_THEMES);
export type BoothTheme = z.infer<typeof BoothTheme>;

/** Booth colours: the zone colours plus a few neutrals; per-instance colour in the hall. */
export const BOOTH_COLOURS = [
  ...new Set([...Object.values(CATEGORY_COLOURS), '#2f4858', '#33658a', '#86bbd8', '#f6ae2d']),
] as [string, ...string[]];
export const BoothColour = z.enum(BOOTH_COLOURS);

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 08:00');
/** When the booth is staffed each fair day, in the fair's time (WIB). */
export const StaffHours = z
  .strictObject({ from: Clock, to: Clock })
  .refine((h) => h.from < h.to, { message: 'must end after it starts', path: ['to'] });
export type StaffHours = z.infer<typeof StaffHours>;

export const MemberRole = z.enum(['owner', 'staff', 'organiser']);
export type MemberRole = z.infer<typeof MemberRole>;

/** What the back office shows about the caller's own exhibitor. */
export const BackofficeMe = z.object({
  exhibitorId: z.uuid(),
  name: z.string(),
  region: RegionCode,
  category: Category,
  contactName: z.string(),
  whatsappNumber: E164,
  description: LocalizedText,
  status: ExhibitorStatus,
  statusReason: z.string().nullable(),
  boothId: z.uuid().nullable(),
  role: MemberRole,
});
export type BackofficeMe = z.infer<typeof BackofficeMe>;

/** A corrected application: same fields as applying, for the same event. */
export const ApplicationUpdate = ExhibitorApplication.omit({ eventSlug: true });
export type ApplicationUpdate = z.input<typeof ApplicationUpdate>;

export const BoothProfile = z.object({
  boothId: z.uuid(),
  exhibitorId: z.uuid(),
  name: z.string(),
  region: RegionCode,
  category: Category,
  description: LocalizedText,
  contactName: z.string(),
  whatsappNumber: E164,
  colour: z.string(),
  theme: BoothTheme,
  staffHours: StaffHours.nullable(),
  logoUrl: z.string(),
  hasLogo: z.boolean(),
  role: MemberRole,
});
export type BoothProfile = z.infer<typeof BoothProfile>;

export const BoothProfileUpdate = z.strictObject({
  description: z
    .strictObject({ id: z.string().trim().min(10).max(2000), en: z.string().trim().max(2000) })
    .optional(),
  contactName: z.string().trim().min(2).max(80).optional(),
  whatsappNumber: E164.optional(),
  colour: BoothColour.optional(),
  theme: BoothTheme.optional(),
  staffHours: StaffHours.nullable().optional(),
});
export type BoothProfileUpdate = z.infer<typeof BoothProfileUpdate>;

const CertNumber = z.string().trim().min(3).max(40).nullable();

/** Every product field (docs/domain.md, "Product"); no defaults here, so the partial form is a true PATCH. */
const ProductShape = z.strictObject({
  category: Category,
  name: z.strictObject({ id: z.string().trim().min(2).max(160), en: z.string().trim().max(160) }),
  description: z.strictObject({ id: z.string().trim().max(2000), en: z.string().trim().max(2000) }),
  priceRupiah: Rupiah,
  unit: z.string().trim().min(1).max(40),
  minOrder: z.number().int().min(1).max(1_000_000_000),
  monthlyCapacity: z.number().int().nonnegative().max(1_000_000_000).nullable(),
  halalNumber: CertNumber,
  pirtNumber: CertNumber,
  bpomNumber: CertNumber,
  exportReady: z.boolean(),
  /** Overrides the booth's WhatsApp number for this product. */
  whatsappNumber: E164.nullable(),
  hidden: z.boolean(),
});
export const ProductCreate = ProductShape.partial({
  description: true,
  minOrder: true,
  monthlyCapacity: true,
  halalNumber: true,
  pirtNumber: true,
  bpomNumber: true,
  exportReady: true,
  whatsappNumber: true,
  hidden: true,
});
export type ProductCreate = z.infer<typeof ProductCreate>;
export const ProductUpdate = ProductShape.partial();
export type ProductUpdate = z.infer<typeof ProductUpdate>;

/** A product as its owner sees it: hidden ones too, with the own WhatsApp override apart. */
export const BackofficeProduct = Product.extend({
  hidden: z.boolean(),
  sortOrder: z.number().int(),
  hasPhoto: z.boolean(),
  whatsappOverride: E164.nullable(),
});
export type BackofficeProduct = z.infer<typeof BackofficeProduct>;

export const ProductOrder = z.strictObject({ ids: z.array(z.uuid()).min(1).max(1000) });
export type ProductOrder = z.infer<typeof ProductOrder>;

/** Answer of an image upload: the public URL used from now on, per width. */
export const UploadedImage = z.object({
  key: z.string(),
  url: z.string(),
  sizes: z.record(z.string(), z.string()),
});
export type UploadedImage = z.infer<typeof UploadedImage>;

/** One bad row of an import: its line in the file (header = line 1), the column and why. */
export const ImportIssue = z.object({ line: z.number().int(), field: z.string(), reason: z.string() });
export type ImportIssue = z.infer<typeof ImportIssue>;
export const ImportReport = z.object({
  dryRun: z.boolean(),
  format: z.enum(['csv', 'xlsx']),
  rows: z.number().int(),
  valid: z.number().int(),
  imported: z.number().int(),
  errors: z.array(ImportIssue),
});
export type ImportReport = z.infer<typeof ImportReport>;
export const ImportQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') });

/** Columns of the product import file (CSV or XLSX, first sheet), in template order. */
export const PRODUCT_IMPORT_COLUMNS = [
  'name_id',
  'name_en',
  'category',
  'price_rupiah',
  'unit',
  'min_order',
  'monthly_capacity',
  'halal_number',
  'pirt_number',
  'bpom_number',
  'export_ready',
  'description_id',
  'description_en',
  'whatsapp_number',
] as const;

export const StaffInviteRequest = z.strictObject({ note: z.string().trim().max(80).default('') });
export type StaffInviteRequest = z.input<typeof StaffInviteRequest>;
export const StaffInviteCreated = z.object({ id: z.uuid(), url: z.string(), expiresAt: z.iso.datetime() });
export type StaffInviteCreated = z.infer<typeof StaffInviteCreated>;
export const StaffList = z.object({
  members: z.array(
    z.object({
      userId: z.uuid(),
      displayName: z.string(),
      email: z.string().nullable(),
      role: z.enum(['owner', 'staff']),
    }),
  ),
  invites: z.array(
    z.object({ id: z.uuid(), note: z.string(), expiresAt: z.iso.datetime(), createdAt: z.iso.datetime() }),
  ),
});
export type StaffList = z.infer<typeof StaffList>;
export const InviteToken = z.strictObject({ token: z.string().min(20).max(200) });
export type InviteToken = z.infer<typeof InviteToken>;
/** An invitation before it is accepted; `eventSlug`: the fair whose join page it opens. */
export const InvitePreview = z.object({
  exhibitorName: z.string(),
  expiresAt: z.iso.datetime(),
  eventSlug: z.string(),
});
export type InvitePreview = z.infer<typeof InvitePreview>;
export const InviteAccepted = z.object({ exhibitorId: z.uuid(), boothId: z.uuid().nullable() });
export type InviteAccepted = z.infer<typeof InviteAccepted>;

/** `talk`: a talk-now video conversation at the booth; `badge`: staff scanned the visitor's badge on site. */
export const LEAD_KINDS = ['visit', 'chat', 'whatsapp', 'meeting', 'talk', 'badge'] as const;
export const LeadKind = z.enum(LEAD_KINDS);
export type LeadKind = z.infer<typeof LeadKind>;

/** A visitor who consented to be shown to exhibitors; null fields when they did not. */
export const LeadVisitor = z.object({
  name: z.string(),
  role: z.string(),
  company: z.string().nullable(),
  country: z.string().nullable(),
});
export const LeadItem = z.object({
  id: z.string(),
  kind: LeadKind,
  at: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  productName: z.string().nullable(),
  /** Null when the visitor was a guest or did not consent (a badge they handed to be scanned counts as consent). */
  visitor: LeadVisitor.nullable(),
  /** What staff wrote down (badge scans and talk-now conversations). */
  note: z.string().nullable(),
  /** Staff's 1–5 rating of how promising the lead is. */
  score: z.number().int().min(1).max(5).nullable(),
});
export type LeadItem = z.infer<typeof LeadItem>;
export const LeadsQuery = z.strictObject({
  kind: LeadKind.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type LeadsQuery = z.infer<typeof LeadsQuery>;
export const LeadsSummary = z.object({
  totals: z.object({
    visits: z.number().int(),
    uniqueVisitors: z.number().int(),
    chats: z.number().int(),
    whatsapp: z.number().int(),
    meetings: z.number().int(),
    /** Deals the other party confirmed, and their value in rupiah. */
    deals: z.number().int(),
    dealValue: z.number().int(),
  }),
  /** Per fair day (WIB date), oldest first. */
  perDay: z.array(
    z.object({
      date: z.iso.date(),
      visits: z.number().int(),
      chats: z.number().int(),
      whatsapp: z.number().int(),
    }),
  ),
});
export type LeadsSummary = z.infer<typeof LeadsSummary>;
