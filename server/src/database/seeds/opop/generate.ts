import { CATEGORIES, CATEGORY_COLOURS, REGION_CODES, regionLabel, type Category } from '@pameran/contracts';
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  PESANTREN_NAMES,
  PLACES,
  PREFIXES,
  REGION_WEIGHTS,
  TITLES,
} from './names';
import { CATEGORY_PHRASE, TEMPLATES, type Template } from './products';
import { Random } from './random';

export interface SeedProduct {
  category: Category;
  name: { id: string; en: string };
  description: { id: string; en: string };
  priceRupiah: number;
  unit: string;
  minOrder: number;
  monthlyCapacity: number | null;
  halalNumber: string | null;
  pirtNumber: string | null;
  bpomNumber: string | null;
  exportReady: boolean;
}

export interface SeedExhibitor {
  name: string;
  region: string;
  contactName: string;
  whatsappNumber: string;
  category: Category;
  colour: string;
  status: 'approved' | 'applied' | 'rejected';
  statusReason: string | null;
  /** Booth slot in the category's zone (approved only). */
  slot: number | null;
  description: { id: string; en: string };
  products: SeedProduct[];
}

/** Approved booths per category (500 in all), as the 2020 fair's mix. */
export const BOOTHS_PER_CATEGORY: Record<Category, number> = {
  makanan: 95,
  minuman: 70,
  aksesoris: 50,
  fesyen: 60,
  kerajinan: 75,
  pertanian_perkebunan: 65,
  peternakan: 50,
  lainnya: 35,
};
const APPLIED = 12;
const REJECTED = 8;
const REJECTION_REASONS = [
  'Produk pangan belum memiliki nomor P-IRT.',
  'Foto produk belum memenuhi ketentuan kurasi.',
  'Kapasitas produksi belum memenuhi syarat minimum.',
  'Data pesantren belum lengkap (surat keterangan terdaftar).',
];

/** Round a price to a plausible step: 500 below Rp100.000, 1.000 up to 1 million, 50.000 above. */
function roundPrice(p: number): number {
  const step = p < 10_000 ? 100 : p < 100_000 ? 500 : p < 1_000_000 ? 1000 : 50_000;
  return Math.max(step, Math.round(p / step) * step);
}

