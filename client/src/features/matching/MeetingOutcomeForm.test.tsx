import type { MeetingOutcome, OutcomeToRecord } from '@pameran/contracts';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../../stores/session';
import { json, user } from '../../test/fairEvent';
import { MeetingOutcomeForm } from './MeetingOutcomeForm';

const MEETING = '44444444-4444-4444-8444-444444444441';
const ME = '22222222-2222-4222-8222-222222222222';
const fetchMock = vi.fn<typeof fetch>();

function show(item: OutcomeToRecord) {
  const router = createMemoryRouter(
    [
      { path: '/e/:slug/meetings', element: <MeetingOutcomeForm item={item} /> },
      { path: '/e/:slug/deals', element: <p data-testid="deal-page">deal form</p> },
    ],
    { initialEntries: ['/e/opop-2020/meetings'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  useSession.setState({ user: user('buyer'), accessToken: 'access', refreshToken: 'refresh' });
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('MeetingOutcomeForm', () => {
  it('records an agreement with its rating (stars are radios named for screen readers), then leads into the deal form for this meeting', async () => {
    const saved: MeetingOutcome = {
      meetingId: MEETING,
      side: 'buyer',
      outcome: 'agreement',
      rating: 4,
      note: 'PO minggu depan',
      recordedBy: ME,
      updatedAt: new Date().toISOString(),
    };
    fetchMock.mockResolvedValue(json(saved));
    const router = show({ meetingId: MEETING, side: 'buyer', outcome: null });

    fireEvent.change(screen.getByTestId('outcome-kind'), { target: { value: 'agreement' } });
    // The stars are native radios (Tab to the group, arrow keys to move), each named "n of 5 stars".
    const stars = screen.getAllByRole('radio');
    expect(stars).toHaveLength(5);
    fireEvent.click(stars[3]);
    expect((stars[3] as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radio', { name: '4 dari 5 bintang' })).toBe(stars[3]);
    fireEvent.change(screen.getByLabelText('Catatan (opsional)'), { target: { value: 'PO minggu depan' } });
    fireEvent.submit(screen.getByTestId('outcome-form'));

    await waitFor(() => expect(screen.getByTestId('outcome-saved')).toBeTruthy());
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toContain(`/api/meeting-outcomes/${MEETING}`);
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({
      outcome: 'agreement',
      rating: 4,
      note: 'PO minggu depan',
    });
    expect(screen.getByText('Sepakat')).toBeTruthy();

    fireEvent.click(screen.getByTestId('outcome-deal-link'));
    await waitFor(() => expect(screen.getByTestId('deal-page')).toBeTruthy());
    expect(router.state.location.search).toBe(`?meeting=${MEETING}`);
  });

  it('shows a recorded outcome without a way into the deal form, and edits from the saved values', async () => {
    show({
      meetingId: MEETING,
      side: 'exhibitor',
      outcome: {
        meetingId: MEETING,
        side: 'exhibitor',
        outcome: 'no_fit',
        rating: 2,
        note: '',
        recordedBy: ME,
        updatedAt: new Date().toISOString(),
      },
    });
    expect(screen.getByText('Tidak cocok')).toBeTruthy();
    expect(screen.queryByTestId('outcome-deal-link')).toBeNull();
    fireEvent.click(screen.getByText('Ubah hasil'));
    expect((screen.getByTestId('outcome-kind') as HTMLSelectElement).value).toBe('no_fit');
    expect((screen.getAllByRole('radio')[1] as HTMLInputElement).checked).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
