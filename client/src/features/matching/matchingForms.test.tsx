import type { BoothDetail, Deal, Meeting, MeetingRequest } from '@pameran/contracts';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../stores/session';
import { json, user } from '../../test/fairEvent';
import { InFair } from '../../test/inFair';
import { DealForm } from './DealForm';
import { RequestMeetingPage } from './RequestMeetingPage';
import { SourcingPage } from './SourcingPage';

const BOOTH = '00000000-0000-4000-8000-0000000000b1';
const EXHIBITOR = '11111111-1111-4111-8111-111111111111';
const OTHER_EXHIBITOR = '11111111-1111-4111-8111-111111111112';
const PRODUCT = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;
const MEETING = (n: number) => `44444444-4444-4444-8444-44444444444${n}`;
const BUYER = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Aisha',
  company: null,
  country: 'MY',
  timeZone: null,
};
const at = (h: number, m = 0) => new Date(Date.UTC(2020, 11, 5, h, m)).toISOString();

const product = (n: number) => ({
  id: PRODUCT(n),
  boothId: BOOTH,
  category: 'makanan' as const,
  name: { id: `Dodol ${n}`, en: '' },
  description: { id: '', en: '' },
  priceRupiah: 25000,
  unit: 'kotak',
  minOrder: 1,
  monthlyCapacity: null,
  halalNumber: null,
  pirtNumber: null,
  bpomNumber: null,
  exportReady: false,
  imageUrl: '',
  whatsappNumber: '+6286912345678',
});

const booth: BoothDetail = {
  id: BOOTH,
  exhibitorId: EXHIBITOR,
  name: 'Pesantren Al-Uji',
  region: 'kabupaten-garut',
  category: 'makanan',
  position: { x: 0, z: 8 },
  colour: '#e4572e',
  logoUrl: '',
  productCount: 2,
  liveVisitors: 0,
  description: { id: '', en: '' },
  whatsappNumber: '+6286912345678',
  contactName: 'Ustaz Uji',
  products: [product(1), product(2)],
};

const created: MeetingRequest = {
  id: '33333333-3333-4333-8333-333333333333',
  exhibitor: { id: EXHIBITOR, name: booth.name, boothId: BOOTH, category: 'makanan' },
  askedBy: 'buyer',
  requester: BUYER,
  attendees: [],
  invitedMe: false,
  message: '',
  productIds: [],
  preferredSlots: [],
  mode: 'online',
  status: 'pending',
  counterSlot: null,
  declineReason: null,
  expiresAt: at(9),
  meeting: null,
  createdAt: at(1),
};

/** The fetch stand-in: GETs answered by path, and every other call by `answer` (set per test). */
const fetchMock = vi.fn<typeof fetch>();
let gets: Record<string, unknown> = {};
let answer: () => Response = () => json({}, 500);
const sent = () =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method && init.method !== 'GET')
    .map(([url, init]) => ({
      url: String(url),
      body: JSON.parse(String(init?.body)) as unknown,
      key: new Headers(init?.headers).get('Idempotency-Key'),
    }));
const refusal = (fields: { path: string; message: string }[]) =>
  json({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', fields }, 400);

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
/** The error message tied to a control (its aria-describedby), if any. */
const errorOf = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((p) => p?.className === 'field__error')?.textContent;

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockImplementation(async (url, init) => {
    if (init?.method && init.method !== 'GET') return answer();
    const path = String(url).split('?')[0];
    return path in gets
      ? json(gets[path])
      : json({ statusCode: 404, error: 'Not Found', message: path }, 404);
  });
  useSession.setState({ user: user('buyer'), accessToken: 'access', refreshToken: 'refresh' });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
  gets = {};
});

function Meetings() {
  const state = useLocation().state as { tab?: string } | null;
  return <p data-testid="meetings-page">{state?.tab}</p>;
}

describe('asking an exhibitor for a meeting', () => {
  beforeEach(() => {
    gets = {
      [`/api/booths/${BOOTH}`]: booth,
      '/api/meetings/slots': [0, 20, 40].map((m) => ({ start: at(3, m), end: at(3, m + 20), free: true })),
    };
    const router = createMemoryRouter(
      [
        { path: '/e/:slug/meetings/new', element: <RequestMeetingPage /> },
        { path: '/e/:slug/meetings', element: <Meetings /> },
      ],
      { initialEntries: [`/e/opop-2020/meetings/new?booth=${BOOTH}`] },
    );
    render(<RouterProvider router={router} />);
  });

  it('checks the colleagues, shows the server on the e-mail it names, and retries as the same request', async () => {
    fireEvent.change(await screen.findByTestId('request-message'), { target: { value: 'Untuk Malaysia' } });
    fireEvent.click(screen.getByLabelText('Tatap muka', { exact: false }));
    fireEvent.click(screen.getByLabelText('Dodol 2'));
    fireEvent.click((await screen.findAllByTestId('slot-option'))[1]);
    const colleagues = input('Rekan yang ikut (email, maks. 3)');
    type(colleagues, 'rizal@itpc.my; bukan-email');
    fireEvent.click(screen.getByTestId('request-send'));

    await waitFor(() => expect(errorOf(colleagues)).toBe('Alamat email tidak valid'));
    expect(sent()).toEqual([]);

    answer = () => refusal([{ path: 'attendeeEmails.1', message: 'Belum punya akun pembeli' }]);
    type(colleagues, 'rizal@itpc.my, nur@itpc.my');
    fireEvent.click(screen.getByTestId('request-send'));
    await waitFor(() => expect(errorOf(colleagues)).toBe('Belum punya akun pembeli'));
    expect(colleagues.getAttribute('aria-invalid')).toBe('true');

    answer = () => json(created, 201);
    type(colleagues, 'rizal@itpc.my');
    fireEvent.click(screen.getByTestId('request-send'));
    expect((await screen.findByTestId('meetings-page')).textContent).toBe('requests');
    const [refused, accepted] = sent();
    expect(accepted).toEqual({
      url: '/api/meetings/requests',
      key: refused.key,
      body: {
        exhibitorId: EXHIBITOR,
        message: 'Untuk Malaysia',
        mode: 'onsite',
        preferredSlots: [{ start: at(3, 20), end: at(3, 40) }],
        productIds: [PRODUCT(2)],
        attendeeEmails: ['rizal@itpc.my'],
      },
    });
    expect(refused.key).toBeTruthy();
  });
});

