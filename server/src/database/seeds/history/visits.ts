import type { Category } from '@pameran/contracts';
import { CROWD_LINES } from '../../../modules/demo/crowd-lines';
import type { Random } from '../opop/random';
import type { People } from './people';
import type { HistoryBooth, HistoryChat, HistoryDay, HistoryLead } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The invented shape of a fair day in the hall (08:00–16:00 WIB): a morning peak at ten, a dip at midday
 * prayer and lunch, a second peak after two, a thin last hour. Weight per hour since the hall opened.
 */
export const HOURLY_CURVE = [0.6, 1.0, 1.3, 1.1, 0.55, 1.0, 1.2, 0.7];
/** Share of the visitors who come on each day (the opening draws most, day 2 least). */
export const DAY_TURNOUT = [0.6, 0.42, 0.5];
/** How much each category draws compared with the others (invented; food and drink lead, as at most fairs). */
export const CATEGORY_PULL: Record<Category, number> = {
  makanan: 1.35,
  minuman: 1.2,
  fesyen: 1.1,
  aksesoris: 0.9,
  kerajinan: 0.9,
  pertanian_perkebunan: 0.8,
  peternakan: 0.7,
  lainnya: 0.6,
};
const STAFF_REPLIES = [
  'Waalaikumsalam, terima kasih sudah mampir. Silakan, untuk pemesanan bisa lewat WhatsApp kami.',
  'Tersedia, Kak. Minimal order dan harga grosir ada di katalog booth.',
  'Bisa kirim ke luar Jawa, ongkir menyesuaikan. Sertifikat halal sudah ada.',
  'Terima kasih! Sampel bisa kami kirim minggu ini.',
];

/** Cumulative weights for drawing an index in O(log n). */
function sampler(weights: number[]): (rnd: Random) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (rnd) => {
    const r = rnd.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * Visits, WhatsApp clicks and booth chat on the days before now. Each visitor who comes on a day arrives at an
 * hour drawn from {@link HOURLY_CURVE} and walks 3–14 booths (drawn by category pull times a booth's own
 * appeal), 2–9 minutes apart; a booth is visited at most once per visitor and day, as the leads rule counts.
 */
export function generateVisits(
  rnd: Random,
  booths: HistoryBooth[],
  days: HistoryDay[],
  who: People,
): { leads: HistoryLead[]; chats: HistoryChat[] } {
  const appeal = booths.map((b) => CATEGORY_PULL[b.category] * (0.3 + rnd.next() * rnd.next() * 3));
  const pickBooth = sampler(appeal);
  const pickHour = sampler(HOURLY_CURVE);
  const leads: HistoryLead[] = [];
  const chats: HistoryChat[] = [];
  days.forEach((day, d) => {
    const turnout = DAY_TURNOUT[d % DAY_TURNOUT.length];
    for (const person of who.visitors) {
      if (!rnd.chance(turnout)) continue;
      let at = day.hallStart + pickHour(rnd) * HOUR + rnd.int(0, 59) * MINUTE;
      const seen = new Set<number>();
      for (let k = rnd.int(3, 14); k > 0 && at < day.hallEnd - 5 * MINUTE; k--) {
        const booth = pickBooth(rnd);
        if (seen.has(booth)) continue;
        seen.add(booth);
        const stay = rnd.int(1, 6) * MINUTE;
        leads.push({ booth, person, kind: 'visit', at, endedAt: at + stay });
        if (rnd.chance(0.09))
          leads.push({ booth, person, kind: 'whatsapp', at: at + stay / 2, endedAt: null });
        if (rnd.chance(0.05)) {
          leads.push({ booth, person, kind: 'chat', at: at + MINUTE / 2, endedAt: null });
          chats.push({ booth, person, fromStaff: false, text: rnd.pick(CROWD_LINES), at: at + MINUTE / 2 });
          const staff = who.staffOf.get(booth);
          if (staff !== undefined && rnd.chance(0.7))
            chats.push({
              booth,
              person: staff,
              fromStaff: true,
              text: rnd.pick(STAFF_REPLIES),
              at: at + MINUTE,
            });
        }
        at += stay + rnd.int(1, 3) * MINUTE;
      }
    }
  });
  return { leads, chats };
}
