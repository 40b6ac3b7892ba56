import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useFair } from '../../stores/fair';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../stores/session';
import { AccountForm } from './AccountForm';

const user = {
  id: '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b',
  displayName: 'Budi Santoso',
  email: 'budi@example.com',
  role: 'buyer',
  isGuest: false,
  locale: 'id',
  timeZone: null,
  leadConsent: false,
  directoryListed: false,
  exhibitorId: null,
  buyerProfile: null,
  createdAt: '2020-12-05T01:00:00.000Z',
};
const auth = { accessToken: 'a', refreshToken: 'refresh-token-xxxxxxxxxxxxxxxx', expiresIn: 900, user };

function renderForm() {
  const router = createMemoryRouter(
    [
      { path: '/register', element: <AccountForm mode="register" /> },
      { path: '/e/:slug/catalogue', element: <p>catalogue</p> },
    ],
    { initialEntries: ['/register'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

function fillAccount() {
  type('account-name', 'Budi Santoso');
  type('account-email', 'Budi@Example.com');
  type('account-password', 'rahasia-sekali');
}

const fetchMock = vi.fn<typeof fetch>();
const sentBody = () => JSON.parse(String(fetchMock.mock.calls[0][1]?.body)) as Record<string, unknown>;

beforeEach(() => {
  useFair.setState({ lastSlug: 'opop-2020' });
  vi.stubGlobal('fetch', fetchMock);
  useSession.setState({ user: null, accessToken: null, refreshToken: null });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('account form', () => {
  it("sends a buyer's company only for the buyer role, then opens the catalogue", async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(auth), { status: 201 }));
    const router = renderForm();
    fireEvent.click(screen.getByTestId('role-buyer'));
    type('buyer-company', 'PT Sumber Rejeki');
    type('buyer-country', 'MY');
    fireEvent.click(screen.getByTestId('role-visitor'));
    fillAccount();
    fireEvent.click(screen.getByTestId('account-submit'));

    // Registered on the way from a fair: back to that fair's catalogue.
    await waitFor(() => expect(router.state.location.pathname).toBe('/e/opop-2020/catalogue'));
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/register');
    expect(sentBody()).toMatchObject({
      email: 'budi@example.com',
      displayName: 'Budi Santoso',
      role: 'visitor',
      leadConsent: false,
    });
    expect(sentBody()).not.toHaveProperty('buyerProfile');
  });

  it('names the buyer fields that are missing', async () => {
    renderForm();
    fireEvent.click(screen.getByTestId('role-buyer'));
    fillAccount();
    fireEvent.click(screen.getByTestId('account-submit'));

    expect(await screen.findByText('Pilih negara')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('buyer-company').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByText('Minimal 2 karakter')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a taken email under the email field', async () => {
    const body = { statusCode: 409, error: 'Conflict', message: 'email taken', code: 'email_taken' };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(body), { status: 409 }));
    renderForm();
    fillAccount();
    fireEvent.click(screen.getByTestId('account-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('account-email').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getAllByText('Email ini sudah terdaftar.')).toHaveLength(2); // under the field and on the form
    expect(useSession.getState().user).toBeNull();
  });
});