function shade(hex: string, rnd: Random): string {
  const delta = rnd.int(-28, 28);
  const channel = (i: number) => Math.max(0, Math.min(255, parseInt(hex.slice(i, i + 2), 16) + delta));
  return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

function product(
  rnd: Random,
  category: Category,
  t: Template,
  region: string,
  used: Set<string>,
): SeedProduct | null {
  const [nameId, nameEn, unit, min, max, minOrder, capacity, flags, variants] = t;
  const variant = variants ? rnd.pick(variants) : null;
  const name = variant
    ? { id: `${nameId} ${variant[0]}`, en: `${nameEn} (${variant[1]})` }
    : { id: nameId, en: nameEn };
  if (used.has(name.id)) return null;
  used.add(name.id);
  const place = regionLabel(region);
  const exportReady = flags.includes('e') ? rnd.chance(0.45) : rnd.chance(0.05);
  return {
    category,
    name,
    description: {
      id: `${name.id} produksi santri, dari ${place}. Dikemas per ${unit}, siap kirim ke seluruh Indonesia${exportReady ? ' dan luar negeri' : ''}.`,
      en: `${name.en} made by the students of a pesantren in ${place}, West Java. Packed per ${unit}; ships across Indonesia${exportReady ? ' and abroad' : ''}.`,
    },
    priceRupiah: roundPrice(min + rnd.next() * (max - min)),
    unit,
    minOrder: Math.max(1, Math.round(minOrder * (0.5 + rnd.next()))),
    monthlyCapacity: rnd.chance(0.9) ? Math.round(capacity * (0.5 + rnd.next() * 1.5)) : null,
    halalNumber:
      flags.includes('h') && rnd.chance(0.85)
        ? `ID32${rnd.digits(4)}${rnd.digits(8)}${rnd.int(18, 20)}${rnd.digits(2)}`
        : null,
    pirtNumber:
      flags.includes('p') && rnd.chance(0.8)
        ? `${rnd.int(1, 5)}${rnd.digits(2)}32${rnd.digits(2)}${rnd.digits(5)}-${rnd.int(21, 26)}`
        : null,
    bpomNumber: flags.includes('b') && rnd.chance(0.4) ? `BPOM RI MD ${rnd.digits(12)}` : null,
    exportReady,
  };
}

function products(rnd: Random, category: Category, region: string, count: number): SeedProduct[] {
  const out: SeedProduct[] = [];
  const used = new Set<string>();
  for (let attempts = 0; out.length < count && attempts < count * 6; attempts++) {
    // About one product in seven comes from another category (a food pesantren also selling crafts).
    const c = rnd.chance(0.15) ? rnd.pick(CATEGORIES) : category;
    const p = product(rnd, c, rnd.pick(TEMPLATES[c]), region, used);
    if (p) out.push(p);
  }
  return out;
}

/** The demo fair's pesantren: 500 approved with booths, a few still applying and a few rejected. */
export function generateOpopFair(seed = 2020): { exhibitors: SeedExhibitor[] } {
  const rnd = new Random(seed);
  const weights = REGION_CODES.map((r) => REGION_WEIGHTS[r] ?? 1);
  const names = new Set<string>();
  const phones = new Set<string>();
  const plan: { category: Category; status: SeedExhibitor['status']; slot: number | null }[] = [];
  for (const c of CATEGORIES)
    for (let s = 0; s < BOOTHS_PER_CATEGORY[c]; s++) plan.push({ category: c, status: 'approved', slot: s });
  for (let i = 0; i < APPLIED + REJECTED; i++) {
    plan.push({ category: rnd.pick(CATEGORIES), status: i < APPLIED ? 'applied' : 'rejected', slot: null });
  }

  const exhibitors = plan.map(({ category, status, slot }, i): SeedExhibitor => {
    // Every region appears at least once; the rest follow the weights.
    const region =
      i < REGION_CODES.length
        ? REGION_CODES[(i * 7) % REGION_CODES.length]
        : REGION_CODES[rnd.weighted(weights)];
    let name = '';
    for (let tries = 0; !name || names.has(name); tries++) {
      const base = `${rnd.pick(PREFIXES)} ${rnd.pick(PESANTREN_NAMES)} ${rnd.pick(PLACES[region])}`;
      name = tries < 20 ? base : `${base} ${tries - 18}`;
    }
    names.add(name);
    let phone = '';
    // +62 869 is not a mobile prefix in use, so a demo "WhatsApp" tap never reaches a stranger.
    while (!phone || phones.has(phone)) phone = `+62869${rnd.digits(rnd.int(7, 8))}`;
    phones.add(phone);
    const phrase = CATEGORY_PHRASE[category];
    const place = regionLabel(region);
    return {
      name,
      region,
      contactName: `${rnd.pick(TITLES)} ${rnd.pick(GIVEN_NAMES)} ${rnd.pick(FAMILY_NAMES)}`,
      whatsappNumber: phone,
      category,
      colour: shade(CATEGORY_COLOURS[category], rnd),
      status,
      statusReason: status === 'rejected' ? rnd.pick(REJECTION_REASONS) : null,
      slot,
      description: {
        id: `${name} di ${place} mengembangkan usaha ${phrase.id} bersama para santri sebagai bagian dari program One Pesantren One Product.`,
        en: `${name} in ${place} runs a ${phrase.en} business with its students as part of the One Pesantren One Product programme.`,
      },
      products: products(rnd, category, region, status === 'approved' ? rnd.int(8, 20) : rnd.int(2, 4)),
    };
  });
  return { exhibitors };
}
