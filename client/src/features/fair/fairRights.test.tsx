import type { FairRights } from '@pameran/contracts';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFair } from '../../stores/fair';
import { useSession } from '../../stores/session';
import { json, user } from '../../test/fairEvent';
import { AccountMenu } from '../frame/AccountMenu';
import { refreshFairRights, useFairRights } from './fairRights';

const ORGANISER_OF_A = user('organiser');
const STAFF = { ...user('exhibitor'), id: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', displayName: 'Ust. Hasan' };
const EXHIBITOR_A = '11111111-1111-4111-8111-111111111111';
const EXHIBITOR_B = '22222222-2222-4222-8222-222222222222';
const BOOTH_A = '33333333-3333-4333-8333-333333333333';

const visitor: FairRights = { role: 'visitor', exhibitorId: null, boothId: null, teamRole: null };
/** What the server answers, per person and fair. */
const ANSWERS: Record<string, Record<string, FairRights>> = {
  [ORGANISER_OF_A.id]: { 'fair-a': { ...visitor, role: 'organiser' }, 'fair-b': visitor },
  [STAFF.id]: {
    'fair-a': { role: 'exhibitor', exhibitorId: EXHIBITOR_A, boothId: BOOTH_A, teamRole: 'owner' },
    'fair-b': { role: 'exhibitor', exhibitorId: EXHIBITOR_B, boothId: null, teamRole: 'staff' },
  },
};

const fetchMock = vi.fn<typeof fetch>();
const asked = () => fetchMock.mock.calls.map(([url]) => String(url));

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (input) => {
    const slug = /\/api\/events\/([^/]+)\/me$/.exec(String(input))?.[1];
    const answer = slug && ANSWERS[useSession.getState().user?.id ?? '']?.[slug];
    return answer ? json(answer) : json({ statusCode: 404, error: 'Not Found', message: 'x' }, 404);
  });
});
afterEach(() => {
  useSession.setState({ user: null, accessToken: null, refreshToken: null });
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

function Probe() {
  const { rights, ready, organiser, exhibitorId } = useFairRights();
  return (
    <p data-testid="probe" data-ready={String(ready)}>
      {rights ? `${rights.role} ${String(organiser)} ${exhibitorId ?? '-'}` : 'none'}
    </p>
  );
}

function renderAt(path: string, element = <Probe />) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/e/:slug/*" element={element} />
        <Route path="*" element={element} />
      </Routes>
    </MemoryRouter>,
  );
}

const signIn = (u: typeof ORGANISER_OF_A) =>
  useSession.setState({ user: u, accessToken: 'access', refreshToken: 'refresh' });

describe('useFairRights', () => {
  it("reads what the person is in the page's fair, once per fair", async () => {
    signIn(ORGANISER_OF_A);
    const a = renderAt('/e/fair-a/hall');
    expect(screen.getByTestId('probe').dataset.ready).toBe('false');
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('organiser true -'));
    a.unmount();
    const b = renderAt('/e/fair-b/hall');
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('visitor false -'));
    b.unmount();
    renderAt('/e/fair-a/console'); // A again: known already, not asked again
    expect(screen.getByTestId('probe').textContent).toBe('organiser true -');
    expect(asked()).toEqual(['/api/events/fair-a/me', '/api/events/fair-b/me']);
  });

  it('asks nothing outside a fair or for nobody signed in', () => {
    const off = renderAt('/e/fair-a');
    expect([screen.getByTestId('probe').textContent, screen.getByTestId('probe').dataset.ready]).toEqual([
      'none',
      'true',
    ]);
    off.unmount();
    signIn(ORGANISER_OF_A);
    renderAt('/platform/fairs');
    expect([screen.getByTestId('probe').textContent, screen.getByTestId('probe').dataset.ready]).toEqual([
      'none',
      'true',
    ]);
    expect(asked()).toEqual([]);
  });

  it('forgets every answer at sign-out and asks again for the next person', async () => {
    signIn(ORGANISER_OF_A);
    renderAt('/e/fair-a');
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('organiser true -'));
    act(() => useSession.setState({ user: null }));
    expect(screen.getByTestId('probe').textContent).toBe('none');
    act(() => signIn(STAFF));
    await waitFor(() =>
      expect(screen.getByTestId('probe').textContent).toBe(`exhibitor false ${EXHIBITOR_A}`),
    );
    expect(asked()).toEqual(['/api/events/fair-a/me', '/api/events/fair-a/me']);
  });

  it('asks again after joining a team, keeping the last answer on screen meanwhile', async () => {
    signIn(STAFF);
    ANSWERS[STAFF.id]['fair-c'] = visitor;
    renderAt('/e/fair-c');
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('visitor false -'));
    ANSWERS[STAFF.id]['fair-c'] = {
      ...visitor,
      role: 'exhibitor',
      exhibitorId: EXHIBITOR_B,
      teamRole: 'staff',
    };
    act(() => refreshFairRights());
    expect(screen.getByTestId('probe').dataset.ready).toBe('true');
    await waitFor(() =>
      expect(screen.getByTestId('probe').textContent).toBe(`exhibitor false ${EXHIBITOR_B}`),
    );
    expect(asked()).toHaveLength(2);
  });
});

describe('the account menu', () => {
  const open = () => fireEvent.click(screen.getByTestId('account-menu').querySelector('summary')!);
  const fairLinks = () =>
    [
      'organiser-console-link',
      'organiser-schedule-link',
      'exhibitor-backoffice-link',
      'menu-badge',
      'menu-qr-sheets',
    ]
      .filter((id) => screen.queryByTestId(id))
      .sort();

  it('shows an organiser of fair A the console in A, and none of it in fair B', async () => {
    signIn(ORGANISER_OF_A);
    const a = renderAt('/e/fair-a/hall', <AccountMenu />);
    open();
    await screen.findByTestId('organiser-console-link');
    expect(screen.getByTestId('organiser-console-link').getAttribute('href')).toBe('/e/fair-a/console');
    expect(fairLinks()).toEqual([
      'menu-badge',
      'menu-qr-sheets',
      'organiser-console-link',
      'organiser-schedule-link',
    ]);
    a.unmount();

    renderAt('/e/fair-b/hall', <AccountMenu />);
    open();
    await waitFor(() => expect(asked()).toContain('/api/events/fair-b/me'));
    await screen.findByText('Pengunjung'); // what they are in B
    expect(fairLinks()).toEqual(['menu-badge']);
  });

  it("leads a staff member to their own exhibitor's back office in each fair", async () => {
    signIn(STAFF);
    renderAt('/e/fair-b/exhibitor', <AccountMenu />);
    open();
    const link = await screen.findByTestId('exhibitor-backoffice-link');
    expect(link.getAttribute('href')).toBe('/e/fair-b/exhibitor');
  });

  it('outside a fair (the front page, the platform) shows no fair links', () => {
    signIn(ORGANISER_OF_A);
    useFair.setState({ lastSlug: 'fair-a' }); // the fair last opened on this device
    renderAt('/', <AccountMenu />);
    open();
    expect(fairLinks()).toEqual([]);
    expect(screen.queryByTestId('menu-meetings')).toBeNull();
    expect(asked()).toEqual([]);
  });
});
