import { atlasPageBytes, CATEGORIES, zoneRect } from '@pameran/contracts';
import { describe, expect, it } from 'vitest';
import { atlasProfile, planStream, zoneDistance } from './atlasStreaming';

const pages = CATEGORIES.map((zone) => ({ zone }));
const centre = (i: number) => {
  const r = zoneRect(CATEGORIES[i]);
  return { x: (r.x0 + r.x1) / 2, z: (r.z0 + r.z1) / 2 };
};

describe('atlas page streaming', () => {
  it('loads the zone you stand in first, then the nearer ones', () => {
    const at = centre(5);
    const plan = planStream(pages, new Set(), at, 10, 30);
    expect(plan.load).toHaveLength(3);
    expect(plan.load[0]).toBe(CATEGORIES[5]);
    const d = plan.load.map((z) => zoneDistance(z, at.x, at.z));
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(plan.evict).toEqual([]);
  });

  it('lets the farthest pages go when the visitor walks away and the budget is full', () => {
    const held = new Set(planStream(pages, new Set(), centre(0), 10, 20).load);
    const plan = planStream(pages, held, centre(7), 10, 20);
    expect(plan.load).toContain(CATEGORIES[7]);
    expect(plan.evict.length).toBe(plan.load.length);
    for (const z of plan.evict) expect(held.has(z)).toBe(true);
  });

  it('keeps every page of the fair within the phone and desktop budgets, mip levels counted', () => {
    for (const phone of [true, false]) {
      const { level, budget } = atlasProfile(phone);
      const bytes = atlasPageBytes(level);
      expect(bytes).toBe(Math.ceil((level * level * 16) / 3));
      const plan = planStream(pages, new Set(), centre(0), bytes, budget);
      expect(plan.load.length * bytes).toBeLessThanOrEqual(budget);
    }
    expect(atlasProfile(true).budget).toBe(64 * 1024 * 1024);
    expect(atlasProfile(false).budget).toBe(256 * 1024 * 1024);
  });
});
