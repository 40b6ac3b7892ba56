/**
 * Seeded, deliberately tight test/benchmark instances: `size` requests between size/4 exhibitors and
 * 0.3·size buyers over 4 days × 2 blocks × 2 h of 20-minute slots (48 slots).
 * - Exhibitors staff the matching desk for 2–6 of the 8 blocks, daily limit 4–8, 15 % with existing
 *   meetings; popularity is Zipf(0.8), so the top ones are asked for several times the slots they have.
 * - Buyers: 40 % narrow (one block or one day, e.g. working hours far from WIB), 40 % one or two days,
 *   20 % every slot; half have a daily limit of 3–6; Zipf(0.6) over who asks most.
 * - 12 % of requests bring 1–3 colleagues. Requests mostly share a slot (buyers see availability).
 * - Half of the requests whose parties can meet on the venue days (1–2) are on site; size/100 tables
 *   (20 at 2,000 requests) exist on those days only, 10 % of their slots already booked.
 * - Half carry 1–3 preferred slots; 70 % are accepted (priority 1), the rest pending (0).
 */
import { createRng, randInt, shuffle, type Rng } from './rng';
import type { SchedulingParticipant, SchedulingProblem, SchedulingRequest, SchedulingSlot } from './types';

const DAYS = ['2020-11-24', '2020-11-25', '2020-11-26', '2020-11-27'];
const BLOCKS_UTC_HOUR = [2, 6]; // 09:00 and 13:00 WIB
const SLOTS_PER_BLOCK = 6;
const SLOT_MS = 20 * 60_000;
const SLOTS_PER_DAY = BLOCKS_UTC_HOUR.length * SLOTS_PER_BLOCK;
const TABLE_DAYS = 2;

function slotGrid(): SchedulingSlot[] {
  const slots: SchedulingSlot[] = [];
  for (const day of DAYS) {
    for (const hour of BLOCKS_UTC_HOUR) {
      const blockStart = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
      for (let i = 0; i < SLOTS_PER_BLOCK; i++) {
        const start = blockStart + i * SLOT_MS;
        slots.push({ start, end: start + SLOT_MS, day });
      }
    }
  }
  return slots;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const daySlots = (d: number) => range(d * SLOTS_PER_DAY, (d + 1) * SLOTS_PER_DAY);
const blockSlots = (d: number, b: number) =>
  range(d * SLOTS_PER_DAY + b * SLOTS_PER_BLOCK, d * SLOTS_PER_DAY + (b + 1) * SLOTS_PER_BLOCK);
const pickDays = (rng: Rng, k: number) => shuffle(rng, range(0, DAYS.length)).slice(0, k).sort();

/** Index sampler with P(i) ∝ 1/(i+1)^s. */
function zipf(rng: Rng, n: number, s: number): () => number {
  const cum: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cum.push((total += 1 / Math.pow(i + 1, s)));
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function exhibitor(rng: Rng, i: number): SchedulingParticipant {
  // Staff man the business-matching desk for 2–6 of the 8 blocks.
  const blocks = shuffle(rng, range(0, DAYS.length * 2)).slice(0, 2 + randInt(rng, 5));
  const available = blocks.sort((a, b) => a - b).flatMap((k) => blockSlots(k >> 1, k & 1));
  const busy = rng() < 0.15 ? shuffle(rng, available.slice()).slice(0, 1 + randInt(rng, 3)) : undefined;
  return { id: `e${i}`, available, busy, dailyLimit: 4 + randInt(rng, 5) };
}

function buyer(rng: Rng, i: number): SchedulingParticipant {
  const kind = rng();
  let available: number[] | undefined;
  if (kind < 0.4) {
    // Narrow: a block or two (e.g. working hours far from WIB).
    const d = randInt(rng, DAYS.length);
    available = rng() < 0.5 ? blockSlots(d, randInt(rng, 2)) : daySlots(d);
  } else if (kind < 0.8) available = pickDays(rng, 1 + randInt(rng, 2)).flatMap(daySlots);
  return { id: `b${i}`, available, dailyLimit: rng() < 0.5 ? 3 + randInt(rng, 4) : undefined };
}

export function generateInstance(seed: number, size: number): SchedulingProblem {
  const rng = createRng(seed);
  const slots = slotGrid();
  const exhibitors = range(0, Math.max(2, Math.round(size / 4))).map((i) => exhibitor(rng, i));
  const buyers = range(0, Math.max(2, Math.round(size * 0.3))).map((i) => buyer(rng, i));
  const wide = buyers.filter((b) => b.available === undefined);
  const tables = range(0, Math.max(1, Math.round(size / 100))).map((t) => ({
    id: `t${t}`,
    busy: range(TABLE_DAYS * SLOTS_PER_DAY, slots.length).concat(
      range(0, TABLE_DAYS * SLOTS_PER_DAY).filter(() => rng() < 0.1),
    ),
  }));
  const popularity = shuffle(rng, exhibitors.slice());
  const pickExhibitor = zipf(rng, exhibitors.length, 0.8);
  const pickBuyer = zipf(rng, buyers.length, 0.6);
  const all = range(0, slots.length);
  const pairs = new Set<string>();
  const requests: SchedulingRequest[] = [];
  for (let attempt = 0; requests.length < size && attempt < size * 50; attempt++) {
    const e = popularity[pickExhibitor()];
    const b = buyers[pickBuyer()];
    const common = (e.available ?? all).filter((s) => (b.available ?? all).includes(s));
    // Buyers see exhibitors' availability when asking, so most requests share at least one slot.
    if (pairs.has(`${e.id}/${b.id}`) || (!common.length && rng() < 0.9)) continue;
    pairs.add(`${e.id}/${b.id}`);
    const party = [e.id, b.id];
    if (rng() < 0.12 && wide.length > 3) {
      const colleagues = shuffle(
        rng,
        wide.filter((c) => c !== b),
      ).slice(0, 1 + randInt(rng, 3));
      party.push(...colleagues.map((c) => c.id));
    }
    // On-site meetings only for parties who can meet on the venue days (1–2), where the tables are.
    const onVenue = common.some((s) => s < TABLE_DAYS * SLOTS_PER_DAY);
    requests.push({
      id: `r${requests.length}`,
      participantIds: party,
      mode: onVenue && rng() < 0.5 ? 'onsite' : 'online',
      preferred:
        rng() < 0.5 && common.length ? shuffle(rng, common).slice(0, 1 + randInt(rng, 3)) : undefined,
      priority: rng() < 0.7 ? 1 : 0,
    });
  }
  return { slots, participants: [...exhibitors, ...buyers], tables, requests };
}
