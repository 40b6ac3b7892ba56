import { act, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { useFair } from '../../stores/fair';
import { useSession } from '../../stores/session';
import {
  FIXTURE_NOW,
  HALL_1,
  HALL_2,
  MATCHING_1,
  STAGE_1,
  STAGE_2,
  fairEvent,
  json,
} from '../../test/fairEvent';
import { AgendaPage } from './AgendaPage';

const fetchMock = vi.fn<typeof fetch>();

function renderAgenda() {
  const router = createMemoryRouter([{ path: '/e/:slug/agenda', element: <AgendaPage /> }], {
    initialEntries: ['/e/opop-2020/agenda'],
  });
  render(<RouterProvider router={router} />);
}

const titles = (el: HTMLElement) =>
  within(el)
    .getAllByTestId('agenda-session')
    .map((row) => within(row).getByRole('heading').textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW); // 12:45 WIB on the first day
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async () => json(fairEvent()));
  useSession.setState({ user: null, accessToken: null, refreshToken: null });
  useFair.setState({ event: null, error: null, loading: false });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('agenda page', () => {
  it('reads the public event', async () => {
    renderAgenda();
    await screen.findAllByTestId('agenda-day');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/events/opop-2020');
    expect(screen.getByTestId('agenda-ics').getAttribute('href')).toBe('/api/events/opop-2020/agenda.ics');
  });

  it('groups the sessions by day, in time order', async () => {
    renderAgenda();
    const days = await screen.findAllByTestId('agenda-day');
    expect(days).toHaveLength(2);
    expect(within(days[0]).getByRole('heading', { level: 2 }).textContent).toMatch(
      /Sabtu, 0?5 Desember 2020/,
    );
    expect(titles(days[0])).toEqual([HALL_1.title.id, MATCHING_1.title.id, STAGE_1.title.id]);
    expect(titles(days[1])).toEqual([HALL_2.title.id, STAGE_2.title.id]);
    expect(within(days[0]).getAllByTestId('agenda-session')[0].textContent).toContain('08.00–16.00 WIB');
  });

  it('marks the live session, and says what is on now and next', async () => {
    renderAgenda();
    await screen.findAllByTestId('agenda-day');
    const live = screen.getAllByTestId('agenda-session').filter((row) => row.dataset.state === 'live');
    expect(live).toHaveLength(1);
    expect(live[0].dataset.sessionId).toBe(HALL_1.id);
    expect(within(live[0]).getByTestId('session-state').textContent).toBe('Sedang berlangsung');
    expect(within(live[0]).getByText('Jam buka hall')).toBeTruthy();

    const states = screen.getAllByTestId('session-state').map((b) => b.textContent);
    expect(states).toEqual(['Sedang berlangsung', 'Selesai', 'Akan datang', 'Akan datang', 'Dibatalkan']);

    expect(screen.getByTestId('agenda-now').textContent).toContain(HALL_1.title.id);
    const next = screen.getByTestId('agenda-next');
    expect(next.textContent).toContain(STAGE_1.title.id);
    expect(within(next).getByTestId('agenda-next-soon').textContent).toBe('mulai 15 menit lagi');
  });

  it('follows a pushed schedule at once, and the language', async () => {
    renderAgenda();
    await screen.findAllByTestId('agenda-day');
    const sessions = fairEvent()
      .days.flatMap((d) => d.sessions)
      .map((s) => (s.id === STAGE_1.id ? { ...s, state: 'live' as const } : s));
    act(() => useFair.getState().actions.applySchedule({ hallOpen: true, sessions }));

    const live = screen.getAllByTestId('agenda-session').filter((row) => row.dataset.state === 'live');
    expect(live.map((row) => row.dataset.sessionId)).toEqual([HALL_1.id, STAGE_1.id]);
    expect(screen.getByTestId('agenda-now').textContent).toContain(STAGE_1.title.id);
    expect(screen.getByTestId('agenda-next').textContent).toContain(HALL_2.title.id);

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByTestId('agenda-now').textContent).toContain(STAGE_1.title.en);
    expect(within(live[1]).getByTestId('session-state').textContent).toBe('Live now');
    expect(screen.getByTestId('agenda-ics').textContent).toBe('Add to my calendar (.ics)');
  });

  it('shows an error with a retry when the event cannot be read', async () => {
    fetchMock.mockImplementation(async () => json({ statusCode: 500, error: 'Internal', message: 'x' }, 500));
    renderAgenda();
    expect((await screen.findByRole('alert')).textContent).toContain('Server sedang bermasalah');
  });
});
