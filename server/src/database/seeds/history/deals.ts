import { CATEGORIES, type Category, type DealStatus } from '@pameran/contracts';
import type { Random } from '../opop/random';
import type { People } from './people';
import type { HistoryBooth, HistoryDay, HistoryDeal, HistoryRequest } from './types';

const MILLION = 1_000_000;
/** The 2020 fair's reported deals: Rp 21.02 billion. The demo's verified deals add up to exactly this. */
export const VERIFIED_TOTAL = 21_020 * MILLION;
/**
 * How the verified total is split over categories, in millions of rupiah. INVENTED for the demo (the fair
 * reported one total, not its split): food first, then drinks and fashion, as the booth mix suggests.
 * Regions follow from the exhibitors who made the deals (the seed's region weights).
 */
export const VERIFIED_MILLIONS_BY_CATEGORY: Record<Category, number> = {
  makanan: 6306,
  minuman: 3363,
  fesyen: 2943,
  kerajinan: 2522,
  pertanian_perkebunan: 2522,
  peternakan: 1682,
  aksesoris: 1051,
  lainnya: 631,
};
/** Verified deals per category (at least this many; more where the category's meetings allow). */
const VERIFIED_PER_CATEGORY = 14;
const CLAIMED_CONFIRMED = 16;
const CLAIMED_UNCONFIRMED = 12;
const REJECTED = 6;
const REJECTION_REASONS = [
  'Nilai tidak sesuai dengan dokumen PO yang dilampirkan.',
  'Kesepakatan sama sudah dicatat oleh pihak lain.',
];

/** Whole millions split by random weights; the remainder goes to the largest share, so the sum is exact. */
function split(rnd: Random, totalMillions: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.2 + rnd.next() * rnd.next() * 4);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.max(1, Math.floor((totalMillions * w) / sum)));
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] += totalMillions - shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => s * MILLION);
}

const note = (booth: HistoryBooth) =>
  `PO pasokan bulanan ${booth.name}, dikirim bertahap mulai Januari; rincian di lampiran email.`;

/**
 * Deals: in each category, verified deals whose values add up to that category's share of
 * {@link VERIFIED_TOTAL} (those after a held meeting verified by the automatic rule, the others, with a
 * note as evidence, by the organiser), and unverified ones (awaiting the organiser, awaiting the other
 * side's confirmation, rejected with a reason).
 *
 * The held meetings' outcomes follow from these deals (./outcomes.ts): a meeting a deal names has an
 * "agreement" or "negotiating" record.
 */
export function generateDeals(
  rnd: Random,
  booths: HistoryBooth[],
  requests: HistoryRequest[],
  past: HistoryDay[],
  who: People,
): HistoryDeal[] {
  const heldBy = new Map<Category, number[]>();
  requests.forEach((r, i) => {
    if (r.meeting?.status !== 'held') return;
    const c = booths[r.booth].category;
    heldBy.set(c, [...(heldBy.get(c) ?? []), i]);
  });
  const deals: HistoryDeal[] = [];
  const someBuyer = () => rnd.pick(who.buyers.slice(1));
  const deal = (d: Omit<HistoryDeal, 'status' | 'recordedBy' | 'rejectionReason'> & Partial<HistoryDeal>) =>
    deals.push({
      status: (['loi', 'po', 'paid'] as DealStatus[])[rnd.weighted([2, 5, 3])],
      recordedBy: rnd.chance(0.5) ? 'buyer' : 'exhibitor',
      rejectionReason: null,
      ...d,
    });
  for (const category of CATEGORIES) {
    const held = rnd.shuffle(heldBy.get(category) ?? []);
    const count = Math.max(VERIFIED_PER_CATEGORY, Math.ceil(held.length * 0.55));
    const values = split(rnd, VERIFIED_MILLIONS_BY_CATEGORY[category], count);
    const ofCategory = who.matchingBooths.filter((b) => booths[b].category === category);
    values.forEach((value, i) => {
      const from = held[i];
      if (from !== undefined) {
        const r = requests[from];
        deal({
          buyer: r.buyer,
          booth: r.booth,
          request: from,
          value,
          note: '',
          confirmed: true,
          verification: 'verified',
          byOrganiser: false,
          at: r.meeting!.end + rnd.int(10, 120) * 60_000,
        });
      } else {
        const day = rnd.pick(past);
        const booth = rnd.pick(ofCategory.length ? ofCategory : who.matchingBooths);
        deal({
          buyer: someBuyer(),
          booth,
          request: null,
          value,
          note: note(booths[booth]),
          confirmed: true,
          verification: 'verified',
          byOrganiser: true,
          at: day.hallStart + rnd.int(1, 7) * 3_600_000,
        });
      }
    });
  }
  const unverified = (confirmed: boolean, verification: HistoryDeal['verification']) => {
    const booth = rnd.pick(who.matchingBooths);
    const day = rnd.pick(past);
    deal({
      buyer: someBuyer(),
      booth,
      request: null,
      value: rnd.int(5, 400) * MILLION,
      ...(confirmed ? {} : { status: (['inquiry', 'loi'] as DealStatus[])[rnd.int(0, 1)] }),
      note: note(booths[booth]),
      confirmed,
      verification,
      byOrganiser: verification === 'rejected',
      rejectionReason: verification === 'rejected' ? rnd.pick(REJECTION_REASONS) : null,
      at: day.hallStart + rnd.int(1, 7) * 3_600_000,
    });
  };
  for (let i = 0; i < CLAIMED_CONFIRMED; i++) unverified(true, 'claimed');
  for (let i = 0; i < CLAIMED_UNCONFIRMED; i++) unverified(false, 'claimed');
  for (let i = 0; i < REJECTED; i++) unverified(true, 'rejected');
  return deals;
}
