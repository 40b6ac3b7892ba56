import { adjacent, cellKeyOf, cellOf, neighbourhood, neighbourKeys } from './aoi';
import { selectNearest } from './interest';

describe('area of interest', () => {
  it('puts positions into 24 m cells, negatives included', () => {
    expect(cellOf(0, 0)).toBe('0:0');
    expect(cellOf(23.9, 24)).toBe('0:1');
    expect(cellOf(-0.1, 47.9)).toBe('-1:1');
  });
  it('a cell sees itself and its 8 neighbours', () => {
    const n = neighbourhood('0:0');
    expect(n).toHaveLength(9);
    expect(n).toEqual(expect.arrayContaining(['-1:-1', '0:0', '1:1', '1:-1']));
  });
  it('numeric keys: same cells, same neighbourhoods', () => {
    expect(cellKeyOf(23.9, 0)).toBe(cellKeyOf(0, 0));
    expect(cellKeyOf(-0.1, 0)).not.toBe(cellKeyOf(0, 0));
    const k = cellKeyOf(-0.1, 47.9);
    expect(neighbourKeys(k)).toHaveLength(9);
    expect(neighbourKeys(k)).toContain(cellKeyOf(-24.1, 24.1));
    expect(neighbourKeys(k)).toContain(cellKeyOf(0.1, 71.9));
    expect(adjacent(k, cellKeyOf(0.1, 71.9))).toBe(true);
    expect(adjacent(k, cellKeyOf(24.1, 47.9))).toBe(false);
    expect(adjacent(k, cellKeyOf(-0.1, 0))).toBe(true);
    expect(adjacent(k, cellKeyOf(-0.1, -0.1))).toBe(false);
  });
});

describe('interest', () => {
  it('keeps the k nearest, whatever their order', () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const d = new Float64Array(items.map((i) => ((i * 7919) % 200) + 0.5));
    const picked = selectNearest(items, d, 50).map((i) => d[i]);
    expect(picked).toHaveLength(50);
    expect(Math.max(...picked)).toBe(49.5);
    expect(selectNearest(items.slice(0, 10), d, 50)).toHaveLength(10);
  });
  it('copes with ties', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const d = new Float64Array(100).fill(1);
    expect(new Set(selectNearest(items, d, 30)).size).toBe(30);
  });
});
