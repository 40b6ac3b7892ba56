import type { Meeting, User } from '@pameran/contracts';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../stores/session';
import { json } from '../../test/fairEvent';
import { CallPage } from './CallPage';
import { JoinCallButton } from './JoinCallButton';

vi.mock('../../lib/useHallSocket', () => ({ useHallSocket: () => null }));

const NOW = Date.parse('2020-12-05T03:00:00Z'); // 10:00 WIB
const MEETING_ID = '7d1c7f52-3a8e-4c51-9d55-0b7a8a1e9f01';
const buyer: User = {
  id: '2f4f0c8e-5a7b-4d3c-9e1f-0a1b2c3d4e5f',
  displayName: 'Ayu Buyer',
  email: 'ayu@example.com',
  role: 'buyer',
  isGuest: false,
  locale: 'en',
  timeZone: 'Asia/Jakarta',
  leadConsent: false,
  directoryListed: false,
  buyerProfile: null,
  createdAt: '2020-12-01T00:00:00.000Z',
};

function meeting(startInMin: number, patch: Partial<Meeting> = {}): Meeting {
  const start = NOW + startInMin * 60_000;
  return {
    id: MEETING_ID,
    requestId: '7d1c7f52-3a8e-4c51-9d55-0b7a8a1e9f02',
    exhibitor: {
      id: '7d1c7f52-3a8e-4c51-9d55-0b7a8a1e9f03',
      name: 'Pesantren Al-Ikhlas',
      boothId: null,
      category: 'makanan',
    },
    buyers: [{ id: buyer.id, name: buyer.displayName, company: 'PT Ayu', country: 'ID', timeZone: null }],
    start: new Date(start).toISOString(),
    end: new Date(start + 20 * 60_000).toISOString(),
    mode: 'online',
    table: null,
    status: 'scheduled',
    ...patch,
  };
}

const fetchMock = vi.fn<typeof fetch>();
function serve(routes: Record<string, () => Response>) {
  fetchMock.mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const route = routes[key];
    if (!route) throw new Error(`unexpected ${key}`);
    return route();
  });
}

function renderCall() {
  const router = createMemoryRouter([{ path: '/e/:slug/meetings/:id/call', element: <CallPage /> }], {
    initialEntries: [`/e/opop-2020/meetings/${MEETING_ID}/call`],
  });
  render(<RouterProvider router={router} />);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.stubGlobal('fetch', fetchMock);
  useSession.setState({ user: buyer, accessToken: 'a', refreshToken: 'r' });
  const denied = Object.assign(new Error('denied'), { name: 'NotAllowedError' });
  vi.stubGlobal('navigator', {
    ...globalThis.navigator,
    mediaDevices: {
      getUserMedia: vi.fn().mockRejectedValue(denied),
      enumerateDevices: vi.fn().mockResolvedValue([]),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    },
  });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('call page', () => {
  it('says plainly when video is not configured', async () => {
    serve({
      'GET /api/video/status': () => json({ enabled: false }),
      [`GET /api/meetings/${MEETING_ID}`]: () => json(meeting(2)),
    });
    renderCall();
    expect((await screen.findByTestId('video-disabled')).textContent).toMatch(/tidak dapat diikuti/);
  });

  it('checks devices first and keeps the button off until 5 minutes before the slot', async () => {
    serve({
      'GET /api/video/status': () => json({ enabled: true }),
      [`GET /api/meetings/${MEETING_ID}`]: () => json(meeting(30)),
    });
    renderCall();
    await screen.findByTestId('device-check');
    expect(screen.getByTestId('join-call')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('join-blocked').textContent).toContain('10.25 WIB');
    expect((await screen.findByTestId('device-problem')).textContent).toMatch(/tidak diizinkan/);
  });

  it("shows the server's reason when it refuses a token", async () => {
    serve({
      'GET /api/video/status': () => json({ enabled: true }),
      [`GET /api/meetings/${MEETING_ID}`]: () => json(meeting(3)),
      [`POST /api/meetings/${MEETING_ID}/join`]: () =>
        json({ statusCode: 403, error: 'Forbidden', message: 'This meeting was cancelled' }, 403),
    });
    renderCall();
    fireEvent.click(await screen.findByTestId('join-call'));
    expect((await screen.findByTestId('join-error')).textContent).toContain('This meeting was cancelled');
  });

  it('offers the deal form once the slot is over', async () => {
    serve({
      'GET /api/video/status': () => json({ enabled: true }),
      [`GET /api/meetings/${MEETING_ID}`]: () => json(meeting(-30, { status: 'held' })),
    });
    renderCall();
    expect((await screen.findByTestId('join-blocked')).textContent).toMatch(/sudah selesai/);
    expect(screen.getByRole('link', { name: /Catat hasil/ }).getAttribute('href')).toBe(
      `/e/opop-2020/deals?meeting=${MEETING_ID}`,
    );
  });
});

describe('join button on the agenda card', () => {
  it('lights up at the second the call opens', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    const router = createMemoryRouter(
      [{ path: '/e/:slug', element: <JoinCallButton meeting={meeting(6)} /> }],
      {
        initialEntries: ['/e/opop-2020'],
      },
    );
    render(<RouterProvider router={router} />);
    expect(screen.getByTestId('join-call-early').textContent).toContain('10.01 WIB');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(61_000);
    });
    expect(screen.getByTestId('join-call-link').getAttribute('href')).toBe(
      `/e/opop-2020/meetings/${MEETING_ID}/call`,
    );
  });
});
