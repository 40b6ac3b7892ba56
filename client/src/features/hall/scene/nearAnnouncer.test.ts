import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS, createNearAnnouncer } from './nearAnnouncer';

describe('the nearest-booth announcer', () => {
  let said: number[];
  let announcer: ReturnType<typeof createNearAnnouncer>;
  beforeEach(() => {
    vi.useFakeTimers();
    said = [];
    announcer = createNearAnnouncer((b) => said.push(b));
  });
  afterEach(() => {
    announcer.dispose();
    vi.useRealTimers();
  });

  it('says the booth once the visitor has stopped in front of it for the delay, not before', () => {
    announcer.update(4);
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([4]);
  });

  it('says nothing for booths walked past, only the one where the walk stops', () => {
    for (const booth of [1, -1, 2, -1, 3, -1, 7]) {
      announcer.update(booth);
      vi.advanceTimersByTime(200);
    }
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(said).toEqual([7]);
  });

  it('does not repeat a booth while the visitor stays, nor after a step aside and back', () => {
    announcer.update(5);
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    announcer.update(6);
    vi.advanceTimersByTime(100);
    announcer.update(5);
    vi.advanceTimersByTime(5 * ANNOUNCE_DELAY_MS);
    expect(said).toEqual([5]);
  });

  it('says the same booth again after the visitor walked away from every booth and came back', () => {
    announcer.update(5);
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    announcer.update(-1);
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    announcer.update(5);
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(said).toEqual([5, 5]);
  });

  it('says nothing after it is disposed (the hall closed)', () => {
    announcer.update(2);
    announcer.dispose();
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(said).toEqual([]);
  });
});
