import { CATEGORIES, MEETING_OUTCOMES, MEETING_STATUSES, REQUEST_STATUSES } from '@pameran/contracts';
import { slotGrid } from '../../../modules/matching/slots';
import { generateOpopFair } from '../opop/generate';
import { OPOP_DAYS, wib } from '../opop-schedule';
import { historyDays } from '../seed-history-input';
import { generateHistory, planDigest, VERIFIED_TOTAL, type HistoryInput } from '.';
import { VERIFIED_MILLIONS_BY_CATEGORY } from './deals';

/** The generator's input as the seed builds it: the demo fair's booths and its 4 days, day 4 live. */
function input(seed?: number): HistoryInput {
  const booths = generateOpopFair()
    .exhibitors.filter((e) => e.status === 'approved')
    .map((e) => ({ category: e.category, region: e.region, name: e.name }));
  const days = OPOP_DAYS.map((d) => {
    const at = (kind: string) => d.sessions.filter((s) => s.kind === kind);
    const [hall] = at('hall');
    const blocks = at('matching').map((s) => ({ start: wib(d.date, s.start), end: wib(d.date, s.end) }));
    return {
      hallStart: wib(d.date, hall.start).getTime(),
      hallEnd: wib(d.date, hall.end).getTime(),
      slots: slotGrid(blocks, { slotMinutes: 20, bufferMinutes: 0 }),
    };
  });
  const live = days[3];
  return {
    booths,
    pastDays: days.slice(0, 3),
    liveDay: live,
    now: live.hallStart + 3_600_000,
    tables: 20,
    demoBooth: 0,
    keepFree: [live.slots[7].start],
    seed,
  };
}

