import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n, { LANGUAGE_KEY } from '../i18n';
import { useSession } from './session';

const auth = (locale: 'id' | 'en') => ({
  accessToken: 'access-token',
  refreshToken: 'refresh-token-xxxxxxxxxxxxxxxx',
  expiresIn: 900,
  user: {
    id: '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b',
    displayName: 'Nur Aisyah',
    email: 'buyer@example.test',
    role: 'buyer',
    isGuest: false,
    locale,
    timeZone: 'Asia/Kuala_Lumpur',
    leadConsent: true,
    directoryListed: false,
    exhibitorId: null,
    buyerProfile: null,
    createdAt: '2020-12-05T01:00:00.000Z',
  },
});

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  useSession.setState({ user: null, accessToken: null, refreshToken: null });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('the interface follows the signed-in account’s language', () => {
  it('switches an Indonesian interface to English when an English account signs in, and keeps it', async () => {
    expect(i18n.language).toBe('id');
    fetchMock.mockResolvedValue(Response.json(auth('en')));
    await useSession.getState().actions.login('buyer@example.test', 'secret-password');
    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
  });

  it('leaves the interface alone when the account already speaks it', async () => {
    fetchMock.mockResolvedValue(Response.json(auth('id')));
    await useSession.getState().actions.login('buyer@example.test', 'secret-password');
    await new Promise((r) => setTimeout(r, 50));
    expect(i18n.language).toBe('id');
  });
});
