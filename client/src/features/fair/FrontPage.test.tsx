import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fairEvent';
import { FrontPage } from './FrontPage';

const fetchMock = vi.fn<typeof fetch>();

const fair = (slug: string, status: string, timeZone: string, name: [string, string], startsOn: string) => ({
  slug,
  name: { id: name[0], en: name[1] },
  startsOn,
  endsOn: startsOn,
  timeZone,
  status,
});

function renderFront() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <FrontPage /> },
      { path: '/e/:slug', element: <p data-testid="fair-entry">fair</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('the front page', () => {
  it('lists current fairs before past ones, each with its zone, leading to its own pages', async () => {
    fetchMock.mockImplementation(async () =>
      json({
        items: [
          fair(
            'sulsel-2021',
            'live',
            'Asia/Makassar',
            ['Pameran Sulawesi 2021', 'Sulawesi Fair 2021'],
            '2021-12-04',
          ),
          fair(
            'opop-2020',
            'archived',
            'Asia/Jakarta',
            ['Pameran OPOP 2020', 'OPOP Fair 2020'],
            '2020-12-05',
          ),
        ],
      }),
    );
    const router = renderFront();
    const cards = await screen.findAllByTestId('fair-card');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/events');
    expect(cards.map((c) => c.getAttribute('data-slug'))).toEqual(['sulsel-2021', 'opop-2020']);
    const current = screen.getByRole('region', { name: /sedang dan akan/ });
    const past = screen.getByRole('region', { name: /sebelumnya/ });
    expect(within(current).getByText('Pameran Sulawesi 2021')).toBeTruthy();
    expect(within(current).getByText(/Waktu WITA/)).toBeTruthy();
    expect(within(past).getByText('Pameran OPOP 2020')).toBeTruthy();
    expect(within(past).getByText('Arsip')).toBeTruthy();

    within(cards[0]).getByTestId('fair-enter').click();
    await screen.findByTestId('fair-entry');
    expect(router.state.location.pathname).toBe('/e/sulsel-2021');
  });

  it('shows an empty state, not an error, when no fair is announced (or the server has no list yet)', async () => {
    fetchMock.mockImplementation(async () =>
      json({ statusCode: 404, error: 'Not Found', message: 'x' }, 404),
    );
    renderFront();
    expect(await screen.findByText(/Belum ada pameran/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
