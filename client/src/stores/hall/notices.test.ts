import { beforeEach, describe, expect, it } from 'vitest';
import { useHallNotices } from './notices';

const actions = () => useHallNotices.getState().actions;

describe('hall notices store', () => {
  beforeEach(() => useHallNotices.setState(useHallNotices.getInitialState(), true));

  it('shows an announcement once, and not again after it was closed', () => {
    const a = { id: 'a1', text: 'Temu bisnis dimulai', audience: 'everyone' as const };
    actions().addAnnouncement(a);
    actions().addAnnouncement(a);
    expect(useHallNotices.getState().announcements).toHaveLength(1);
    actions().dismissAnnouncement('a1');
    actions().addAnnouncement(a);
    expect(useHallNotices.getState().announcements).toEqual([]);
  });
});
