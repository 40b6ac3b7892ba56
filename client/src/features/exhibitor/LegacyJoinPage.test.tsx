import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFeatureTexts } from '../../i18n';
import { LegacyJoinPage } from './LegacyJoinPage';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const fetchMock = vi.fn<typeof fetch>();

function Landed() {
  const at = useLocation();
  return <p data-testid="landed">{`${at.pathname}${at.search}`}</p>;
}

function open(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/exhibitor/join" element={<LegacyJoinPage />} />
        <Route path="/e/:slug/exhibitor/join" element={<Landed />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeAll(() => loadFeatureTexts('backoffice'));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('an invitation link from before links named their fair', () => {
  it("opens the join page of the invitation's own fair, with its token", async () => {
    fetchMock.mockResolvedValue(
      json({
        exhibitorName: 'Pesantren Al-Ikhlas',
        expiresAt: '2026-12-10T00:00:00.000Z',
        eventSlug: 'opop-2026',
      }),
    );
    open('/exhibitor/join?token=tok%2Ben');

    expect((await screen.findByTestId('landed')).textContent).toBe(
      '/e/opop-2026/exhibitor/join?token=tok%2Ben',
    );
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toBe('/api/backoffice/invites/preview');
    expect(JSON.parse(String(init?.body))).toEqual({ token: 'tok+en' });
  });

  it('says so when the invitation is used or expired, and goes nowhere', async () => {
    fetchMock.mockResolvedValue(
      json({ statusCode: 400, error: 'Bad Request', message: 'used', code: 'invite_invalid' }, 400),
    );
    open('/exhibitor/join?token=spent');

    expect((await screen.findByRole('alert')).textContent).toBeTruthy();
    expect(screen.queryByTestId('landed')).toBeNull();
  });

  it('says the link is incomplete without a token, asking the server nothing', () => {
    open('/exhibitor/join');
    expect(screen.getByText(/incomplete|tidak lengkap/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
