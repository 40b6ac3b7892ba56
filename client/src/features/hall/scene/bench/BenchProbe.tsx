import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Material, Object3D } from 'three';

export interface HallBench {
  /** Draw calls and triangles of the last frame, and the distinct materials in the scene. */
  info(): { calls: number; triangles: number; geometries: number; textures: number; materials: number };
  /** Main-thread ms spent in renderer.render per frame since the last call (and clears them). */
  take(): number[];
}

declare global {
  interface Window {
    __hallBench?: HallBench;
  }
}

function countMaterials(scene: Object3D): number {
  const materials = new Set<Material>();
  scene.traverse((o) => {
    const m = (o as { material?: Material | Material[] }).material;
    for (const x of Array.isArray(m) ? m : m ? [m] : []) materials.add(x);
  });
  return materials.size;
}

/** Renders each frame itself (priority 1) to time `renderer.render` on the main thread. */
export function BenchProbe() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const times = useRef<number[]>([]);
  useFrame(({ scene, camera }) => {
    const t0 = performance.now();
    gl.render(scene, camera);
    times.current.push(performance.now() - t0);
  }, 1);
  useEffect(() => {
    window.__hallBench = {
      info: () => ({ ...gl.info.render, ...gl.info.memory, materials: countMaterials(scene) }),
      take: () => times.current.splice(0),
    };
    return () => {
      delete window.__hallBench;
    };
  }, [gl, scene]);
  return null;
}
