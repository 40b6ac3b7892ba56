import { REGION_CODES } from '@pameran/contracts';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFeatureTexts } from '../../i18n';
import { withQueryClient } from '../../test/queryClient';
import { ApplicationForm } from './ApplicationForm';
import { ProductForm } from './ProductForm';

const BOOTH = '00000000-0000-4000-8000-0000000000b1';
const fetchMock = vi.fn<typeof fetch>();
const refuse = (status: number, body: object) =>
  fetchMock.mockResolvedValue(new Response(JSON.stringify({ statusCode: status, ...body }), { status }));
const sent = () => {
  const [url, init] = fetchMock.mock.calls[0];
  return { url: String(url), method: init?.method, body: JSON.parse(String(init?.body)) as unknown };
};
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

function renderWithQueries(ui: ReactNode) {
  const { wrapper: Wrapper } = withQueryClient();
  render(<Wrapper>{ui}</Wrapper>);
}

beforeAll(() => loadFeatureTexts('backoffice'));
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

describe('product form', () => {
  it('sends numbers typed as text as numbers and empty numbers as null; a refused price shows under it', async () => {
    refuse(400, {
      error: 'Bad Request',
      message: 'Validation failed',
      fields: [{ path: 'priceRupiah', message: 'harga di atas batas' }],
    });
    const onDone = vi.fn();
    renderWithQueries(<ProductForm boothId={BOOTH} category="makanan" product={null} onDone={onDone} />);
    type('product-nameId', 'Dodol Garut');
    type('product-price', '25.000');
    type('product-unit', 'kotak 500 g');
    type('product-minOrder', '10');
    type('product-whatsapp', '+62 812-3456-7890');
    fireEvent.click(screen.getByTestId('product-save'));

    await waitFor(() =>
      expect(screen.getByTestId('product-price').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByText('harga di atas batas')).toBeTruthy();
    expect(sent()).toEqual({
      url: `/api/backoffice/booths/${BOOTH}/products`,
      method: 'POST',
      body: {
        category: 'makanan',
        name: { id: 'Dodol Garut', en: '' },
        description: { id: '', en: '' },
        priceRupiah: 25000,
        unit: 'kotak 500 g',
        minOrder: 10,
        monthlyCapacity: null,
        halalNumber: null,
        pirtNumber: null,
        bpomNumber: null,
        whatsappNumber: '+6281234567890',
        exportReady: false,
        hidden: false,
      },
    });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('names a missing price without sending', async () => {
    renderWithQueries(<ProductForm boothId={BOOTH} category="makanan" product={null} onDone={() => {}} />);
    type('product-nameId', 'Dodol Garut');
    fireEvent.click(screen.getByTestId('product-save'));
    await waitFor(() =>
      expect(screen.getByTestId('product-price').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByTestId('product-unit').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('application form', () => {
  it('applies for this fair with the WhatsApp number written without spaces, and shows a refusal', async () => {
    refuse(409, { error: 'Conflict', message: 'sudah mendaftar' });
    renderWithQueries(<ApplicationForm current={null} />);
    type('apply-name', 'Pondok Pesantren Al-Ittifaq');
    type('apply-region', REGION_CODES[0]);
    type('apply-category', 'pertanian_perkebunan');
    type('apply-contact', 'Ustadz Hasan');
    type('apply-whatsapp', '+62 812 3456-7890');
    type('apply-description', 'Sayuran organik dari Ciwidey.');
    fireEvent.click(screen.getByTestId('apply-submit'));

    expect(await screen.findByText('Ditolak server: sudah mendaftar')).toBeTruthy();
    expect(sent()).toEqual({
      url: '/api/exhibitors',
      method: 'POST',
      body: {
        eventSlug: 'opop-2020',
        name: 'Pondok Pesantren Al-Ittifaq',
        region: REGION_CODES[0],
        category: 'pertanian_perkebunan',
        contactName: 'Ustadz Hasan',
        whatsappNumber: '+6281234567890',
        description: { id: 'Sayuran organik dari Ciwidey.', en: '' },
      },
    });
  });
});
