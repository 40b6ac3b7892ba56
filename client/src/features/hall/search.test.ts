import type { BoothSummary } from '@pameran/contracts';
import { describe, expect, it } from 'vitest';
import { normalise, searchBooths } from './search';

const booth = (name: string, region = 'kabupaten-garut'): BoothSummary => ({
  id: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
  exhibitorId: '00000000-0000-4000-8000-000000000001',
  name,
  region,
  category: 'makanan',
  position: { x: 0, z: 0 },
  colour: '#e4572e',
  logoUrl: '',
  productCount: 3,
  liveVisitors: 0,
});

const booths = [
  booth('Pondok Pesantren Al-Ma’arif'),
  booth('Pondok Pesantren Darul Arqam', 'kota-bandung'),
  booth('Pesantren Arrisalah'),
  booth('Pondok Pesantren Miftahul Huda', 'kabupaten-tasikmalaya'),
];

describe('booth search', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalise('Al-Ma’arif  Café')).toBe('almaarif cafe');
    expect(searchBooths(booths, 'almaarif').map((b) => b.name)).toEqual(['Pondok Pesantren Al-Ma’arif']);
  });

  it('needs every word, and ranks the start of the name first', () => {
    expect(searchBooths(booths, 'ar').map((b) => b.name)).toEqual([
      'Pesantren Arrisalah',
      'Pondok Pesantren Darul Arqam',
      'Pondok Pesantren Al-Ma’arif',
    ]);
    expect(searchBooths(booths, 'darul huda')).toEqual([]);
  });

  it('finds a pesantren by its region, and nothing for filler words alone', () => {
    expect(searchBooths(booths, 'tasikmalaya').map((b) => b.name)).toEqual([
      'Pondok Pesantren Miftahul Huda',
    ]);
    expect(searchBooths(booths, 'pondok pesantren')).toEqual([]);
  });
});
