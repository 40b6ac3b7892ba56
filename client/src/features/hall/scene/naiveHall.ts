import type { BoothSummary } from '@pameran/contracts';
import { Group, Mesh, MeshBasicMaterial, MeshLambertMaterial, type BufferGeometry } from 'three';
import { ATLAS_COLS, type Atlas } from './atlas';
import { boothColours, boothParts, PROP_COLOURS } from './boothParts';
import type { HallObjects } from './hallObjects';

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
 * The same booths the obvious way, for the render benchmark only (`?bench=naive`): one mesh per booth
 * part, a material per colour, a geometry per fascia — about 5,000 draw calls for 500 booths.
 */
export function buildNaiveHall(booths: BoothSummary[], signs: Atlas): HallObjects {
  const parts = boothParts();
  const group = new Group();
  const signMaterial = new MeshBasicMaterial({ map: signs.texture });
  const badgeMaterial = new MeshBasicMaterial({ color: '#1f6f50' });
  booths.forEach((b, i) => {
    const c = boothColours(b.colour);
    const add = (
      geometry: BufferGeometry,
      material: MeshLambertMaterial | MeshBasicMaterial,
      at: number[],
    ) => {
      const mesh = new Mesh(geometry, material);
      mesh.position.set(b.position.x + at[0], at[1], b.position.z + at[2]);
      group.add(mesh);
    };
    add(parts.platform.geometry, new MeshLambertMaterial({ color: c.platform }), [0, 0, 0]);
    add(parts.walls.geometry, new MeshLambertMaterial({ color: c.walls }), [0, 0, 0]);
    add(parts.counter.geometry, new MeshLambertMaterial({ color: c.counter }), [0, 0, 0]);
    parts.props.at.forEach((at, k) =>
      add(
        parts.props.geometry,
        new MeshLambertMaterial({ color: PROP_COLOURS[(b.name.length * 3 + k) % PROP_COLOURS.length] }),
        at,
      ),
    );
    add(cellUv(parts.fascia.geometry, i, signs), signMaterial, parts.fascia.at[0]);
    add(parts.badge.geometry, badgeMaterial, parts.badge.at[0]);
  });
  return {
    group,
    pickable: [],
    dispose() {
      group.traverse((o) => {
        if (o instanceof Mesh) (o.material as { dispose(): void }).dispose();
      });
    },
  };
}
