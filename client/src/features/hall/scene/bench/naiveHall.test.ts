import { CATEGORY_COLOURS } from '@pameran/contracts';
import { CanvasTexture, Mesh, type Material } from 'three';
import { describe, expect, it } from 'vitest';
import { boothFixture } from '../../hallFixtures';
import { buildNaiveHall } from './naiveHall';

describe('naive benchmark hall', () => {
  it('draws a mesh per booth part but shares one material per colour', () => {
    const colours = Object.values(CATEGORY_COLOURS);
    const booths = Array.from({ length: 500 }, (_, i) =>
      boothFixture(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 0, {
        colour: colours[i % colours.length],
        name: `Pesantren ${'x'.repeat(i % 13)}`,
        position: { x: (i % 25) * 8, z: Math.floor(i / 25) * 8 },
      }),
    );
    const signs = { texture: new CanvasTexture(document.createElement('canvas')), cols: 8, rows: 63 };
    const hall = buildNaiveHall(booths, signs);

    const meshes = hall.group.children.filter((o): o is Mesh => o instanceof Mesh);
    const materials = new Set(meshes.map((m) => m.material as Material));
    expect(meshes).toHaveLength(500 * 10); // platform, walls, counter, 5 props, fascia, badge
    // Three tints per category colour, the prop colours, the signs and the badges.
    expect(materials.size).toBeLessThanOrEqual(colours.length * 3 + 7 + 2);
    hall.dispose();
  });
});
