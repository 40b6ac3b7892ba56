import { cellOf, neighbourhood } from './aoi';

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
});
