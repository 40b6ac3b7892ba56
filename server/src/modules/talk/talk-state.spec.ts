import { randomUUID } from 'node:crypto';
import {
  AVAILABLE_FOR_MS,
  emptyTalk,
  KNOCK_TIMEOUT_MS,
  QUEUE_LIMIT,
  staffView,
  TalkChange,
  visitorView,
  type BoothTalk,
} from './talk-state';

const BOOTH = randomUUID();
const staff = { id: randomUUID(), name: 'Ustadzah Aminah' };
const visitor = (name: string | null = 'Budi') => ({ id: randomUUID(), name, company: name && 'PT Maju' });

/** One step at `now` on `state`, as the service does it (prune first). */
function step(state: BoothTalk, now: number, work: (c: TalkChange) => void = () => undefined) {
  const c = new TalkChange(structuredClone(state), now);
  c.prune();
  work(c);
  return c;
}

describe('talk-now rules', () => {
  const t0 = Date.now();
  const open = () => step(emptyTalk(), t0, (c) => c.setAvailable(staff, true)).state;

  it('queues knocks in order, shows a visitor without consent as nobody in particular, and times out', () => {
    const a = visitor();
    const b = visitor(null);
    const s = step(open(), t0, (c) => {
      c.knock(a);
      c.knock(b);
      c.knock(a); // the same knock again, not a second place
    }).state;
    expect(staffView(BOOTH, s).knocks.map((k) => [k.name, k.company, k.position])).toEqual([
      ['Budi', 'PT Maju', 1],
      [null, null, 2],
    ]);
    expect(visitorView(BOOTH, s, b.id).knock?.position).toBe(2);
    const later = step(s, t0 + KNOCK_TIMEOUT_MS + 1);
    expect(later.state.knocks).toEqual([]);
    expect(later.effects.outcomes.get(a.id)).toBe('timed_out');
    expect(visitorView(BOOTH, later.state, a.id, 'timed_out')).toMatchObject({
      knock: null,
      outcome: 'timed_out',
    });
  });

  it('refuses a knock with nobody at the booth, and beyond the queue limit', () => {
    expect(() => step(emptyTalk(), t0, (c) => c.knock(visitor()))).toThrow(/Nobody/);
    let s = open();
    for (let i = 0; i < QUEUE_LIMIT; i++) s = step(s, t0, (c) => c.knock(visitor())).state;
    expect(() => step(s, t0, (c) => c.knock(visitor()))).toThrow(/queue/);
  });

  it('accepting moves the next visitor up, records a lead, and holds at most four visitors per call', () => {
    let s = open();
    const people = [1, 2, 3, 4, 5, 6].map(() => visitor());
    for (const p of people) s = step(s, t0, (c) => c.knock(p)).state;
    const first = step(s, t0, (c) => c.accept(staff, s.knocks[0].knockId));
    expect(first.effects.leadsStarted).toEqual([{ id: expect.any(String), userId: people[0].id }]);
    s = first.state;
    expect(visitorView(BOOTH, s, people[1].id).knock?.position).toBe(1);
    for (let i = 0; i < 3; i++) s = step(s, t0, (c) => c.accept(staff, s.knocks[0].knockId)).state;
    expect(s.conversations[0].visitors).toHaveLength(4);
    expect(() => step(s, t0, (c) => c.accept(staff, s.knocks[0].knockId))).toThrow(/most visitors/);
  });

  it('only staff marked at the booth accept; a declined or answered knock is gone', () => {
    const s = step(open(), t0, (c) => c.knock(visitor())).state;
    const other = { id: randomUUID(), name: 'Not here' };
    expect(() => step(s, t0, (c) => c.accept(other, s.knocks[0].knockId))).toThrow(/at the booth/);
    const declined = step(s, t0, (c) => c.decline(s.knocks[0].knockId));
    expect(declined.effects.outcomes.get(s.knocks[0].id)).toBe('declined');
    expect(() => step(declined.state, t0, (c) => c.accept(staff, s.knocks[0].knockId))).toThrow(/answered/);
  });

  it('ends the call when staff leave the booth or their availability lapses: room closed, leads ended', () => {
    const v = visitor();
    let s = step(open(), t0, (c) => c.knock(v)).state;
    s = step(s, t0, (c) => c.accept(staff, s.knocks[0].knockId)).state;
    const id = s.conversations[0].id;
    const left = step(s, t0, (c) => c.leftBooth(staff.id));
    expect(left.state.conversations).toEqual([]);
    expect(left.effects.roomsClosed).toEqual([`talk-${id}`]);
    expect(left.effects.leadsEnded).toEqual([s.conversations[0].visitors[0].leadId]);
    expect(left.effects.outcomes.get(v.id)).toBe('ended');
    const lapsed = step(s, t0 + AVAILABLE_FOR_MS + 1);
    expect(lapsed.state.staff).toEqual([]);
    expect(lapsed.effects.roomsClosed).toEqual([`talk-${id}`]);
  });

  it('the last visitor leaving ends the call; a visitor not in it cannot leave it', () => {
    const v = visitor();
    let s = step(open(), t0, (c) => c.knock(v)).state;
    s = step(s, t0, (c) => c.accept(staff, s.knocks[0].knockId)).state;
    const id = s.conversations[0].id;
    expect(() => step(s, t0, (c) => c.leave(id, randomUUID()))).toThrow(/not in this conversation/);
    expect(step(s, t0, (c) => c.leave(id, v.id)).state.conversations).toEqual([]);
  });
});
