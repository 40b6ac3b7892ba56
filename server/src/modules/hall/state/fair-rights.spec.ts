import type { MembershipService, Rights } from '../../memberships';
import { FairRights } from './fair-rights';

const ORGANISER: Rights = { organiser: true, exhibitorId: null };
const STAFF: Rights = { organiser: false, exhibitorId: 'x-1' };

/** Memberships as rows `[user, fair, rights]`; each read can be held until the spec releases it. */
function setUp() {
  const rows = new Map<string, Rights>();
  const key = (userId: string, eventId: string) => `${userId}/${eventId}`;
  const reads = { fair: 0, person: 0 };
  let hold: Promise<void> | null = null;
  const snapshot = async <T>(
    pick: (k: string, r: Rights) => [string, Rights] | null,
  ): Promise<Map<string, T>> => {
    const taken = new Map([...rows].flatMap(([k, r]) => (pick(k, r) ? [pick(k, r)!] : [])));
    if (hold) await hold;
    return taken as Map<string, T>;
  };
  const memberships = {
    rightsInFair: (eventId: string) => (
      reads.fair++,
      snapshot((k, r) => (k.endsWith(`/${eventId}`) ? [k.split('/')[0], r] : null))
    ),
    rightsByFair: (userId: string) => (
      reads.person++,
      snapshot((k, r) => (k.startsWith(`${userId}/`) ? [k.split('/')[1], r] : null))
    ),
  } as unknown as MembershipService;
  const holdReads = () => {
    let release: () => void = () => undefined;
    hold = new Promise<void>((resolve) => (release = resolve));
    return () => ((hold = null), release());
  };
  return {
    rights: new FairRights(memberships),
    grant: (userId: string, eventId: string, r: Rights) => rows.set(key(userId, eventId), r),
    withdraw: (userId: string, eventId: string) => rows.delete(key(userId, eventId)),
    reads,
    holdReads,
  };
}

describe('FairRights', () => {
  it("reads a fair's members once for a crowd of handshakes, then answers from memory", async () => {
    const { rights, grant, reads } = setUp();
    grant('ana', 'a', ORGANISER);
    grant('budi', 'a', STAFF);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => rights.of('a', i % 2 ? 'ana' : 'budi')),
    );
    expect(answers.filter((r) => r.organiser)).toHaveLength(20);
    expect(await rights.of('a', 'someone')).toEqual({ organiser: false, exhibitorId: null });
    expect(reads.fair).toBe(1);
  });

  it('rights are per fair: an organiser of A holds nothing in B, staff of X in A may be staff of Y in B', async () => {
    const { rights, grant } = setUp();
    grant('ana', 'a', ORGANISER);
    grant('budi', 'a', STAFF);
    grant('budi', 'b', { organiser: false, exhibitorId: 'y-1' });
    expect((await rights.of('b', 'ana')).organiser).toBe(false);
    expect((await rights.of('b', 'budi')).exhibitorId).toBe('y-1');
    expect((await rights.of('a', 'budi')).exhibitorId).toBe('x-1');
  });

  it("a change re-reads that person's rights alone, in every fair known", async () => {
    const { rights, grant, withdraw, reads } = setUp();
    grant('ana', 'a', ORGANISER);
    await rights.of('a', 'ana');
    await rights.of('b', 'ana');
    withdraw('ana', 'a');
    grant('ana', 'b', ORGANISER);
    expect(await rights.changed('ana')).toBe(true);
    expect((await rights.of('a', 'ana')).organiser).toBe(false);
    expect((await rights.of('b', 'ana')).organiser).toBe(true);
    expect(reads).toEqual({ fair: 2, person: 1 });
  });

  it("a fair's read that ran across a change is read again, never kept", async () => {
    const { rights, grant, holdReads, reads } = setUp();
    const release = holdReads();
    const first = rights.of('a', 'ana');
    grant('ana', 'a', ORGANISER);
    const change = rights.changed('ana');
    release();
    expect((await first).organiser).toBe(true);
    await change;
    expect(reads.fair).toBe(2);
  });

  it('of two changes in flight, only the read after the later one applies', async () => {
    const { rights, grant, withdraw, holdReads } = setUp();
    await rights.of('a', 'ana');
    const release = holdReads();
    grant('ana', 'a', ORGANISER);
    const older = rights.changed('ana');
    release();
    withdraw('ana', 'a');
    const newer = rights.changed('ana');
    expect(await older).toBe(false);
    expect(await newer).toBe(true);
    expect((await rights.of('a', 'ana')).organiser).toBe(false);
  });

  it('finds an organiser or staff written without a change announced, re-reading at most once a second', async () => {
    const { rights, grant, reads } = setUp();
    await rights.of('a', 'someone');
    grant('ana', 'a', ORGANISER);
    // A visitor's account holds rights nowhere: not knowing them here costs no read.
    expect((await rights.of('a', 'ana')).organiser).toBe(false);
    expect(reads.fair).toBe(1);
    const found = await Promise.all(Array.from({ length: 10 }, () => rights.of('a', 'ana', true)));
    expect(found.every((r) => r.organiser)).toBe(true);
    const began = Date.now();
    expect((await rights.of('a', 'budi', true)).organiser).toBe(false);
    expect(Date.now() - began).toBeGreaterThanOrEqual(900);
    expect(reads.fair).toBe(3);
  });
});
