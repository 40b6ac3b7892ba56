import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../App';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFair } from '../../stores/fair';
import { useSession } from '../../stores/session';
import { fairEvent, json } from '../../test/fairEvent';
import { useFairTime } from './useFairTime';
import { FairLayout } from './FairLayout';
import { useFairPath } from './useFairSlug';

const fetchMock = vi.fn<typeof fetch>();

/** A page of the fair: its name, a link within it and a time in its zone. */
function Probe() {
  const at = useFairPath();
  const time = useFairTime();
  const event = useFair((s) => s.event);
  return (
    <div data-testid="probe">
      <span data-testid="probe-name">{event?.name.id}</span>
      <a href={at('/hall')}>hall</a>
      <span data-testid="probe-time">{time.pair('2020-12-05T01:00:00.000Z')}</span>
    </div>
  );
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [{ path: '/e/:slug', element: <FairLayout />, children: [{ path: '*', element: <Probe /> }] }],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const makassar = () => ({
  ...fairEvent(),
  slug: 'sulsel-2021',
  name: { id: 'Pameran Sulawesi 2021', en: 'Sulawesi Fair 2021' },
  timeZone: 'Asia/Makassar',
});

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  useSession.setState({ user: null, accessToken: null, refreshToken: null });
  useFair.setState({ event: null, error: null, loading: false, lastSlug: null });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe("a fair's pages", () => {
  it('read the fair named by the address, link within it and show its times in its own zone', async () => {
    fetchMock.mockImplementation(async () => json(makassar()));
    renderAt('/e/sulsel-2021/agenda');
    expect((await screen.findByTestId('probe-name')).textContent).toBe('Pameran Sulawesi 2021');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/events/sulsel-2021');
    expect(screen.getByRole('link', { name: 'hall' }).getAttribute('href')).toBe('/e/sulsel-2021/hall');
    expect(screen.getByTestId('probe-time').textContent).toMatch(/^09\.00 WITA/);
    expect(useFair.getState().lastSlug).toBe('sulsel-2021'); // account pages lead back here
  });

  it('say so when the fair does not exist, and never show another fair meanwhile', async () => {
    useFair.setState({ event: fairEvent() }); // the last fair opened
    fetchMock.mockImplementation(async () =>
      json({ statusCode: 404, error: 'Not Found', message: 'x' }, 404),
    );
    renderAt('/e/no-such-fair');
    expect(await screen.findByTestId('fair-not-found')).toBeTruthy();
    expect(screen.queryByTestId('probe')).toBeNull();
  });

  it('an address of the one-fair days (no fair in it) leads to the front page', async () => {
    fetchMock.mockImplementation(async () => json({ items: [] }));
    for (const old of ['/hall', '/agenda', '/organiser/audition', '/exhibitor/products', '/meetings']) {
      const router = createMemoryRouter(routes, { initialEntries: [old] });
      const { unmount } = render(<RouterProvider router={router} />);
      expect(await screen.findByTestId('front-page')).toBeTruthy();
      expect(router.state.location.pathname).toBe('/');
      unmount();
    }
  });
});
