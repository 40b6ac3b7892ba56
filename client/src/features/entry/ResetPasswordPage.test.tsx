import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResetPasswordPage } from './ResetPasswordPage';

const TOKEN = 'k3Jx9Qm2Lr7Vt5Yw1Zp8Nc4Bd6Fh0Gs';
const fetchMock = vi.fn<typeof fetch>();

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/reset-password', element: <ResetPasswordPage /> }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
}

function choose(password: string, again: string) {
  fireEvent.change(screen.getByTestId('reset-password'), { target: { value: password } });
  fireEvent.change(screen.getByTestId('reset-password-again'), { target: { value: again } });
  fireEvent.click(screen.getByTestId('reset-submit'));
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

describe('reset password page', () => {
  it('sends the token from the link with the new password, once both fields agree', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    renderAt(`/reset-password?token=${TOKEN}`);
    choose('a long new password', 'a long new password');

    expect(await screen.findByTestId('reset-done')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/password-reset/confirm');
    expect(JSON.parse(String(init?.body))).toEqual({ token: TOKEN, password: 'a long new password' });
  });

  it('refuses two different passwords and a short one without calling the server', async () => {
    renderAt(`/reset-password?token=${TOKEN}`);
    choose('a long new password', 'another long password');
    expect(await screen.findByText('Kedua kata sandi tidak sama')).toBeTruthy();

    choose('short', 'short');
    expect(await screen.findByText('Minimal 10 karakter')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the server's error code for a used or expired link", async () => {
    const body = { statusCode: 400, error: 'Bad Request', message: 'used', code: 'reset_invalid' };
    fetchMock.mockResolvedValue(new Response(JSON.stringify(body), { status: 400 }));
    renderAt(`/reset-password?token=${TOKEN}`);
    choose('a long new password', 'a long new password');

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/tidak valid, sudah dipakai, atau kedaluwarsa/),
    );
    expect(screen.queryByTestId('reset-done')).toBeNull();
  });

  it('says the link is incomplete when it has no token', () => {
    renderAt('/reset-password');
    expect(screen.getByTestId('reset-no-token')).toBeTruthy();
    expect(screen.queryByTestId('reset-submit')).toBeNull();
  });
});
