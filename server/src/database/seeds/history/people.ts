import { CATEGORIES, type BuyerType, type Category } from '@pameran/contracts';
import { FAMILY_NAMES, GIVEN_NAMES } from '../opop/names';
import type { Random } from '../opop/random';
import type { HistoryBooth, HistoryPerson } from './types';

export const VISITORS = 1600;
export const BUYERS = 48;
/** Three buyers in four list themselves in the buyer directory (fixed, not drawn: the random stream stays as it was). */
const listed = (i: number) => i % 4 !== 3;
/** Exhibitors taking part in business matching (each gets one staff account that answers). */
export const MATCHING_BOOTHS = 140;

/** Where the generated buyers come from (invented weights: home market first, then the region and the Gulf). */
const BUYER_ORIGINS: { country: string; weight: number; zone: string; locale: 'id' | 'en' }[] = [
  { country: 'ID', weight: 18, zone: 'Asia/Jakarta', locale: 'id' },
  { country: 'MY', weight: 7, zone: 'Asia/Kuala_Lumpur', locale: 'en' },
  { country: 'SG', weight: 4, zone: 'Asia/Singapore', locale: 'en' },
  { country: 'SA', weight: 4, zone: 'Asia/Riyadh', locale: 'en' },
  { country: 'AE', weight: 4, zone: 'Asia/Dubai', locale: 'en' },
  { country: 'JP', weight: 3, zone: 'Asia/Tokyo', locale: 'en' },
  { country: 'NL', weight: 3, zone: 'Europe/Amsterdam', locale: 'en' },
  { country: 'AU', weight: 3, zone: 'Australia/Sydney', locale: 'en' },
  { country: 'BN', weight: 2, zone: 'Asia/Brunei', locale: 'en' },
];
const COMPANY_WORDS = ['Nusantara', 'Barokah', 'Amanah', 'Sejahtera', 'Halal', 'Makmur', 'Sentosa', 'Berkah'];
const COMPANY_KINDS: Record<string, string[]> = {
  ID: ['PT', 'CV', 'Koperasi'],
  MY: ['Sdn Bhd'],
  SG: ['Pte Ltd'],
  BN: ['Sdn Bhd'],
};
const BUYER_TYPE_WEIGHTS: [BuyerType, number][] = [
  ['buyer', 10],
  ['partner', 3],
  ['investor', 2],
  ['trade_representative', 1],
];

/** Fictitious people only: a "(demo)" mark on every name, e-mail under the reserved .test domain. */
const person = (rnd: Random) => `${rnd.pick(GIVEN_NAMES)} ${rnd.pick(FAMILY_NAMES)} (demo)`;

function company(rnd: Random, country: string): string {
  const kinds = COMPANY_KINDS[country] ?? ['Trading'];
  const kind = rnd.pick(kinds);
  const words = `${rnd.pick(COMPANY_WORDS)} ${rnd.pick(['Pangan', 'Niaga', 'Global', 'Mandiri', 'Prima'])}`;
  return `${kind === 'PT' || kind === 'CV' || kind === 'Koperasi' ? `${kind} ${words}` : `${words} ${kind}`} (demo)`;
}

export interface People {
  people: HistoryPerson[];
  visitors: number[];
  buyers: number[];
  /** Booth index → its staff person (matching booths only). */
  staffOf: Map<number, number>;
  matchingBooths: number[];
}

/** Visitors, buyers (the demo buyer first) and one staff account per matching exhibitor (the demo staff for the demo booth). */
export function generatePeople(rnd: Random, booths: HistoryBooth[], demoBooth: number): People {
  const people: HistoryPerson[] = [];
  const add = (p: HistoryPerson) => people.push(p) - 1;
  const visitors = Array.from({ length: VISITORS }, () =>
    add({
      role: 'visitor',
      name: person(rnd),
      locale: rnd.chance(0.9) ? 'id' : 'en',
      timeZone: 'Asia/Jakarta',
      leadConsent: rnd.chance(0.6),
    }),
  );
  const buyers = [
    add({
      role: 'buyer',
      name: 'Aisha Rahman',
      existing: 'buyer',
      locale: 'en',
      timeZone: 'Asia/Kuala_Lumpur',
      leadConsent: true,
    }),
  ];
  for (let i = 0; i < BUYERS; i++) {
    const origin = BUYER_ORIGINS[rnd.weighted(BUYER_ORIGINS.map((o) => o.weight))];
    const categories = rnd.shuffle(CATEGORIES).slice(0, rnd.int(1, 3)) as Category[];
    buyers.push(
      add({
        role: 'buyer',
        name: person(rnd),
        locale: origin.locale,
        timeZone: origin.zone,
        leadConsent: true,
        directoryListed: listed(i),
        buyer: {
          type: BUYER_TYPE_WEIGHTS[rnd.weighted(BUYER_TYPE_WEIGHTS.map(([, w]) => w))][0],
          company: company(rnd, origin.country),
          country: origin.country,
          categories,
        },
      }),
    );
  }
  const others = rnd.shuffle(booths.map((_, i) => i).filter((i) => i !== demoBooth));
  const matchingBooths = [demoBooth, ...others.slice(0, MATCHING_BOOTHS - 1)];
  const staffOf = new Map<number, number>();
  for (const b of matchingBooths) {
    staffOf.set(
      b,
      add({
        role: 'exhibitor',
        name: b === demoBooth ? 'Staf Booth' : `${person(rnd)}`,
        existing: b === demoBooth ? 'exhibitor' : undefined,
        locale: 'id',
        timeZone: 'Asia/Jakarta',
        leadConsent: false,
        booth: b,
      }),
    );
  }
  return { people, visitors, buyers, staffOf, matchingBooths };
}
