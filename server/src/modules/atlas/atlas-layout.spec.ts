import { ATLAS_GRID, ATLAS_LEVELS, ZONE_CAPACITY } from '@pameran/contracts';
import { BLOCK_H, BLOCK_W, boothBlock, GUTTER, PAGE, toRect, type Box } from './atlas-layout';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const slots = Array.from({ length: ZONE_CAPACITY }, (_, i) => i);

describe('atlas page packing', () => {
  it('uses power-of-two square pages that mipmap down to one texel', () => {
    for (const level of ATLAS_LEVELS) expect(Math.log2(level) % 1).toBe(0);
    expect(BLOCK_W * ATLAS_GRID.cols).toBe(PAGE);
    expect(BLOCK_H * ATLAS_GRID.rows).toBe(PAGE);
  });

  it('gives every slot of a zone its own panel on the page, with a gutter between neighbours', () => {
    const panels = slots.map((s) => boothBlock(s).panel);
    for (const p of panels) expect(inside(p, { x: 0, y: 0, w: PAGE, h: PAGE })).toBe(true);
    for (let i = 0; i < panels.length; i++) {
      for (let j = i + 1; j < panels.length; j++) {
        const a = panels[i];
        const b = panels[j];
        // Grown by the gutter, they would still not overlap: there are 2 × GUTTER texels between panels.
        expect(overlap({ x: a.x - GUTTER, y: a.y - GUTTER, w: a.w + GUTTER, h: a.h + GUTTER }, b)).toBe(
          false,
        );
      }
    }
  });

  it('lays the banner, the logo and four product cells inside the panel without overlaps', () => {
    for (const s of slots) {
      const b = boothBlock(s);
      const cells = [b.banner, ...b.products];
      for (const c of [...cells, b.logo]) expect(inside(c, b.panel)).toBe(true);
      expect(inside(b.logo, b.banner)).toBe(true);
      for (let i = 0; i < cells.length; i++)
        for (let j = i + 1; j < cells.length; j++) expect(overlap(cells[i], cells[j])).toBe(false);
      for (const p of b.products) expect(p.w).toBe(p.h);
    }
  });

  it('keeps a booth in the same place whatever else is on the page', () => {
    expect(boothBlock(9)).toEqual(boothBlock(9));
    expect(boothBlock(9).panel.x).toBe(BLOCK_W + GUTTER);
    expect(boothBlock(9).panel.y).toBe(BLOCK_H + GUTTER);
    expect(() => boothBlock(ZONE_CAPACITY)).toThrow(RangeError);
  });

  it('reports rectangles as page fractions', () => {
    const r = toRect(boothBlock(0).panel);
    expect(r[0]).toBeCloseTo(GUTTER / PAGE);
    expect(r[2]).toBeCloseTo((BLOCK_W - 2 * GUTTER) / PAGE);
  });
});
