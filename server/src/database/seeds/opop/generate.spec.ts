import { CATEGORIES, E164, REGION_CODES, ZONE_CAPACITY } from '@pameran/contracts';
import { BOOTHS_PER_CATEGORY, generateOpopFair } from './generate';

describe('generateOpopFair', () => {
  const started = performance.now();
  const fair = generateOpopFair();
  const ms = performance.now() - started;
  const approved = fair.exhibitors.filter((e) => e.status === 'approved');

  it('is deterministic: the same seed gives the same fair', () => {
    expect(JSON.stringify(generateOpopFair())).toBe(JSON.stringify(fair));
    expect(JSON.stringify(generateOpopFair(7))).not.toBe(JSON.stringify(fair));
  });

  it('has 500 approved pesantren in the planned category mix, plus applicants and rejections', () => {
    expect(approved).toHaveLength(500);
    for (const c of CATEGORIES) {
      expect(approved.filter((e) => e.category === c)).toHaveLength(BOOTHS_PER_CATEGORY[c]);
      expect(BOOTHS_PER_CATEGORY[c]).toBeLessThanOrEqual(ZONE_CAPACITY);
    }
    expect(fair.exhibitors.filter((e) => e.status === 'applied').length).toBeGreaterThan(0);
    expect(fair.exhibitors.filter((e) => e.status === 'rejected').every((e) => e.statusReason)).toBe(true);
  });

  it('uses every region, unique names, unique valid WhatsApp numbers and unique slots per zone', () => {
    expect(new Set(fair.exhibitors.map((e) => e.region))).toEqual(new Set(REGION_CODES));
    expect(new Set(fair.exhibitors.map((e) => e.name.toLowerCase())).size).toBe(fair.exhibitors.length);
    expect(new Set(fair.exhibitors.map((e) => e.whatsappNumber)).size).toBe(fair.exhibitors.length);
    for (const e of fair.exhibitors) expect(E164.safeParse(e.whatsappNumber).success).toBe(true);
    const slots = approved.map((e) => `${e.category}:${e.slot}`);
    expect(new Set(slots).size).toBe(500);
  });

  it('gives each booth 8–20 products with whole-rupiah prices and bilingual names', () => {
    const total = approved.reduce((n, e) => n + e.products.length, 0);
    expect(total / approved.length).toBeGreaterThan(12);
    for (const e of approved) {
      expect(e.products.length).toBeGreaterThanOrEqual(8);
      expect(e.products.length).toBeLessThanOrEqual(20);
      expect(new Set(e.products.map((p) => p.name.id)).size).toBe(e.products.length);
      for (const p of e.products) {
        expect(Number.isInteger(p.priceRupiah) && p.priceRupiah > 0).toBe(true);
        expect(p.name.en).toBeTruthy();
        expect(p.minOrder).toBeGreaterThanOrEqual(1);
      }
    }
    const all = approved.flatMap((e) => e.products);
    expect(all.filter((p) => p.exportReady).length / all.length).toBeGreaterThan(0.1);
    expect(all.some((p) => p.halalNumber && p.pirtNumber)).toBe(true);
  });

  it('generates quickly', () => {
    expect(ms).toBeLessThan(2000);
    console.log(`generated ${fair.exhibitors.length} pesantren in ${ms.toFixed(0)} ms`);
  });
});
