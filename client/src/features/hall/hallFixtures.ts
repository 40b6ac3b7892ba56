import type { BoothSummary } from '@pameran/contracts';

/** A booth as the hall list returns it, for tests. */
export function boothFixture(id: string, liveVisitors = 0, extra: Partial<BoothSummary> = {}): BoothSummary {
  return {
    id,
    exhibitorId: '00000000-0000-4000-8000-000000000e00',
    name: `Pesantren ${id.slice(-1).toUpperCase()}`,
    region: 'kabupaten-garut',
    category: 'makanan',
    position: { x: 0, z: 8 },
    colour: '#e4572e',
    logoUrl: '',
    productCount: 2,
    liveVisitors,
    ...extra,
  };
}
