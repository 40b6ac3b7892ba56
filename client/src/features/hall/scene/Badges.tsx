import type { BoothSummary } from '@pameran/contracts';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { InstancedBufferAttribute, InstancedMesh, Matrix4 } from 'three';
import { useHallBooths } from '../../../stores/hall/booths';
import { badgeCell, buildBadgeAtlas } from './atlas';
import { atlasMaterial } from './atlasMaterial';
import { boothParts } from './boothParts';

const m = new Matrix4();

function showCounts(
  cells: InstancedBufferAttribute,
  booths: BoothSummary[],
  occupancy: Record<string, number>,
) {
  booths.forEach((b, i) => cells.setX(i, badgeCell(occupancy[b.id] ?? 0)));
  cells.needsUpdate = true;
}

/**
 * "People here" over every booth: one instanced, camera-facing quad per booth showing a cell of a small
 * atlas of counts; an occupancy delta rewrites one float per changed booth, nothing is re-created.
 */
export function Badges({ booths }: { booths: BoothSummary[] }) {
  const invalidate = useThree((s) => s.invalidate);
  const { mesh, cells } = useMemo(() => {
    const atlas = buildBadgeAtlas();
    const part = boothParts().badge;
    const im = new InstancedMesh(
      part.geometry,
      atlasMaterial(atlas.texture, atlas.cols, atlas.rows, true),
      booths.length,
    );
    const [x, y, z] = part.at[0];
    booths.forEach((b, i) => im.setMatrixAt(i, m.makeTranslation(b.position.x + x, y, b.position.z + z)));
    const attr = new InstancedBufferAttribute(new Float32Array(booths.length).fill(-1), 1);
    im.geometry.setAttribute('aCell', attr);
    im.computeBoundingSphere();
    im.name = 'badges';
    return { mesh: im, cells: attr };
  }, [booths]);

  useEffect(() => {
    const apply = (occupancy: Record<string, number>) => {
      showCounts(cells, booths, occupancy);
      invalidate();
    };
    apply(useHallBooths.getState().occupancy);
    return useHallBooths.subscribe((s, prev) => {
      if (s.occupancy !== prev.occupancy) apply(s.occupancy);
    });
  }, [booths, cells, invalidate]);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as { dispose(): void }).dispose();
    },
    [mesh],
  );

  return <primitive object={mesh} />;
}
