import { MemoryPresenceStore } from './presence.store';

describe('MemoryPresenceStore', () => {
  it('counts a user with several tabs once, and only reports changes', async () => {
    const store = new MemoryPresenceStore();
    expect(await store.join('e', 'b1', 'u1')).toBe(1);
    expect(await store.join('e', 'b1', 'u1')).toBeNull(); // second tab
    expect(await store.join('e', 'b1', 'u2')).toBe(2);
    expect(await store.leave('e', 'b1', 'u1')).toBeNull(); // one tab still there
    expect(await store.counts('e')).toEqual({ b1: 2 });
    expect(await store.leave('e', 'b1', 'u1')).toBe(1);
    expect(await store.leave('e', 'b1', 'u1')).toBeNull(); // unknown leave changes nothing
    expect(await store.leave('e', 'b1', 'u2')).toBe(0);
    expect(await store.counts('e')).toEqual({});
  });
});