describe('generateHistory', () => {
  const started = performance.now();
  const plan = generateHistory(input());
  const ms = performance.now() - started;

  it('is deterministic: the same seed gives the same digest, another seed another', () => {
    expect(planDigest(generateHistory(input()))).toBe(planDigest(plan));
    expect(planDigest(generateHistory(input(7)))).not.toBe(planDigest(plan));
    console.log(
      `history planned in ${ms.toFixed(0)} ms: ${plan.leads.length} leads, digest ${planDigest(plan)}`,
    );
  });

  it('adds verified deals up to exactly Rp 21,020,000,000, split by category as documented', () => {
    const verified = plan.deals.filter((d) => d.confirmed && d.verification === 'verified');
    expect(verified.reduce((s, d) => s + d.value, 0)).toBe(VERIFIED_TOTAL);
    expect(VERIFIED_TOTAL).toBe(21_020_000_000);
    const booths = input().booths;
    for (const c of CATEGORIES) {
      const sum = verified.filter((d) => booths[d.booth].category === c).reduce((s, d) => s + d.value, 0);
      expect(sum).toBe(VERIFIED_MILLIONS_BY_CATEGORY[c] * 1_000_000);
    }
    // Evidence: a held meeting between the two parties, or a note; values within the default plausible range.
    for (const d of verified) {
      if (d.request === null) expect(d.note.trim()).not.toBe('');
      else {
        const r = plan.requests[d.request];
        expect([r.meeting?.status, r.buyer, r.booth]).toEqual(['held', d.buyer, d.booth]);
      }
      expect(d.value).toBeGreaterThanOrEqual(100_000);
      expect(d.value).toBeLessThanOrEqual(5_000_000_000);
    }
    expect(plan.deals.some((d) => d.verification === 'claimed' && d.confirmed)).toBe(true);
    expect(plan.deals.some((d) => d.verification === 'claimed' && !d.confirmed)).toBe(true);
    expect(plan.deals.some((d) => d.verification === 'rejected' && d.rejectionReason)).toBe(true);
  });

  it('records outcomes of held meetings only, mostly both sides, consistent with the deals', () => {
    const bySide = new Map<number, Map<string, string>>();
    for (const o of plan.outcomes) {
      expect(plan.requests[o.request].meeting?.status).toBe('held');
      expect(o.rating).toBeGreaterThanOrEqual(1);
      expect(o.rating).toBeLessThanOrEqual(5);
      expect(o.at).toBeGreaterThan(plan.requests[o.request].meeting!.end);
      const sides = bySide.get(o.request) ?? new Map<string, string>();
      expect(sides.has(o.side)).toBe(false); // one record per meeting and side
      bySide.set(o.request, sides.set(o.side, o.outcome));
    }
    const held = plan.requests.filter((r) => r.meeting?.status === 'held').length;
    const both = [...bySide.values()].filter((s) => s.size === 2).length;
    expect(both / held).toBeGreaterThan(0.6);
    expect(bySide.size).toBeLessThan(held); // some meetings have no record
    expect(bySide.size - both).toBeGreaterThan(0); // some have one side only
    for (const k of MEETING_OUTCOMES) expect(plan.outcomes.some((o) => o.outcome === k)).toBe(true);
    const dealt = new Set(plan.deals.flatMap((d) => (d.request === null ? [] : [d.request])));
    for (const request of dealt) {
      const outcomes = [...(bySide.get(request)?.values() ?? [])];
      expect(outcomes.some((o) => o === 'agreement' || o === 'negotiating')).toBe(true);
      expect(outcomes).not.toContain('no_fit');
    }
    for (const [request, sides] of bySide)
      if (!dealt.has(request)) expect([...sides.values()]).not.toContain('agreement');
  });

  it('has requests in every state and meetings held, missed, cancelled and to come, online and at tables', () => {
    for (const s of REQUEST_STATUSES)
      expect(plan.requests.filter((r) => r.status === s).length).toBeGreaterThan(0);
    const meetings = plan.requests.flatMap((r) => (r.meeting ? [{ ...r.meeting, mode: r.mode }] : []));
    for (const s of MEETING_STATUSES.filter((s) => s !== 'live'))
      expect(meetings.filter((m) => m.status === s).length).toBeGreaterThan(0);
    expect(meetings.some((m) => m.mode === 'onsite' && m.table !== null && m.status === 'held')).toBe(true);
    expect(meetings.some((m) => m.mode === 'online' && m.status === 'held')).toBe(true);
  });

  it('never double-books an exhibitor, a buyer or a table, and keeps one open request per pair', () => {
    const taken = new Set<string>();
    for (const r of plan.requests) {
      if (!r.meeting || r.meeting.status === 'cancelled') continue;
      for (const k of [`b${r.booth}`, `p${r.buyer}`, r.meeting.table === null ? '' : `t${r.meeting.table}`]) {
        if (!k) continue;
        expect(taken.has(`${k}@${r.meeting.start}`)).toBe(false);
        taken.add(`${k}@${r.meeting.start}`);
      }
    }
    const open = plan.requests.filter((r) => r.status === 'pending' || r.status === 'countered');
    expect(new Set(open.map((r) => `${r.buyer}:${r.booth}`)).size).toBe(open.length);
  });

  it('counts a visit once per visitor, booth and day, within hall hours, and names nobody real', () => {
    const visits = plan.leads.filter((l) => l.kind === 'visit');
    const keys = visits.map(
      (l) => `${l.person}:${l.booth}:${new Date(l.at + 7 * 3_600_000).toISOString().slice(0, 10)}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    const days = input().pastDays;
    for (const l of visits) expect(days.some((d) => l.at >= d.hallStart && l.at < d.hallEnd)).toBe(true);
    expect(plan.people.filter((p) => !p.existing).every((p) => p.name.endsWith('(demo)'))).toBe(true);
  });

  it('lists three generated buyers in four in the buyer directory, and nobody else', () => {
    const listed = plan.people.filter((p) => p.directoryListed);
    expect(listed.every((p) => p.role === 'buyer' && !p.existing)).toBe(true);
    expect(listed).toHaveLength(36);
  });
});

describe('generateHistory for an archived fair (SEED=demo)', () => {
  const base = input();
  const days = [...base.pastDays, base.liveDay];
  const plan = generateHistory({ ...base, ...historyDays(days, true), keepFree: [] });
  const dayOf = (t: number) => new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);

  it('takes the last day as live for a live fair, as the seed always did', () => {
    expect(historyDays(days, false)).toEqual({
      pastDays: base.pastDays,
      liveDay: base.liveDay,
      now: base.now,
    });
  });

  it('has all four days past: visits and held meetings on each, nothing open or to come', () => {
    const visits = plan.leads.filter((l) => l.kind === 'visit');
    expect(new Set(visits.map((l) => dayOf(l.at)))).toEqual(new Set(OPOP_DAYS.map((d) => d.date)));
    const held = plan.requests.filter((r) => r.meeting?.status === 'held');
    expect(new Set(held.map((r) => dayOf(r.meeting!.start)))).toEqual(new Set(OPOP_DAYS.map((d) => d.date)));
    expect(plan.requests.filter((r) => r.status === 'pending' || r.status === 'countered')).toEqual([]);
    expect(plan.requests.filter((r) => r.meeting?.status === 'scheduled')).toEqual([]);
  });

  it('still adds verified deals up to the 2020 fair’s figure', () => {
    const verified = plan.deals.filter((d) => d.confirmed && d.verification === 'verified');
    expect(verified.reduce((s, d) => s + d.value, 0)).toBe(VERIFIED_TOTAL);
  });
});
