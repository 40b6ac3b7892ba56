import type { ScheduleStateEvent } from '@pameran/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFair } from '../../stores/fair';
import { useSession } from '../../stores/session';
import { signInWithRights } from '../../test/fairRights';
import { DAY_1, FIXTURE_NOW, HALL_1, STAGE_1, fairEvent, json, user } from '../../test/fairEvent';
import { OrganiserSchedulePage } from './OrganiserSchedulePage';

// A stand-in hall socket: the test pushes `schedule:state` itself.
const socket = vi.hoisted(() => {
  const handlers = new Map<string, (p: unknown) => void>();
  return {
    handlers,
    on: (event: string, fn: (p: unknown) => void) => void handlers.set(event, fn),
    off: (event: string) => void handlers.delete(event),
  };
});
vi.mock('../../lib/useHallSocket', () => ({ useHallSocket: () => socket }));

const fetchMock = vi.fn<typeof fetch>();
type Answer = (url: string, init?: RequestInit) => Response;
let admin: Answer = () => json({ statusCode: 500, error: 'x', message: 'x' }, 500);

function renderConsole() {
  const router = createMemoryRouter(
    [
      { path: '/e/:slug/console/schedule', element: <OrganiserSchedulePage /> },
      { path: '/e/:slug/agenda', element: <p>agenda</p> },
    ],
    { initialEntries: ['/e/opop-2020/console/schedule'] },
  );
  render(<RouterProvider router={router} />);
}

const row = (id: string) =>
  screen.getAllByTestId('session-row').find((r) => r.dataset.sessionId === id) as HTMLElement;
const lastCall = () => {
  const [url, init] = fetchMock.mock.calls.at(-1) ?? [];
  return { url, method: init?.method, body: JSON.parse(String(init?.body ?? 'null')) };
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIXTURE_NOW);
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    return url === '/api/events/opop-2020' ? json(fairEvent()) : admin(url, init);
  });
  useSession.setState({ accessToken: 'access', refreshToken: 'refresh' });
  signInWithRights(user('organiser'));
  useFair.setState({ event: null, error: null, loading: false });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  socket.handlers.clear();
});

