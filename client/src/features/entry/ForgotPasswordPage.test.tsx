import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { LoginPage } from './LoginPage';

const fetchMock = vi.fn<typeof fetch>();

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

function ask(email: string) {
  fireEvent.change(screen.getByTestId('forgot-email'), { target: { value: email } });
  fireEvent.click(screen.getByTestId('forgot-submit'));
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

describe('forgot password', () => {
  it('is one click from sign-in', () => {
    const router = renderAt('/login');
    fireEvent.click(screen.getByTestId('login-forgot'));
    expect(router.state.location.pathname).toBe('/forgot-password');
  });

  it('asks for a link and says it went out if the e-mail is registered (not whether it is)', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ mailed: true }), { status: 202 }));
    renderAt('/forgot-password');
    ask('Siti@Example.test');

    expect((await screen.findByTestId('forgot-sent')).textContent).toMatch(
      /Jika siti@example.test terdaftar/,
    );
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/password-reset');
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'siti@example.test' });
  });

  it('sends the user to the help desk when the fair mails nothing', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ mailed: false }), { status: 202 }));
    renderAt('/forgot-password');
    ask('siti@example.test');
    expect((await screen.findByTestId('forgot-sent')).textContent).toMatch(/meja bantuan/);
  });

  it('checks the e-mail before sending', async () => {
    renderAt('/forgot-password');
    ask('not-an-email');
    expect(await screen.findByText('Alamat email tidak valid')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
