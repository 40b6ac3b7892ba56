import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../stores/session';
import { EntryPage } from './EntryPage';

const guest = {
  accessToken: 'access-token',
  refreshToken: 'refresh-token-xxxxxxxxxxxxxxxx',
  expiresIn: 900,
  user: {
    id: '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b',
    displayName: 'Siti Aminah',
    email: null,
    role: 'visitor',
    isGuest: true,
    locale: 'id',
    timeZone: null,
    leadConsent: false,
    directoryListed: false,
    exhibitorId: null,
    buyerProfile: null,
    createdAt: '2020-12-05T01:00:00.000Z',
  },
};

/** The entry page once its guest form (a chunk of its own) has arrived. */
async function renderEntry() {
  const router = createMemoryRouter(
    [
      { path: '/e/:slug', element: <EntryPage /> },
      { path: '/e/:slug/hall', element: <p>hall page</p> },
    ],
    { initialEntries: ['/e/opop-2020'] },
  );
  render(<RouterProvider router={router} />);
  await screen.findByTestId('guest-name');
  return router;
}

function enterAs(name: string) {
  fireEvent.change(screen.getByTestId('guest-name'), { target: { value: name } });
  fireEvent.click(screen.getByTestId('enter-guest'));
}

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  useSession.setState({ user: null, accessToken: null, refreshToken: null });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('entry page: enter as guest', () => {
  it('refuses a one-letter name with a message under the field, without calling the server', async () => {
    await renderEntry();
    enterAs('A');

    expect(await screen.findByText('Minimal 2 karakter')).toBeTruthy();
    expect(screen.getByTestId('guest-name').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('counts the name after trimming and caps its length', async () => {
    await renderEntry();
    enterAs('   ');
    expect(await screen.findByText('Minimal 2 karakter')).toBeTruthy();

    enterAs('x'.repeat(41));
    expect(await screen.findByText('Maksimal 40 karakter')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the message in English after switching language', async () => {
    await renderEntry();
    fireEvent.click(screen.getByTestId('entry-lang-en'));
    // English comes as a chunk of its own: the page switches once it is in.
    await waitFor(() => expect(screen.getByTestId('enter-guest').textContent).toBe('Enter as guest'));
    enterAs('A');

    expect(await screen.findByText('At least 2 characters')).toBeTruthy();
    expect(screen.getByTestId('enter-guest').textContent).toBe('Enter as guest');
    expect(document.documentElement.lang).toBe('en');
  });

  it('enters with a valid name and goes into the hall', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(guest), { status: 201 }));
    const router = await renderEntry();
    enterAs('  Siti Aminah ');

    await waitFor(() => expect(router.state.location.pathname).toBe('/e/opop-2020/hall'));
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/guest');
    expect(JSON.parse(String(init?.body))).toEqual({ displayName: 'Siti Aminah', locale: 'id' });
    expect(useSession.getState().user?.displayName).toBe('Siti Aminah');
    expect(JSON.parse(localStorage.getItem('pameran.session') ?? '{}').accessToken).toBe('access-token');
  });

  it("shows the server's refusal", async () => {
    const body = { statusCode: 429, error: 'Too Many Requests', message: 'slow down' };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(body), { status: 429 }));
    await renderEntry();
    enterAs('Siti');

    expect(await screen.findByText('Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.')).toBeTruthy();
    expect(useSession.getState().user).toBeNull();
  });
});