describe('organiser schedule console', () => {
  it('is for organisers only', () => {
    signInWithRights(user('buyer'));
    renderConsole();
    expect(screen.getByTestId('organisers-only').textContent).toContain('Khusus penyelenggara');
    expect(screen.queryByTestId('schedule-console')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('extends a live session and shows its new end', async () => {
    admin = () => json({ ...HALL_1, endsAt: '2020-12-05T09:15:00.000Z' });
    renderConsole();
    await screen.findAllByTestId('session-row');
    expect(within(row(HALL_1.id)).getByTestId('session-control-start_now')).toHaveProperty('disabled', true);

    fireEvent.click(within(row(HALL_1.id)).getByTestId('session-control-extend-15'));
    await waitFor(() => expect(row(HALL_1.id).textContent).toContain('08.00–16.15 WIB'));
    expect(lastCall()).toEqual({
      url: `/api/admin/sessions/${HALL_1.id}/control`,
      method: 'POST',
      body: { action: 'extend', minutes: 15 },
    });
  });

  it("shows the server's refusal next to the session", async () => {
    const message = 'Only a session that has not started can start now';
    admin = () => json({ statusCode: 409, error: 'Conflict', message, code: 'illegal_control' }, 409);
    renderConsole();
    await screen.findAllByTestId('session-row');
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-control-start_now'));
    expect((await within(row(STAGE_1.id)).findByTestId('session-error')).textContent).toBe(
      `Ditolak server: ${message}`,
    );
    expect(within(row(HALL_1.id)).queryByTestId('session-error')).toBeNull();
  });

  it('cancels only after a confirmation', async () => {
    admin = () => json({ ...STAGE_1, state: 'cancelled' });
    renderConsole();
    await screen.findAllByTestId('session-row');
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-control-cancel'));
    expect(fetchMock).toHaveBeenCalledTimes(1); // only the event
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-cancel-confirm'));
    await waitFor(() => expect(row(STAGE_1.id).dataset.state).toBe('cancelled'));
    expect(lastCall().body).toEqual({ action: 'cancel' });
  });

  it('follows schedule:state from the socket in the rows and in now / next', async () => {
    renderConsole();
    await screen.findAllByTestId('session-row');
    const sessions = fairEvent()
      .days.flatMap((d) => d.sessions)
      .map((s) => (s.id === STAGE_1.id ? { ...s, state: 'live' as const } : s));
    act(() =>
      socket.handlers.get('schedule:state')?.({ hallOpen: true, sessions } satisfies ScheduleStateEvent),
    );
    expect(row(STAGE_1.id).dataset.state).toBe('live');
    expect(screen.getByTestId('agenda-now').textContent).toContain(STAGE_1.title.id);
  });

  it('adds a session typed in WIB, checked against the contract first', async () => {
    renderConsole();
    const day = (await screen.findAllByTestId('schedule-day'))[0];
    fireEvent.click(within(day).getByTestId('add-session'));
    const form = within(day).getByTestId('add-session-form');
    const type = (testId: string, value: string) =>
      fireEvent.change(within(form).getByTestId(testId), { target: { value } });

    type('session-form-title-id', 'A');
    type('session-form-start', '14:00');
    type('session-form-end', '13:30');
    fireEvent.click(within(form).getByTestId('session-form-submit'));
    expect(await within(form).findAllByText('Minimal 2 karakter')).toHaveLength(2); // both titles
    expect(within(form).getByText('Harus setelah waktu mulai')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    const overlap = 'Overlaps the hall session 08:00–16:00 WIB';
    admin = () =>
      json({ statusCode: 409, error: 'Conflict', message: overlap, code: 'session_overlap' }, 409);
    type('session-form-kind', 'matching');
    type('session-form-title-id', 'Temu bisnis sore');
    type('session-form-title-en', 'Afternoon business matching');
    type('session-form-end', '15:00');
    fireEvent.click(within(form).getByTestId('session-form-submit'));
    expect((await within(form).findByTestId('session-form-error')).textContent).toContain(overlap);
    expect(lastCall()).toEqual({
      url: '/api/admin/events/opop-2020/sessions',
      method: 'POST',
      body: {
        dayId: DAY_1,
        kind: 'matching',
        title: { id: 'Temu bisnis sore', en: 'Afternoon business matching' },
        startsAt: '2020-12-05T14:00:00+07:00',
        endsAt: '2020-12-05T15:00:00+07:00',
      },
    });

    const created = {
      ...STAGE_1,
      id: 'a1b2c3d4-0000-4000-8000-000000000009',
      kind: 'matching',
      title: { id: 'Temu bisnis sore', en: 'Afternoon business matching' },
      startsAt: '2020-12-05T07:00:00.000Z',
      endsAt: '2020-12-05T08:00:00.000Z',
    };
    admin = () => json(created, 201);
    fireEvent.click(within(form).getByTestId('session-form-submit'));
    await waitFor(() => expect(row(created.id).textContent).toContain('14.00–15.00 WIB'));
    expect(within(day).queryByTestId('add-session-form')).toBeNull();
  });

  it('edits a title and sends only what changed', async () => {
    admin = () => json({ ...STAGE_1, title: { id: 'Kurasi produk', en: STAGE_1.title.en } });
    renderConsole();
    await screen.findAllByTestId('session-row');
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-edit'));
    const start = within(row(STAGE_1.id)).getByTestId('session-form-start') as HTMLInputElement;
    expect(start.value).toBe('13:00');
    fireEvent.change(within(row(STAGE_1.id)).getByTestId('session-form-title-id'), {
      target: { value: 'Kurasi produk' },
    });
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-form-submit'));
    await waitFor(() => expect(row(STAGE_1.id).textContent).toContain('Kurasi produk'));
    expect(lastCall()).toEqual({
      url: `/api/admin/sessions/${STAGE_1.id}`,
      method: 'PATCH',
      body: { title: { id: 'Kurasi produk', en: STAGE_1.title.en } },
    });
  });

  it("puts the server's refusal of a title under it, and calls an emptied time missing", async () => {
    admin = () =>
      json(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          fields: [{ path: 'title.id', message: 'Judul ini sudah dipakai' }],
        },
        400,
      );
    renderConsole();
    await screen.findAllByTestId('session-row');
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-edit'));
    const form = within(row(STAGE_1.id));
    const title = form.getByTestId('session-form-title-id');
    const describedError = (el: HTMLElement) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id))
        .find((p) => p?.className === 'field__error')?.textContent;

    fireEvent.change(title, { target: { value: 'Hall dibuka' } });
    fireEvent.click(form.getByTestId('session-form-submit'));
    await waitFor(() => expect(describedError(title)).toBe('Judul ini sudah dipakai'));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(form.getByTestId('session-form-error').textContent).toBe('Periksa kembali isian Anda.');

    const calls = fetchMock.mock.calls.length;
    fireEvent.change(form.getByTestId('session-form-end'), { target: { value: '' } });
    fireEvent.click(form.getByTestId('session-form-submit'));
    await waitFor(() => expect(describedError(form.getByTestId('session-form-end'))).toBe('Wajib diisi'));
    expect(fetchMock.mock.calls.length).toBe(calls);
  });

  it('deletes after a confirmation', async () => {
    admin = () => new Response(null, { status: 204 });
    renderConsole();
    await screen.findAllByTestId('session-row');
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-delete'));
    fireEvent.click(within(row(STAGE_1.id)).getByTestId('session-delete-confirm'));
    await waitFor(() => expect(row(STAGE_1.id)).toBeUndefined());
    expect(lastCall()).toMatchObject({ url: `/api/admin/sessions/${STAGE_1.id}`, method: 'DELETE' });
  });
});
