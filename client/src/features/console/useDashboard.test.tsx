import { EXHIBITOR_STATUSES, MEETING_STATUSES, type Dashboard } from '@pameran/contracts';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSocket } from '../../test/fakeSocket';
import { withQueryClient } from '../../test/queryClient';
import { consoleKeys } from './consoleQueries';
import { LIVE_VIEWS_EVERY_MS, useDashboard } from './useDashboard';

const socket = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../lib/useHallSocket', () => ({ useHallSocket: () => socket.current }));

const dashboard = (at: string, online: number): Dashboard => ({
  eventId: '00000000-0000-4000-8000-0000000000e1',
  at,
  online,
  inBooths: 0,
  occupancy: {},
  visits: { total: 0, uniques: 0, lastHour: 0 },
  whatsappClicks: 0,
  chat: { messages: 0, lastHour: 0, deleted: 0 },
  meetings: Object.fromEntries(MEETING_STATUSES.map((s) => [s, 0])) as Dashboard['meetings'],
  deals: {
    total: 0,
    count: 0,
    byCategory: [],
    byRegion: [],
    claimed: { total: 0, count: 0 },
    awaiting: 0,
  },
  exhibitors: Object.fromEntries(EXHIBITOR_STATUSES.map((s) => [s, 0])) as Dashboard['exhibitors'],
  booths: 500,
  topBooths: [],
});
const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

const fetchMock = vi.fn<typeof fetch>();
let server: ReturnType<typeof fakeSocket>;

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  server = fakeSocket();
  socket.current = server;
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useDashboard', () => {
  it('loads the figures, then follows pushes and never goes back to older ones', async () => {
    fetchMock.mockResolvedValue(answer(dashboard('2020-12-05T03:00:00.000Z', 3)));
    const { client, wrapper } = withQueryClient();
    const { result } = renderHook(() => useDashboard(), { wrapper });

    await waitFor(() => expect(result.current.dashboard.data?.online).toBe(3));
    expect(fetchMock.mock.calls[0][0]).toBe('/api/admin/console/opop-2020/dashboard');
    expect(result.current.live).toBe(true);

    // Query results reach components after the cache notifies (a tick later).
    act(() => server.serverSends('dashboard', dashboard('2020-12-05T03:00:02.000Z', 5)));
    await waitFor(() => expect(result.current.dashboard.data?.online).toBe(5));
    act(() => server.serverSends('dashboard', dashboard('2020-12-05T03:00:01.000Z', 4)));
    expect(client.getQueryData<Dashboard>(consoleKeys.dashboard())?.online).toBe(5);
  });

  it('keeps a push that arrived while the first load was on its way', async () => {
    let respond!: (r: Response) => void;
    fetchMock.mockReturnValue(new Promise((resolve) => (respond = resolve)));
    const { wrapper } = withQueryClient();
    const { result } = renderHook(() => useDashboard(), { wrapper });

    act(() => server.serverSends('dashboard', dashboard('2020-12-05T03:00:02.000Z', 5)));
    await act(async () => respond(answer(dashboard('2020-12-05T03:00:00.000Z', 3))));
    await waitFor(() => expect(result.current.dashboard.isFetching).toBe(false));
    expect(result.current.dashboard.data?.online).toBe(5);
  });

  it('refreshes the ranking and the charts on pushes, at most every 10 s, the last push included', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(() => Promise.resolve(answer(dashboard('2020-12-05T03:00:00.000Z', 3))));
    const { client, wrapper } = withQueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const { unmount } = renderHook(() => useDashboard(), { wrapper });
    const live = () =>
      invalidate.mock.calls.filter(([f]) => f?.queryKey?.join() === consoleKeys.live().join());
    const push = (second: number) =>
      server.serverSends(
        'dashboard',
        dashboard(`2020-12-05T03:00:${String(second).padStart(2, '0')}.000Z`, 1),
      );

    push(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(live()).toHaveLength(1);
    push(3);
    push(5);
    await vi.advanceTimersByTimeAsync(LIVE_VIEWS_EVERY_MS - 1);
    expect(live()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(live()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3 * LIVE_VIEWS_EVERY_MS);
    expect(live()).toHaveLength(2);

    unmount();
    expect(server.listeners()).toBe(0);
  });
});
