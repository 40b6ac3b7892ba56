import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  CapsuleGeometry,
  Color,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
} from 'three';
import { livePeers, onPeersMoved } from '../../../stores/hall/peers';

/** At most this many peers are drawn (the server sends the 3×3 cells around us). */
const CAPACITY = 256;
const SMOOTHING = 8; // 1/s: peers glide to where the server last saw them

const m = new Matrix4();
const q = new Quaternion();
const up = new Vector3(0, 1, 0);
const pos = new Vector3();
const one = new Vector3(1, 1, 1);
const colour = new Color();

function hue(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return (h % 360) / 360;
}

/** Move every drawn peer a step toward where the server saw it; true while any is still on its way. */
function glide(mesh: InstancedMesh, k: number): boolean {
  let i = 0;
  let moving = false;
  for (const p of livePeers.values()) {
    if (i >= CAPACITY) break;
    const dx = p.x - p.rx;
    const dz = p.z - p.rz;
    if (Math.abs(dx) + Math.abs(dz) > 0.01) moving = true;
    p.rx += dx * k;
    p.rz += dz * k;
    p.rry += (p.ry - p.rry) * k;
    mesh.setMatrixAt(i, m.compose(pos.set(p.rx, 0, p.rz), q.setFromAxisAngle(up, p.rry), one));
    mesh.setColorAt(i, colour.setHSL(hue(p.id), 0.55, 0.55));
    i++;
  }
  if (mesh.count !== i || i > 0) {
    mesh.count = i;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }
  return moving;
}

/** Other visitors near us: one instanced draw, positions interpolated between the server's batches. */
export function Peers() {
  const invalidate = useThree((s) => s.invalidate);
  const mesh = useMemo(() => {
    const im = new InstancedMesh(
      new CapsuleGeometry(0.34, 0.95, 4, 10).translate(0, 0.82, 0),
      new MeshLambertMaterial(),
      CAPACITY,
    );
    im.count = 0;
    im.frustumCulled = false;
    im.name = 'peers';
    return im;
  }, []);
  useEffect(() => () => mesh.dispose(), [mesh]);
  // Every peers batch: draw again, then glide until they arrive.
  useEffect(() => onPeersMoved(invalidate), [invalidate]);

  useFrame((_, delta) => {
    if (glide(mesh, 1 - Math.exp(-Math.min(delta, 0.1) * SMOOTHING))) invalidate();
  });

  return <primitive object={mesh} />;
}
