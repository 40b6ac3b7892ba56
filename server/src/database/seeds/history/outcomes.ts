import type { MeetingOutcomeKind, OutcomeSide } from '@pameran/contracts';
import type { Random } from '../opop/random';
import type { People } from './people';
import type { HistoryDeal, HistoryOutcome, HistoryRequest } from './types';

const MINUTE = 60_000;
/**
 * INVENTED for the demo (docs/demo.md): of the held meetings, how many got a record from both sides, from one
 * side only, from neither. A meeting that led to a deal always has at least the side that recorded the deal.
 */
const COVERAGE = { both: 70, one: 20, none: 10 };
/** A side's outcome of a held meeting that led to no deal (never "agreement": that comes with a deal). */
const WITHOUT_DEAL: [MeetingOutcomeKind, number][] = [
  ['no_fit', 30],
  ['follow_up', 35],
  ['sample_sent', 20],
  ['negotiating', 15],
];
/** The other side of a meeting that led to a deal (never "no fit"). */
const WITH_DEAL: [MeetingOutcomeKind, number][] = [
  ['agreement', 4],
  ['negotiating', 4],
  ['sample_sent', 2],
  ['follow_up', 1],
];
/** How often the second side writes the same outcome as the first (otherwise drawn on its own). */
const SAME_AS_OTHER_SIDE = 0.6;
/** Share of records with a note. */
const WITH_NOTE = 0.6;
/** Ratings 1–5 per outcome: the lowest and the weights from it up. */
const RATINGS: Record<MeetingOutcomeKind, { from: number; weights: number[] }> = {
  no_fit: { from: 1, weights: [2, 3, 2] },
  follow_up: { from: 3, weights: [3, 4, 1] },
  sample_sent: { from: 3, weights: [2, 4, 2] },
  negotiating: { from: 3, weights: [1, 4, 3] },
  agreement: { from: 4, weights: [2, 3] },
};
/** Short fictitious notes, in the writer's language. */
const NOTES: Record<MeetingOutcomeKind, { id: string[]; en: string[] }> = {
  no_fit: {
    id: ['Volume yang dicari terlalu besar untuk kapasitas kami.', 'Belum ada sertifikat yang diminta.'],
    en: ['Their volumes are below our minimum order.', 'Not the certification our market needs.'],
  },
  follow_up: {
    id: ['Kirim katalog dan daftar harga minggu depan.', 'Jadwalkan panggilan lanjutan bulan depan.'],
    en: ['Asked for the catalogue and price list.', 'Follow-up call after the fair.'],
  },
  sample_sent: {
    id: ['Sampel dikirim lewat kurir, tunggu hasil uji.', 'Sampel 5 kg sudah dikirim.'],
    en: ['Samples on their way for lab testing.', 'Received samples; tasting next week.'],
  },
  negotiating: {
    id: ['Negosiasi harga dan jadwal pengiriman.', 'Menunggu konfirmasi kemasan ekspor.'],
    en: ['Negotiating price per container.', 'Discussing payment terms and shipping.'],
  },
  agreement: {
    id: ['Sepakat pesanan pertama, PO menyusul.', 'Kontrak pasokan disepakati.'],
    en: ['Agreed on a first order.', 'Supply terms agreed; PO to follow.'],
  },
};

const draw = (rnd: Random, from: [MeetingOutcomeKind, number][]) =>
  from[rnd.weighted(from.map(([, w]) => w))][0];

/**
 * Meeting outcomes of the held meetings: most from both sides, some from one, some none ({@link COVERAGE}).
 * They agree with the deals: a meeting that led to a deal has "agreement" (an order: PO or paid) or
 * "negotiating" (a letter of intent) from the side that recorded the deal and never "no fit"; a meeting
 * without a deal never has "agreement".
 */
export function generateOutcomes(
  rnd: Random,
  requests: HistoryRequest[],
  deals: HistoryDeal[],
  who: People,
): HistoryOutcome[] {
  const dealOf = new Map(deals.flatMap((d) => (d.request === null ? [] : [[d.request, d] as const])));
  const outcomes: HistoryOutcome[] = [];
  requests.forEach((r, request) => {
    if (r.meeting?.status !== 'held') return;
    const deal = dealOf.get(request);
    const coverage = (['both', 'one', 'none'] as const)[rnd.weighted(Object.values(COVERAGE))];
    if (coverage === 'none' && !deal) return;
    const first: OutcomeSide = deal?.recordedBy ?? (rnd.chance(0.5) ? 'buyer' : 'exhibitor');
    const firstOutcome = deal
      ? deal.status === 'loi'
        ? 'negotiating'
        : 'agreement'
      : draw(rnd, WITHOUT_DEAL);
    const sides: [OutcomeSide, MeetingOutcomeKind][] = [[first, firstOutcome]];
    if (coverage === 'both') {
      const echo = rnd.chance(SAME_AS_OTHER_SIDE);
      sides.push([
        first === 'buyer' ? 'exhibitor' : 'buyer',
        echo ? firstOutcome : draw(rnd, deal ? WITH_DEAL : WITHOUT_DEAL),
      ]);
    }
    for (const [side, outcome] of sides) {
      const writer = side === 'buyer' ? r.buyer : who.staffOf.get(r.booth)!;
      const { from, weights } = RATINGS[outcome];
      outcomes.push({
        request,
        side,
        outcome,
        rating: from + rnd.weighted(weights),
        note: rnd.chance(WITH_NOTE) ? rnd.pick(NOTES[outcome][who.people[writer].locale]) : '',
        at: r.meeting.end + rnd.int(5, 240) * MINUTE,
      });
    }
  });
  return outcomes;
}
