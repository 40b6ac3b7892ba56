import type { TalkStaffView, TalkVisitorView, User } from '@pameran/contracts';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HallSocket } from '../../lib/socket';
import { useSession } from '../../stores/session';
import { json } from '../../test/fairEvent';
import { TalkNow } from './TalkNow';

const BOOTH = '7d1c7f52-3a8e-4c51-9d55-0b7a8a1e9f10';
const STAFF_ID = '7d1c7f52-3a8e-4c51-9d55-0b7a8a1e9f11';
const user: User = {
  id: STAFF_ID,
  displayName: 'Ustadzah Aminah',
  email: 'aminah@example.com',
  role: 'exhibitor',
  isGuest: false,
  locale: 'id',
  timeZone: 'Asia/Jakarta',
  leadConsent: false,
  directoryListed: false,
  buyerProfile: null,
  createdAt: '2020-12-01T00:00:00.000Z',
};
const visitorView = (patch: Partial<TalkVisitorView> = {}): TalkVisitorView => ({
  boothId: BOOTH,
  staffAvailable: true,
  knock: null,
  conversation: null,
  ...patch,
});
const knockAt = (position: number) => ({
  id: '7d1c7f52-3a8e-4c51-9d55-0b7a8a1e9f13',
  position,
  expiresAt: '2030-01-01T00:00:00.000Z',
});

/** A stand-in for the hall socket: records handlers so a test can push events. */
function fakeSocket() {
  const handlers = new Map<string, (p: unknown) => void>();
  const socket = {
    on: (e: string, h: (p: unknown) => void) => handlers.set(e, h),
    off: (e: string) => handlers.delete(e),
  };
  const push = (e: string, p: unknown) => act(() => handlers.get(e)?.(p));
  return { socket: socket as unknown as HallSocket, push };
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

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  useSession.setState({ user, accessToken: 'a', refreshToken: 'r' });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('talk now in the booth panel', () => {
  it('a visitor knocks and sees their place in the queue move up live', async () => {
    serve({
      [`GET /api/booths/${BOOTH}/talk`]: () => json({ as: 'visitor', visitor: visitorView() }),
      [`POST /api/booths/${BOOTH}/talk/knock`]: () => json(visitorView({ knock: knockAt(2) })),
    });
    const { socket, push } = fakeSocket();
    render(<TalkNow boothId={BOOTH} socket={socket} />);
    fireEvent.click(await screen.findByTestId('talk-knock'));
    expect(await screen.findByText(/Anda nomor 2 dalam antrean/)).toBeTruthy();
    push('talk:visitor', visitorView({ knock: knockAt(1) }));
    expect(screen.getByTestId('talk-status').textContent).toMatch(/nomor 1/);
    push('talk:visitor', { ...visitorView({ knock: knockAt(1) }), boothId: STAFF_ID }); // another booth's
    expect(screen.getByTestId('talk-status').textContent).toMatch(/nomor 1/);
    push('talk:visitor', visitorView({ outcome: 'timed_out' }));
    expect(screen.getByTestId('talk-status').textContent).toMatch(/Tidak ada yang menjawab/);
  });

  it('cannot knock while nobody of the booth is available', async () => {
    serve({
      [`GET /api/booths/${BOOTH}/talk`]: () =>
        json({ as: 'visitor', visitor: visitorView({ staffAvailable: false }) }),
    });
    render(<TalkNow boothId={BOOTH} socket={null} />);
    expect(((await screen.findByTestId('talk-knock')) as HTMLButtonElement).disabled).toBe(true);
  });

  it('staff see a visitor without consent as "a visitor" and accept only once marked at the booth', async () => {
    const staff = (available: boolean): TalkStaffView => ({
      boothId: BOOTH,
      available: available
        ? [{ id: STAFF_ID, name: user.displayName, until: '2030-01-01T00:00:00.000Z' }]
        : [],
      knocks: [{ ...knockAt(1), knockId: knockAt(1).id, name: null, company: null }],
      conversations: [],
    });
    serve({
      [`GET /api/booths/${BOOTH}/talk`]: () => json({ as: 'staff', staff: staff(false) }),
      [`PUT /api/booths/${BOOTH}/talk/availability`]: () => json(staff(true)),
    });
    render(<TalkNow boothId={BOOTH} socket={null} />);
    const knock = await screen.findByTestId('talk-queue-item');
    expect(knock.textContent).toMatch(/Seorang pengunjung/);
    expect((screen.getByTestId('talk-accept') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('talk-available'));
    await vi.waitFor(() =>
      expect((screen.getByTestId('talk-accept') as HTMLButtonElement).disabled).toBe(false),
    );
  });
});
