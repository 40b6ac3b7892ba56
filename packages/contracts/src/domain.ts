import { z } from 'zod';

/** Product categories of the fair; each is also a zone of the hall. Order = zone order. */
export const CATEGORIES = [
  'makanan',
  'minuman',
  'aksesoris',
  'fesyen',
  'kerajinan',
  'pertanian_perkebunan',
  'peternakan',
  'lainnya',
] as const;
export const Category = z.enum(CATEGORIES).describe('Product category; also the hall zone of a booth');
export type Category = z.infer<typeof Category>;

/** Zone colour per category (hex), shared by the hall, the list mode and generated pictures. */
export const CATEGORY_COLOURS: Record<Category, string> = {
  makanan: '#e4572e',
  minuman: '#17bebb',
  aksesoris: '#c17cce',
  fesyen: '#e83f6f',
  kerajinan: '#b8860b',
  pertanian_perkebunan: '#4caf50',
  peternakan: '#8d6e63',
  lainnya: '#5c6bc0',
};

/**
 * An account's role. `platform_admin` runs the installation (creates fairs, names their organisers) and is
 * never given through the API. Organiser and exhibitor rights in a fair are memberships of that fair
 * (`MembershipRole`, docs/decisions/0025-many-fairs.md); `organiser` and `exhibitor` as an account role name
 * what the account signed up as, not what it may do in a fair.
 */
export const ROLES = ['visitor', 'buyer', 'exhibitor', 'organiser', 'platform_admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
/** The roles an organiser may give an account through the API (never `platform_admin`). */
export const ASSIGNABLE_ROLES = ['visitor', 'buyer', 'exhibitor', 'organiser'] as const;
export const AssignableRole = z.enum(ASSIGNABLE_ROLES);
export type AssignableRole = z.infer<typeof AssignableRole>;

/** A person's rights in one fair: its organisers, and the staff of one of its exhibitors. */
export const MEMBERSHIP_ROLES = ['organiser', 'exhibitor'] as const;
export const MembershipRole = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof MembershipRole>;

/**
 * A fair's life: prepared (draft), taking exhibitor applications (registration), public (published), open
 * (live: its schedule runs the hall), over (closed: reports and follow-up), and kept read-only (archived).
 */
export const EVENT_STATUSES = ['draft', 'registration', 'published', 'live', 'closed', 'archived'] as const;
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;
/** The moves an organiser may make from each status (a fair can be reopened until it is archived). */
export const EVENT_TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  draft: ['registration', 'published'],
  registration: ['published', 'draft'],
  published: ['live', 'registration'],
  live: ['closed'],
  closed: ['live', 'archived'],
  archived: [],
};

export const EXHIBITOR_STATUSES = ['applied', 'approved', 'rejected'] as const;
export const ExhibitorStatus = z.enum(EXHIBITOR_STATUSES);
export type ExhibitorStatus = z.infer<typeof ExhibitorStatus>;

/**
 * The audition's stages, in order (docs/decisions/0028-audition-stages.md): the list a fair has until its
 * organisers write their own (docs/decisions/0035-fair-gaps.md). Stage I checks the documents, stage II is
 * the curation. Passing a fair's last stage approves the application.
 */
export const AUDITION_STAGES = ['documents', 'curation'] as const;
/** A stage's key within its fair (lower-case letters, digits, `_`). */
export const AuditionStage = z.string().regex(/^[a-z][a-z0-9_]{1,15}$/, 'a stage key: a-z, 0-9, _');
export type AuditionStage = z.infer<typeof AuditionStage>;
/** What the organisers decided at a stage: passed it (on to the next), approved (the last) or rejected. */
export const AUDITION_DECISIONS = ['passed', 'approved', 'rejected'] as const;
export const AuditionDecision = z.enum(AUDITION_DECISIONS);
export type AuditionDecision = z.infer<typeof AuditionDecision>;

export const BUYER_TYPES = ['buyer', 'investor', 'partner', 'trade_representative'] as const;
export const BuyerType = z.enum(BUYER_TYPES);
export type BuyerType = z.infer<typeof BuyerType>;

export const SESSION_KINDS = ['hall', 'matching', 'stage'] as const;
export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

export const SESSION_STATES = ['scheduled', 'live', 'ended', 'cancelled'] as const;
export const SessionState = z.enum(SESSION_STATES);
export type SessionState = z.infer<typeof SessionState>;

/** West Java's 27 regencies (kabupaten) and cities (kota). */
export const REGIONS = [
  { kind: 'kabupaten', name: 'Bandung', seat: 'Soreang' },
  { kind: 'kabupaten', name: 'Bandung Barat', seat: 'Ngamprah' },
  { kind: 'kabupaten', name: 'Bekasi', seat: 'Cikarang' },
  { kind: 'kabupaten', name: 'Bogor', seat: 'Cibinong' },
  { kind: 'kabupaten', name: 'Ciamis', seat: 'Ciamis' },
  { kind: 'kabupaten', name: 'Cianjur', seat: 'Cianjur' },
  { kind: 'kabupaten', name: 'Cirebon', seat: 'Sumber' },
  { kind: 'kabupaten', name: 'Garut', seat: 'Tarogong Kidul' },
  { kind: 'kabupaten', name: 'Indramayu', seat: 'Indramayu' },
  { kind: 'kabupaten', name: 'Karawang', seat: 'Karawang' },
  { kind: 'kabupaten', name: 'Kuningan', seat: 'Kuningan' },
  { kind: 'kabupaten', name: 'Majalengka', seat: 'Majalengka' },
  { kind: 'kabupaten', name: 'Pangandaran', seat: 'Parigi' },
  { kind: 'kabupaten', name: 'Purwakarta', seat: 'Purwakarta' },
  { kind: 'kabupaten', name: 'Subang', seat: 'Subang' },
  { kind: 'kabupaten', name: 'Sukabumi', seat: 'Palabuhanratu' },
  { kind: 'kabupaten', name: 'Sumedang', seat: 'Sumedang' },
  { kind: 'kabupaten', name: 'Tasikmalaya', seat: 'Singaparna' },
  { kind: 'kota', name: 'Bandung', seat: 'Bandung' },
  { kind: 'kota', name: 'Banjar', seat: 'Banjar' },
  { kind: 'kota', name: 'Bekasi', seat: 'Bekasi' },
  { kind: 'kota', name: 'Bogor', seat: 'Bogor' },
  { kind: 'kota', name: 'Cimahi', seat: 'Cimahi' },
  { kind: 'kota', name: 'Cirebon', seat: 'Cirebon' },
  { kind: 'kota', name: 'Depok', seat: 'Depok' },
  { kind: 'kota', name: 'Sukabumi', seat: 'Sukabumi' },
  { kind: 'kota', name: 'Tasikmalaya', seat: 'Tasikmalaya' },
] as const;

/** A region's code, e.g. `kabupaten-garut`, `kota-bandung`. */
export const REGION_CODES = REGIONS.map((r) => `${r.kind}-${r.name.toLowerCase().replace(/ /g, '-')}`) as [
  string,
  ...string[],
];
export const RegionCode = z.enum(REGION_CODES).describe('Kabupaten/kota of West Java, e.g. kabupaten-garut');
export type RegionCode = z.infer<typeof RegionCode>;

export function regionLabel(code: string): string {
  const i = REGION_CODES.indexOf(code);
  if (i < 0) return code;
  const r = REGIONS[i];
  return `${r.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name}`;
}
