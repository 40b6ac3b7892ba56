import type { MeetingRequest } from '@pameran/contracts';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../stores/session';
import { json, user } from '../../test/fairEvent';
import { signInWithRights } from '../../test/fairRights';
import { InFair } from '../../test/inFair';
import { toWindows } from './AvailabilityEditor';
import { RequestCard } from './RequestCard';

const EXHIBITOR = '11111111-1111-4111-8111-111111111111';
const start = (h: number, m = 0) =>
  `2020-12-05T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;

function request(status: MeetingRequest['status']): MeetingRequest {
  const party = {
    id: '22222222-2222-4222-8222-222222222222',
    name: 'Aisha Rahman',
    company: 'ITPC KL',
    country: 'MY',
    timeZone: null,
  };
  return {
    id: '33333333-3333-4333-8333-333333333333',
    exhibitor: { id: EXHIBITOR, name: 'Pondok Pesantren Al-Uji', boothId: null, category: 'makanan' },
    askedBy: 'buyer',
    requester: party,
    attendees: [],
    invitedMe: false,
    message: 'Halal snacks for Malaysia',
    productIds: [],
    preferredSlots: [{ start: start(3), end: start(3, 20) }],
    mode: 'online',
    status,
    counterSlot: status === 'countered' ? { start: start(4), end: start(4, 20) } : null,
    declineReason: null,
    expiresAt: start(10),
    meeting: null,
    createdAt: start(1),
  };
}

const signIn = (role: 'buyer' | 'exhibitor') =>
  signInWithRights(user(role), { exhibitorId: role === 'exhibitor' ? EXHIBITOR : null });

afterEach(() => {
  useSession.setState({ user: null });
  vi.unstubAllGlobals();
});

describe('availability windows', () => {
  it('merges consecutive chosen slots into one window and keeps gaps apart', () => {
    const at = (minutes: number) => new Date(Date.parse(start(3)) + minutes * 60_000).toISOString();
    const slots = [0, 20, 40, 80].map((m) => ({ start: at(m), end: at(m + 20), free: true }));
    expect(toWindows(slots, [slots[0].start, slots[1].start, slots[3].start])).toEqual([
      { start: slots[0].start, end: slots[1].end },
      { start: slots[3].start, end: slots[3].end },
    ]);
  });
});

describe('a meeting request card', () => {
  it('lets the exhibitor answer a pending request, and the buyer only cancel it', () => {
    signIn('exhibitor');
    const { unmount } = render(<RequestCard request={request('pending')} onChange={() => undefined} />, {
      wrapper: InFair,
    });
    expect(screen.getByTestId('request-accept')).toBeTruthy();
    expect(screen.getByTestId('request-counter')).toBeTruthy();
    expect(screen.getByText(/Aisha Rahman · ITPC KL \(MY\)/)).toBeTruthy();
    unmount();
    signIn('buyer');
    render(<RequestCard request={request('pending')} onChange={() => undefined} />, {
      wrapper: InFair,
    });
    expect(screen.queryByTestId('request-accept')).toBeNull();
    expect(screen.getByText('Batalkan permintaan')).toBeTruthy();
  });

  it('turns the actions round for a request an exhibitor sent: the buyer answers, the team may cancel', () => {
    const sent = { ...request('pending'), askedBy: 'exhibitor' as const };
    signIn('buyer');
    const { unmount } = render(<RequestCard request={sent} onChange={() => undefined} />, {
      wrapper: InFair,
    });
    expect(screen.getByTestId('request-accept')).toBeTruthy();
    expect(screen.getByTestId('request-counter')).toBeTruthy();
    expect(screen.getByTestId('request-asked-by').textContent).toBe('Undangan dari peserta pameran');
    unmount();
    signIn('exhibitor');
    render(<RequestCard request={sent} onChange={() => undefined} />, { wrapper: InFair });
    expect(screen.queryByTestId('request-accept')).toBeNull();
    expect(screen.getByText('Batalkan permintaan')).toBeTruthy();
  });

  it('shows the buyer the proposed slot and accepts it with one tap', async () => {
    signIn('buyer');
    const answered = { ...request('accepted'), counterSlot: null };
    const fetchMock = vi.fn<typeof fetch>(async () => json(answered));
    vi.stubGlobal('fetch', fetchMock);
    const onChange = vi.fn();
    render(<RequestCard request={request('countered')} onChange={onChange} />, { wrapper: InFair });
    expect(screen.getByTestId('request-counter').textContent).toContain('WIB');
    fireEvent.click(screen.getByTestId('request-accept-proposal'));
    await vi.waitFor(() =>
      expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ status: 'accepted' })),
    );
    expect(String(fetchMock.mock.calls[0][0])).toMatch(
      /\/meetings\/requests\/33333333-3333-4333-8333-333333333333\/accept$/,
    );
  });

  it('needs a reason before declining', () => {
    signIn('exhibitor');
    render(<RequestCard request={request('pending')} onChange={() => undefined} />, {
      wrapper: InFair,
    });
    fireEvent.click(screen.getByTestId('request-decline'));
    const send = screen.getByTestId('request-decline-confirm') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('decline-reason'), { target: { value: 'Stok habis' } });
    expect(send.disabled).toBe(false);
  });

  it('shows an invited colleague only join or decline; joining makes it their request, declining only says so', async () => {
    signIn('buyer');
    const me = user('buyer');
    const invited = { ...request('pending'), invitedMe: true };
    const joined = {
      ...request('pending'),
      attendees: [{ ...invited.requester, id: me.id, name: me.displayName }],
    };
    const fetchMock = vi.fn<typeof fetch>(async () => json(joined));
    vi.stubGlobal('fetch', fetchMock);
    const onChange = vi.fn();
    const { unmount } = render(<RequestCard request={invited} onChange={onChange} />, {
      wrapper: InFair,
    });
    expect(screen.getByText(/Aisha Rahman mengundang Anda/)).toBeTruthy();
    expect(screen.queryByText('Batalkan permintaan')).toBeNull();
    fireEvent.click(screen.getByText('Bergabung'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(joined));
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ accept: true });
    unmount();
    fetchMock.mockImplementation(async () => json(request('pending')));
    render(<RequestCard request={invited} onChange={onChange} />, { wrapper: InFair });
    fireEvent.click(screen.getByText('Tolak'));
    await screen.findByText('Anda menolak undangan ini.');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