describe('posting a sourcing request', () => {
  it('sends numbers typed as text as numbers and the country in capitals; a refusal lands on its field', async () => {
    gets = { '/api/events/opop-2020/sourcing': { items: [], total: 0, nextCursor: null } };
    answer = () => refusal([{ path: 'destinationCountry', message: 'Negara ini belum dilayani' }]);
    render(<SourcingPage />, { wrapper: InFair });
    type(await screen.findByLabelText('Apa yang Anda butuhkan?'), 'Biji kopi arabika');
    type(input('Jumlah'), '2');
    type(input('Satuan'), 't');
    type(input('Harga sasaran per satuan (Rp)'), '85.000');
    type(input('Negara tujuan (2 huruf)'), 'jp');
    fireEvent.click(screen.getByLabelText('Siap ekspor'));
    fireEvent.click(screen.getByText('Pasang permintaan'));

    await waitFor(() => expect(errorOf(input('Negara tujuan (2 huruf)'))).toBe('Negara ini belum dilayani'));
    expect(sent()).toEqual([
      {
        url: '/api/events/opop-2020/sourcing',
        key: null,
        body: {
          title: 'Biji kopi arabika',
          category: 'makanan',
          quantity: 2,
          unit: 't',
          halal: true,
          exportReady: true,
          requirements: '',
          targetPrice: 85000,
          destinationCountry: 'JP',
        },
      },
    ]);
  });
});

describe('recording a deal', () => {
  const meeting = (n: number, exhibitorId: string, name: string): Meeting => ({
    id: MEETING(n),
    requestId: created.id,
    exhibitor: { id: exhibitorId, name, boothId: null, category: 'makanan' },
    buyers: [BUYER],
    start: at(3),
    end: at(3, 20),
    mode: 'online',
    table: null,
    status: 'held',
  });
  const meetings = [meeting(1, EXHIBITOR, 'Al-Uji'), meeting(2, OTHER_EXHIBITOR, 'Al-Contoh')];

  it('names a value of nothing without sending, then records with the meeting it came from', async () => {
    const deal: Deal = {
      id: '55555555-5555-4555-8555-555555555555',
      exhibitor: meetings[1].exhibitor,
      buyer: BUYER,
      meetingId: MEETING(2),
      items: [],
      value: 150_000_000,
      status: 'po',
      note: 'Tahap pertama',
      recordedBy: 'buyer',
      confirmedAt: null,
      verification: 'claimed',
      verifiedAt: null,
      rejectionReason: null,
      createdAt: at(4),
      updatedAt: at(4),
    };
    answer = () => json(deal, 201);
    const onSaved = vi.fn();
    render(<DealForm meetings={meetings} meetingId={MEETING(2)} onSaved={onSaved} />, { wrapper: InFair });
    expect((screen.getByTestId('deal-counterpart') as HTMLSelectElement).value).toBe(MEETING(2));
    fireEvent.click(screen.getByTestId('deal-save'));
    await waitFor(() => expect(errorOf(screen.getByTestId('deal-value'))).toBe('Isian tidak valid'));
    expect(sent()).toEqual([]);

    type(screen.getByTestId('deal-value'), '150.000.000');
    expect(screen.getByText(/Rp\s?150\.000\.000/)).toBeTruthy(); // the value as read back
    type(screen.getByTestId('deal-status'), 'po');
    type(input('Catatan'), 'Tahap pertama');
    fireEvent.click(screen.getByTestId('deal-save'));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(deal));
    expect(sent()).toEqual([
      {
        url: '/api/deals',
        key: null,
        body: {
          exhibitorId: OTHER_EXHIBITOR,
          meetingId: MEETING(2),
          items: [],
          value: 150_000_000,
          status: 'po',
          note: 'Tahap pertama',
        },
      },
    ]);
    // Ready for the next deal: the value and the note are cleared.
    await waitFor(() => expect((screen.getByTestId('deal-value') as HTMLInputElement).value).toBe(''));
    expect(input('Catatan').value).toBe('');
  });
});
