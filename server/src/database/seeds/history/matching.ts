import type { MeetingMode, MeetingStatus } from '@pameran/contracts';
import { CATEGORY_PHRASE } from '../opop/products';
import type { Random } from '../opop/random';
import type { People } from './people';
import type { HistoryBooth, HistoryDay, HistoryRequest, HistorySourcing } from './types';

const HOUR = 3_600_000;
const DECLINE_REASONS = [
  'Kapasitas produksi bulan ini sudah penuh.',
  'Produk yang diminta belum bisa kami ekspor.',
  'Jadwal staf penuh pada hari itu.',
];
/** What becomes of a past request (invented shares): most are accepted, some declined, lapse or are withdrawn. */
const PAST_OUTCOMES: [HistoryRequest['status'], number][] = [
  ['accepted', 64],
  ['declined', 12],
  ['expired', 13],
  ['cancelled', 11],
];
/** What becomes of a past meeting (invented shares). */
const MEETING_OUTCOMES: [MeetingStatus, number][] = [
  ['held', 68],
  ['no_show', 14],
  ['cancelled', 18],
];
const UNITS: Record<string, string> = { makanan: 'kg', minuman: 'liter', fesyen: 'pcs', aksesoris: 'pcs' };

/** Busy slots per exhibitor, buyer and table: the same overlaps the database refuses. */
class Bookings {
  private readonly busy = new Set<string>();
  free(keys: string[]): boolean {
    return keys.every((k) => !this.busy.has(k));
  }
  take(keys: string[]): void {
    for (const k of keys) this.busy.add(k);
  }
}

/** Booking a slot: the exhibitor, the buyer and (at the venue) a table must all be free; null when none is. */
function book(
  rnd: Random,
  bookings: Bookings,
  preferred: number[],
  day: HistoryDay,
  r: { buyer: number; booth: number; mode: MeetingMode },
  tables: number,
): { start: number; end: number; table: number | null } | null {
  for (const start of preferred) {
    const slot = day.slots.find((s) => s.start === start)!;
    const keys = [`b${r.booth}@${start}`, `p${r.buyer}@${start}`];
    if (!bookings.free(keys)) continue;
    if (r.mode === 'online') {
      bookings.take(keys);
      return { ...slot, table: null };
    }
    const first = rnd.int(0, tables - 1);
    for (let t = 0; t < tables; t++) {
      const table = (first + t) % tables;
      if (!bookings.free([`t${table}@${start}`])) continue;
      bookings.take([...keys, `t${table}@${start}`]);
      return { ...slot, table };
    }
  }
  return null;
}

function message(rnd: Random, booth: HistoryBooth, english: boolean): string {
  const what = CATEGORY_PHRASE[booth.category];
  return english
    ? `Hello, we are interested in your ${what.en} for regular supply. Could we talk about volumes, prices and certificates?`
    : `Assalamualaikum, kami tertarik dengan ${what.id} dari ${booth.name}. Boleh kita bicarakan volume, harga dan sertifikatnya?`;
}

/**
 * Meeting requests on the days before now (accepted ones with their meeting: held, no-show or cancelled,
 * online or at a venue table) and on the live day (pending, countered, and accepted meetings still to
 * come). Each buyer and exhibitor pair is asked once, so the one-open-request rule holds.
 */
