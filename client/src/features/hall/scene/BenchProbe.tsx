import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';

/** `?bench` or `?bench=naive` in the address: the render benchmark's hook (bench/render-hall.mjs). */
export function benchMode(): 'instanced' | 'naive' | null {
  const v = new URLSearchParams(globalThis.location?.search ?? '').get('bench');
  if (v === null) return null;
  return v === 'naive' ? 'naive' : 'instanced';
}

export interface HallBench {
  /** Draw calls and triangles of the last frame. */
  info(): { calls: number; triangles: number; geometries: number; textures: number };
  /** Main-thread ms spent in renderer.render per frame since the last call (and clears them). */
  take(): number[];
}

declare global {
  interface Window {
    __hallBench?: HallBench;
  }
}

/** Renders each frame itself (priority 1) to time `renderer.render` on the main thread. */
export function BenchProbe() {
  const gl = useThree((s) => s.gl);
  const times = useRef<number[]>([]);
  useFrame(({ scene, camera }) => {
    const t0 = performance.now();
    gl.render(scene, camera);
    times.current.push(performance.now() - t0);
  }, 1);
  useEffect(() => {
    window.__hallBench = {
      info: () => ({ ...gl.info.render, ...gl.info.memory }),
      take: () => times.current.splice(0),
    };
    return () => {
      delete window.__hallBench;
    };
  }, [gl]);
  return null;
}
