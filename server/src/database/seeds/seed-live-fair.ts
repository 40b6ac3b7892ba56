import { Logger } from '@nestjs/common';
import { CATEGORIES, ZONE_CAPACITY } from '@pameran/contracts';
import { EntityManager } from 'typeorm';
import { generateOpopFair, type SeedExhibitor } from './opop/generate';
import { OPOP_DAYS, type SeedDay } from './opop-schedule';
import { seedFair, type SeededFair } from './seed-fair';

const DAY_MS = 86_400_000;
const WIB_MS = 7 * 3_600_000;
/** Of the 2020 fair's booths, three in five come back (every fifth from the first, the demo exhibitor's, on). */
const returns = (k: number) => k % 5 < 3;
/** Pesantren at their first fair, per category, and applicants still waiting for the audition. */
const NEW_PER_CATEGORY = 12;
const NEW_APPLICANTS = 6;

/** The live fair of the two-fair demo: OPOP Expo of the year it is seeded in, its last day today (WIB). */
export interface LiveFairPlan {
  slug: string;
  year: number;
  days: SeedDay[];
  exhibitors: SeedExhibitor[];
  /** For each of {@link exhibitors}: its index in the 2020 fair's list, or -1 for a newcomer. */
  from: number[];
}

/** The 2020 fair's four days, moved so that the last one is `lastDate`; titles name the new year. */
export function liveFairDays(lastDate: string, year: number): SeedDay[] {
  const last = Date.parse(`${lastDate}T00:00:00Z`);
  const rename = (t: { id: string; en: string }) => ({
    id: t.id.replace('2020', String(year)),
    en: t.en.replace('2020', String(year)),
  });
  return OPOP_DAYS.map((d, i) => ({
    date: new Date(last - (OPOP_DAYS.length - 1 - i) * DAY_MS).toISOString().slice(0, 10),
    title: rename(d.title),
    sessions: d.sessions.map((s) => ({ ...s, title: rename(s.title) })),
  }));
}

/**
 * The live fair's pesantren: the returning ones re-applied with their 2020 profile and products and were
 * approved again; newcomers come from the generator with the year as its seed (no name or number of 2020
 * twice). Booths are laid out per zone, returning pesantren first.
 */
export function planLiveFair(past: SeedExhibitor[], now = Date.now()): LiveFairPlan {
  const lastDate = new Date(now + WIB_MS).toISOString().slice(0, 10);
  const year = Number(lastDate.slice(0, 4));
  const names = new Set(past.map((e) => e.name.toLowerCase()));
  const phones = new Set(past.map((e) => e.whatsappNumber));
  const fresh = generateOpopFair(year).exhibitors.filter(
    (e) => !names.has(e.name.toLowerCase()) && !phones.has(e.whatsappNumber),
  );
  const back = past
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.status === 'approved')
    .filter((_, k) => returns(k));
  const exhibitors: SeedExhibitor[] = [];
  const from: number[] = [];
  for (const c of CATEGORIES) {
    const zone = [
      ...back.filter(({ e }) => e.category === c),
      ...fresh
        .filter((e) => e.status === 'approved' && e.category === c)
        .slice(0, NEW_PER_CATEGORY)
        .map((e) => ({ e, i: -1 })),
    ].slice(0, ZONE_CAPACITY);
    zone.forEach(({ e, i }, slot) => {
      exhibitors.push({ ...e, status: 'approved', statusReason: null, slot });
      from.push(i);
    });
  }
  for (const e of fresh.filter((x) => x.status === 'applied').slice(0, NEW_APPLICANTS)) {
    exhibitors.push(e);
    from.push(-1);
  }
  return { slug: `opop-${year}`, year, days: liveFairDays(lastDate, year), exhibitors, from };
}

/**
 * Seeds the live fair after the 2020 one and answers, for each returning pesantren, its exhibitor in the
 * new fair (2020 exhibitor id → live exhibitor id), so their staff can be made members of both.
 */
export async function seedLiveFair(
  m: EntityManager,
  past: { exhibitors: SeedExhibitor[]; seeded: SeededFair },
  log: Logger,
  now = Date.now(),
): Promise<{ slug: string; year: number; fair: SeededFair; counterpart: Map<string, string> }> {
  const plan = planLiveFair(past.exhibitors, now);
  const fair = await seedFair(
    m,
    {
      slug: plan.slug,
      status: 'live',
      nameId: `OPOP Expo ${plan.year} — Pameran Virtual One Pesantren One Product`,
      nameEn: `OPOP Expo ${plan.year} — One Pesantren One Product Virtual Fair`,
      descriptionId:
        'Pesantren OPOP kembali berpameran: peserta 2020 yang lolos kurasi ulang dan pesantren baru, dengan temu bisnis daring dan luring.',
      descriptionEn:
        'OPOP pesantren exhibit again: those of 2020 who passed the new curation and pesantren at their first fair, with business matching online and on site.',
      days: plan.days,
      exhibitors: plan.exhibitors,
    },
    log,
  );
  const counterpart = new Map<string, string>();
  plan.from.forEach((i, k) => {
    if (i >= 0) counterpart.set(past.seeded.exhibitorIds[i], fair.exhibitorIds[k]);
  });
  return { slug: plan.slug, year: plan.year, fair, counterpart };
}
