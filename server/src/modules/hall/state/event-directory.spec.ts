import { randomUUID } from 'node:crypto';
import type { HallDirectoryReadModel } from '../read-models/hall-directory.read-model';
import { EventDirectory } from './event-directory';

function setUp() {
  const events: { id: string; slug: string }[] = [];
  const booths = new Map<string, Map<string, string>>();
  const reads = { events: 0, booths: 0 };
  const db = {
    events: async () => (reads.events++, [...events]),
    boothsOf: async (id: string) => (reads.booths++, new Map(booths.get(id) ?? [])),
  } as unknown as HallDirectoryReadModel;
  return { directory: new EventDirectory(db), events, booths, reads };
}

describe('EventDirectory', () => {
  it('answers known slugs from memory, and reads an event created after start-up once for a crowd', async () => {
    const { directory, events, reads } = setUp();
    const id = randomUUID();
    await directory.onApplicationBootstrap();
    events.push({ id, slug: 'opop' });
    const answers = await Promise.all(Array.from({ length: 50 }, () => directory.eventId('opop')));
    expect(new Set(answers)).toEqual(new Set([id]));
    expect(reads.events).toBe(2);
    await directory.eventId('opop');
    expect(reads.events).toBe(2);
  });

  it('re-reads for unknown slugs at most once a second', async () => {
    const { directory, reads } = setUp();
    await directory.onApplicationBootstrap();
    expect(await directory.eventId('nope')).toBeNull();
    const began = Date.now();
    const misses = await Promise.all(Array.from({ length: 20 }, (_, i) => directory.eventId(`nope-${i}`)));
    expect(misses.every((m) => m === null)).toBe(true);
    // Start-up, the first miss, and one read at the end of its second shared by the 20 after it.
    expect(reads.events).toBe(3);
    expect(Date.now() - began).toBeGreaterThanOrEqual(900);
  });

  it('finds an event created just after a miss’s read (the next read waits out the second)', async () => {
    const { directory, events, reads } = setUp();
    await directory.onApplicationBootstrap();
    expect(await directory.eventId('first')).toBeNull();
    const id = randomUUID();
    events.push({ id, slug: 'created-later' });
    expect(await directory.eventId('created-later')).toBe(id);
    expect(reads.events).toBe(3);
  });

  it('finds a staff member’s booth, and a booth added after booth.changed', async () => {
    const { directory, events, booths } = setUp();
    const [eventId, exhibitor, later] = [randomUUID(), randomUUID(), randomUUID()];
    events.push({ id: eventId, slug: 'opop' });
    booths.set(eventId, new Map([[exhibitor, 'booth-1']]));
    await directory.onApplicationBootstrap();
    expect(await directory.staffBooth(eventId, exhibitor)).toBe('booth-1');
    expect(await directory.staffBooth(eventId, null)).toBeNull();
    booths.get(eventId)!.set(later, 'booth-2');
    directory.boothsChanged(eventId);
    expect(await directory.staffBooth(eventId, later)).toBe('booth-2');
  });

  it('gives staff of an exhibitor in one fair no staff booth in another fair’s hall', async () => {
    const { directory, events, booths } = setUp();
    const [fairA, fairB, ofA, ofB] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    events.push({ id: fairA, slug: 'fair-a' }, { id: fairB, slug: 'fair-b' });
    booths.set(fairA, new Map([[ofA, 'booth-a']]));
    booths.set(fairB, new Map([[ofB, 'booth-b']]));
    await directory.onApplicationBootstrap();
    // The token's exhibitor is looked up among the connecting fair's booths only (docs/decisions/0025).
    expect(await directory.staffBooth(fairB, ofA)).toBeNull();
    expect(await directory.staffBooth(fairA, ofA)).toBe('booth-a');
    expect(await directory.staffBooth(fairA, ofB)).toBeNull();
    expect(await directory.staffBooth(fairB, ofB)).toBe('booth-b');
  });
});
