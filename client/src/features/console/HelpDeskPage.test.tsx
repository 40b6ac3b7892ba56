import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFeatureTexts } from '../../i18n';
import { withQueryClient } from '../../test/queryClient';
import { HelpDeskPage } from './HelpDeskPage';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const USER = {
  id: '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b',
  displayName: 'Siti Aminah',
  email: 'siti@example.test',
  role: 'buyer',
};
const fetchMock = vi.fn<typeof fetch>();

function renderPage() {
  const { wrapper: Wrapper } = withQueryClient();
  render(
    <Wrapper>
      <HelpDeskPage />
    </Wrapper>,
  );
  fireEvent.change(screen.getByTestId('help-desk-search'), { target: { value: 'siti' } });
}

beforeAll(() => loadFeatureTexts('console'));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('console help desk', () => {
  it('finds an account and shows the reset link to hand over', async () => {
    const url = 'https://fair.example.id/reset-password?token=k3Jx9Qm2Lr7Vt5Yw1Zp8Nc4Bd6Fh0Gs';
    fetchMock.mockImplementation((input, init) =>
      Promise.resolve(
        init?.method === 'POST'
          ? json({ url, mailedTo: null, expiresAt: '2020-12-05T03:00:00.000Z' }, 201)
          : json({ items: [USER] }),
      ),
    );
    renderPage();
    fireEvent.click(await screen.findByTestId('help-desk-link'));

    expect(await screen.findByDisplayValue(url)).toBeTruthy();
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/admin/users?event=opop-2020&q=siti');
    expect(String(fetchMock.mock.calls[1][0])).toBe(
      `/api/admin/users/${USER.id}/password-reset?event=opop-2020&deliver=link`,
    );
  });

  it('mails the link, and shows the error code when the fair mails nothing', async () => {
    fetchMock.mockImplementation((input, init) =>
      Promise.resolve(
        init?.method === 'POST'
          ? json({ statusCode: 409, error: 'Conflict', message: 'no mail', code: 'mail_off' }, 409)
          : json({ items: [USER] }),
      ),
    );
    renderPage();
    fireEvent.click(await screen.findByTestId('help-desk-mail'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/tidak mengirim surel/);

    fetchMock.mockImplementation(() =>
      Promise.resolve(json({ url: null, mailedTo: USER.email, expiresAt: '2020-12-05T03:00:00.000Z' }, 201)),
    );
    fireEvent.click(screen.getByTestId('help-desk-mail'));
    expect((await screen.findByTestId('help-desk-result')).textContent).toMatch(/siti@example.test/);
  });
});