export function generateRequests(
  rnd: Random,
  booths: HistoryBooth[],
  past: HistoryDay[],
  live: HistoryDay,
  now: number,
  who: People,
  tables: number,
  demoBooth: number,
  keepFree: number[],
): HistoryRequest[] {
  const bookings = new Bookings();
  bookings.take(keepFree.flatMap((t) => [`b${demoBooth}@${t}`, `p${who.buyers[0]}@${t}`]));
  const asked = new Set<string>();
  const requests: HistoryRequest[] = [];
  const [demoBuyer] = who.buyers;
  const candidates = (buyer: number) => {
    const wanted = who.people[buyer].buyer?.categories;
    const fit = who.matchingBooths.filter((b) => !wanted || wanted.includes(booths[b].category));
    return fit.length ? fit : who.matchingBooths;
  };
  const request = (buyer: number, booth: number, day: HistoryDay, isLive: boolean) => {
    if (asked.has(`${buyer}:${booth}`)) return;
    asked.add(`${buyer}:${booth}`);
    const open = day.slots.filter((s) => !isLive || s.start > now + HOUR / 2);
    if (!open.length) return;
    const preferred = rnd
      .shuffle(open)
      .slice(0, rnd.int(1, 3))
      .map((s) => s.start)
      .sort((a, b) => a - b);
    const mode: MeetingMode = rnd.chance(0.35) ? 'onsite' : 'online';
    const at = isLive ? now - rnd.int(1, 20) * HOUR : preferred[0] - rnd.int(2, 30) * HOUR;
    const base = {
      buyer,
      booth,
      mode,
      preferred,
      at,
      message: message(rnd, booths[booth], who.people[buyer].locale === 'en'),
    };
    // Open requests (the live day) stay open until the day's last slot; the demo exhibitor's queue is left
    // to the demo buyer's one request (seed-matching.ts), so the demo's first answer is easy to find.
    // The demo buyer met the demo exhibitor (held), and has one meeting still to come on the live day.
    const forced = buyer === demoBuyer || (isLive && booth === demoBooth);
    let status: HistoryRequest['status'] = forced
      ? 'accepted'
      : isLive
        ? (['pending', 'countered', 'accepted'] as const)[rnd.weighted([4, 2, 4])]
        : PAST_OUTCOMES[rnd.weighted(PAST_OUTCOMES.map(([, w]) => w))][0];
    let meeting: HistoryRequest['meeting'] = null;
    if (status === 'accepted') {
      const slot = book(rnd, bookings, preferred, day, base, tables);
      if (slot)
        meeting = {
          ...slot,
          status: isLive
            ? 'scheduled'
            : forced
              ? 'held'
              : MEETING_OUTCOMES[rnd.weighted(MEETING_OUTCOMES.map(([, w]) => w))][0],
        };
      else status = 'declined';
    }
    const counter = status === 'countered' ? open.find((s) => !preferred.includes(s.start)) : undefined;
    if (status === 'countered' && !counter) status = 'pending';
    requests.push({
      ...base,
      status,
      counterStart: counter?.start ?? null,
      declineReason: status === 'declined' ? rnd.pick(DECLINE_REASONS) : null,
      expiresAt: isLive ? live.slots.at(-1)!.end : preferred[0],
      answeredAt: Math.min(at + rnd.int(1, 6) * HOUR, isLive ? now : preferred[0]),
      meeting,
    });
  };
  past.forEach((day) => {
    // The demo buyer met the demo exhibitor and a few others on each past day, so both have a history.
    request(demoBuyer, demoBooth, day, false);
    for (const buyer of who.buyers)
      for (let k = rnd.int(2, 5); k > 0; k--) request(buyer, rnd.pick(candidates(buyer)), day, false);
  });
  request(demoBuyer, who.matchingBooths[1], live, true);
  for (const buyer of who.buyers)
    if (buyer !== demoBuyer && rnd.chance(0.5)) request(buyer, rnd.pick(candidates(buyer)), live, true);
  return requests;
}

/** Sourcing requests posted by buyers, each answered by up to four matching exhibitors of its category. */
export function generateSourcing(
  rnd: Random,
  booths: HistoryBooth[],
  past: HistoryDay[],
  who: People,
): HistorySourcing[] {
  return who.buyers.slice(1, 31).map((buyer) => {
    const person = who.people[buyer];
    const category = rnd.pick(person.buyer!.categories);
    const phrase = CATEGORY_PHRASE[category];
    const day = rnd.pick(past);
    const at = day.hallStart + rnd.int(0, 6) * HOUR;
    const answering = rnd
      .shuffle(who.matchingBooths.filter((b) => booths[b].category === category))
      .slice(0, rnd.int(0, 4));
    return {
      buyer,
      title: person.locale === 'en' ? `Looking for ${phrase.en}` : `Mencari ${phrase.id}`,
      category,
      quantity: rnd.int(2, 40) * 50,
      unit: UNITS[category] ?? 'pcs',
      halal: rnd.chance(0.7),
      exportReady: person.buyer!.country !== 'ID',
      requirements: 'Pasokan rutin bulanan, contoh produk sebelum pesanan pertama.',
      targetPrice: rnd.chance(0.6) ? rnd.int(2, 60) * 5_000 : null,
      country: person.buyer!.country,
      status: rnd.chance(0.3) ? 'closed' : 'open',
      at,
      responses: answering.map((booth, i) => ({
        booth,
        author: who.staffOf.get(booth)!,
        message: `Kami bisa memenuhi ${phrase.id} sesuai kebutuhan Anda. Katalog dan harga grosir ada di booth kami.`,
        at: at + (i + 1) * rnd.int(1, 3) * HOUR,
      })),
    };
  });
}
