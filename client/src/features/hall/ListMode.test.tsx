import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useHallBooths } from '../../stores/hall/booths';
import { boothFixture } from './hallFixtures';
import { ListMode } from './ListMode';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const booths = [
  boothFixture(A, 2),
  boothFixture(B, 0),
  boothFixture(C, 1, { category: 'fesyen', name: 'Pesantren Batik' }),
];

describe('list mode', () => {
  beforeEach(() => {
    useHallBooths.setState(useHallBooths.getInitialState(), true);
    useHallBooths.getState().actions.setBooths(booths);
  });

  it('shows zones with their booths and live counts, and follows occupancy deltas', () => {
    const onOpen = vi.fn();
    render(<ListMode booths={booths} selected={null} onOpen={onOpen} />);
    const toggles = screen.getAllByTestId('zone-toggle');
    expect(toggles.map((t) => t.textContent)).toEqual([
      expect.stringMatching(/Makanan2 booth · 2 orang/),
      expect.stringMatching(/Fesyen1 booth · 1 orang/),
    ]);
    // The first zone is open; the others open on demand.
    expect(screen.getAllByTestId('list-booth')).toHaveLength(2);
    const first = screen.getAllByTestId('list-booth')[0];
    expect(within(first).getByTestId('live-count').getAttribute('aria-label')).toBe('2 orang di sini');

    act(() => useHallBooths.getState().actions.applyOccupancy({ changes: { [A]: 5, [B]: 1 } }));
    expect(within(first).getByTestId('live-count').getAttribute('aria-label')).toBe('5 orang di sini');
    expect(toggles[0].textContent).toMatch(/6 orang/);

    fireEvent.click(toggles[1]);
    expect(screen.getAllByTestId('list-booth')).toHaveLength(3);
    fireEvent.click(screen.getByText('Pesantren Batik'));
    expect(onOpen).toHaveBeenCalledWith(C);
  });

  it('opens the zone of a booth chosen elsewhere (search, a shared link)', () => {
    render(<ListMode booths={booths} selected={C} onOpen={() => {}} />);
    const current = screen.getAllByTestId('list-booth').find((b) => b.getAttribute('aria-current'));
    expect(current?.textContent).toMatch(/Pesantren Batik/);
  });
});
