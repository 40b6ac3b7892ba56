import type { Category, ExhibitorStatus } from '@pameran/contracts';

/** Text in Bahasa Indonesia (`id`) and English (`en`). */
export interface Localized {
  id: string;
  en: string;
}

export interface SeedProduct {
  /** Stable key, e.g. `ex-001-p03`. */
  key: string;
  category: Category;
  /** Unique within its exhibitor. */
  name: Localized;
  description: Localized;
  /** Whole rupiah, a multiple of 500. */
  priceRupiah: number;
  /** Sales unit in Indonesian, e.g. `pak 250 g`, `kg`, `ekor`. */
  unit: string;
  minOrder: number;
  monthlyCapacity: number | null;
  halalNumber: string | null;
  pirtNumber: string | null;
  bpomNumber: string | null;
  exportReady: boolean;
  /** A generated 400×300 illustration (standalone SVG). */
  svg: string;
}

export interface SeedExhibitor {
  /** Stable key, e.g. `ex-001`. */
  key: string;
  /** Unique (case-insensitively) across the fair. */
  name: string;
  /** A `REGION_CODES` value. */
  region: string;
  contactName: string;
  /** E.164 Indonesian mobile number, unique across the fair. */
  whatsappNumber: string;
  /** The booth's zone. */
  category: Category;
  /** Lower-case `#rrggbb`, a variation around the category colour. */
  colour: string;
  status: ExhibitorStatus;
  /** Set for rejected applications only. */
  statusReason: string | null;
  /** Booth slot in the category zone (approved only), 0..n-1 in array order. */
  slot: number | null;
  description: Localized;
  /** 8–20 for approved exhibitors, 2–4 otherwise. */
  products: SeedProduct[];
}

export interface OpopFair {
  exhibitors: SeedExhibitor[];
}
