import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFeatureTexts } from '../../i18n';
import { withQueryClient } from '../../test/queryClient';
import { ModerationPage } from './ModerationPage';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

/** The console's API with the settings change answered by `onPatch`. */
function api(onPatch: () => Response) {
  return (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    if (init?.method === 'PATCH' && url.endsWith('/settings')) return Promise.resolve(onPatch());
    if (url.includes('/settings')) return Promise.resolve(json({ chatRegisteredOnly: false }));
    if (url.includes('/chat')) return Promise.resolve(json({ items: [], nextBefore: null }));
    if (url.includes('/sanctions')) return Promise.resolve(json({ items: [] }));
    return Promise.resolve(json({ statusCode: 404, error: 'Not Found', message: url }, 404));
  };
}

const fetchMock = vi.fn<typeof fetch>();
const toggle = () => screen.getByTestId<HTMLInputElement>('registered-only');

beforeAll(() => loadFeatureTexts('console'));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('moderation: registered-only chat', () => {
  it('shows a refused change and puts the switch back', async () => {
    let refuse!: () => void;
    const refused = new Promise<Response>(
      (resolve) =>
        (refuse = () =>
          resolve(json({ statusCode: 500, error: 'Internal Server Error', message: 'x' }, 500))),
    );
    fetchMock.mockImplementation((input, init) =>
      init?.method === 'PATCH' ? refused : api(() => json({}))(input, init),
    );
    const { wrapper: Wrapper } = withQueryClient();
    render(
      <Wrapper>
        <ModerationPage />
      </Wrapper>,
    );
    await waitFor(() => expect(toggle().disabled).toBe(false));

    fireEvent.click(toggle());
    await waitFor(() => expect(toggle().checked).toBe(true)); // moved at once, while the server decides
    refuse();

    expect(await screen.findByTestId('registered-only-error')).toBeTruthy();
    expect(screen.getByTestId('registered-only-error').textContent).toBe(
      'Server sedang bermasalah. Coba lagi sebentar lagi.',
    );
    await waitFor(() => expect(toggle().checked).toBe(false));
    expect(toggle().disabled).toBe(false);
  });

  it('keeps what the server saved', async () => {
    fetchMock.mockImplementation(api(() => json({ chatRegisteredOnly: true })));
    const { wrapper: Wrapper } = withQueryClient();
    render(
      <Wrapper>
        <ModerationPage />
      </Wrapper>,
    );
    await waitFor(() => expect(toggle().disabled).toBe(false));

    fireEvent.click(toggle());
    await waitFor(() => expect(toggle().disabled).toBe(false));
    expect(toggle().checked).toBe(true);
    expect(screen.queryByTestId('registered-only-error')).toBeNull();
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ chatRegisteredOnly: true });
  });
});
