import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFeatureTexts } from '../../i18n';
import { withQueryClient } from '../../test/queryClient';
import { AuditionPage } from './AuditionPage';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

const application = (id: string, name: string, extra: object) => ({
  id,
  eventId: '00000000-0000-4000-8000-0000000000e1',
  name,
  region: 'kabupaten-garut',
  contactName: 'Ust. Uji',
  whatsappNumber: '+6281234567890',
  category: 'makanan',
  description: { id: 'x', en: 'x' },
  status: 'applied',
  statusReason: null,
  boothId: null,
  createdAt: '2021-11-01T00:00:00.000Z',
  reviews: [],
  returning: null,
  ...extra,
});
const FRESH = '00000000-0000-4000-8000-000000000001';
const BACK = '00000000-0000-4000-8000-000000000002';
const LIST = {
  items: [
    application(FRESH, 'Pesantren Baru', { stage: 'documents' }),
    application(BACK, 'Pesantren Lama', {
      stage: 'curation',
      reviews: [
        {
          stage: 'documents',
          decision: 'passed',
          note: 'Berkas lengkap',
          byName: 'Panitia',
          at: '2021-11-02T03:00:00.000Z',
        },
      ],
      returning: {
        exhibitorId: '00000000-0000-4000-8000-000000000009',
        eventSlug: 'opop-2020',
        eventName: { id: 'OPOP Expo 2020', en: 'OPOP Expo 2020' },
        products: { total: 2, new: 1, changed: 0, needsReview: 2 },
      },
    }),
  ],
  total: 2,
  nextCursor: null,
};

const fetchMock = vi.fn<typeof fetch>();
const rowOf = (name: string) =>
  screen.getAllByTestId('application-row').find((r) => r.getAttribute('data-name') === name)!;

beforeAll(() => loadFeatureTexts('console'));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('the audition page in stages', () => {
  it('shows each stage and the returning badge, and passes stage I with the note written for it', async () => {
    const posted: { url: string; body: unknown }[] = [];
    fetchMock.mockImplementation((input, init) => {
      const url = String(input);
      if (init?.method === 'POST') {
        posted.push({ url, body: JSON.parse(String(init.body)) });
        return Promise.resolve(json({ ...LIST.items[0], stage: 'curation' }));
      }
      if (url.includes('/admin/exhibitors')) return Promise.resolve(json(LIST));
      return Promise.resolve(json({ statusCode: 404, error: 'Not Found', message: url }, 404));
    });
    const { wrapper: Wrapper } = withQueryClient();
    render(
      <Wrapper>
        <AuditionPage />
      </Wrapper>,
    );
    await waitFor(() => expect(screen.getAllByTestId('application-row')).toHaveLength(2));
    const fresh = within(rowOf('Pesantren Baru'));
    const back = within(rowOf('Pesantren Lama'));
    expect(fresh.getByTestId('stage').textContent).toBe('I · Dokumen');
    expect(back.getByTestId('stage').textContent).toBe('II · Kurasi');
    expect(back.getByTestId('returning-badge').textContent).toBe('Kembali dari OPOP Expo 2020');
    expect(fresh.queryByTestId('returning-badge')).toBeNull();
    expect(back.getByTestId('audition-reviews').textContent).toContain('Berkas lengkap');
    expect(back.getByTestId('approve')).toBeTruthy(); // the last stage approves

    fireEvent.change(fresh.getByTestId('audition-note'), { target: { value: 'Dokumen lengkap' } });
    fireEvent.click(fresh.getByTestId('pass'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].url).toContain(`/admin/exhibitors/${FRESH}/review`);
    expect(posted[0].body).toEqual({ stage: 'documents', decision: 'pass', note: 'Dokumen lengkap' });
    await screen.findByText('1 pendaftaran lanjut ke tahap berikutnya.');
  });
});
