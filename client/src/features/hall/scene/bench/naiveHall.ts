import type { BoothSummary } from '@pameran/contracts';
import { Color, Group, Mesh, MeshBasicMaterial, MeshLambertMaterial, type BufferGeometry } from 'three';
import { ATLAS_COLS, type Atlas } from '../atlas';
import { boothColours, boothParts, PROP_COLOURS } from '../boothParts';
import type { HallObjects } from '../hallObjects';

/** A plane's UVs narrowed to one atlas cell (what a naive hall does instead of a per-instance attribute). */
function cellUv(geometry: BufferGeometry, cell: number, atlas: Atlas): BufferGeometry {
  const g = geometry.clone();
  const uv = g.getAttribute('uv');
  const col = cell % ATLAS_COLS;
  const row = Math.floor(cell / ATLAS_COLS);
  for (let i = 0; i < uv.count; i++) {
    uv.setXY(i, (col + uv.getX(i)) / atlas.cols, 1 - (row + 1 - uv.getY(i)) / atlas.rows);
  }
  return g;
}

/**
 * The same booths the obvious way, for the render benchmark only (`?bench=naive` in the bench build): one
 * mesh per booth part, a material per colour, a geometry per fascia — about 5,000 draw calls for 500
 * booths. Materials are shared per colour as a careful but uninstanced build would do; a material per
 * mesh would make the naive hall slower than an honest baseline and flatter the instanced one.
 */
export function buildNaiveHall(booths: BoothSummary[], signs: Atlas): HallObjects {
  const parts = boothParts();
  const group = new Group();
  const signMaterial = new MeshBasicMaterial({ map: signs.texture });
  const badgeMaterial = new MeshBasicMaterial({ color: '#1f6f50' });
  const lambert = new Map<string, MeshLambertMaterial>();
  const material = (color: Color) => {
    const key = color.getHexString();
    let m = lambert.get(key);
    if (!m) lambert.set(key, (m = new MeshLambertMaterial({ color })));
    return m;
  };
  const fascias: BufferGeometry[] = [];
  booths.forEach((b, i) => {
    const c = boothColours(b.colour);
    const add = (geometry: BufferGeometry, m: MeshLambertMaterial | MeshBasicMaterial, at: number[]) => {
      const mesh = new Mesh(geometry, m);
      mesh.position.set(b.position.x + at[0], at[1], b.position.z + at[2]);
      group.add(mesh);
    };
    add(parts.platform.geometry, material(c.platform), [0, 0, 0]);
    add(parts.walls.geometry, material(c.walls), [0, 0, 0]);
    add(parts.counter.geometry, material(c.counter), [0, 0, 0]);
    parts.props.at.forEach((at, k) =>
      add(parts.props.geometry, material(PROP_COLOURS[(b.name.length * 3 + k) % PROP_COLOURS.length]), at),
    );
    const fascia = cellUv(parts.fascia.geometry, i, signs);
    fascias.push(fascia);
    add(fascia, signMaterial, parts.fascia.at[0]);
    add(parts.badge.geometry, badgeMaterial, parts.badge.at[0]);
  });
  return {
    group,
    pickable: [],
    dispose() {
      for (const m of [...lambert.values(), signMaterial, badgeMaterial]) m.dispose();
      for (const g of [...fascias, ...Object.values(parts).map((p) => p.geometry)]) g.dispose();
    },
  };
}
