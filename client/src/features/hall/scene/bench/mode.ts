/**
 * The render benchmark's hooks (bench/render-hall.mjs) exist only in the bench build, `vite build --mode
 * bench`. In every other build this is `false` when bundling, so the naive hall and the probe are left out.
 */
export const BENCH_BUILD = import.meta.env.MODE === 'bench';

/** `?bench` or `?bench=naive` in the address of a bench build: which hall to measure; null otherwise. */
export function benchMode(): 'instanced' | 'naive' | null {
  if (!BENCH_BUILD) return null;
  const v = new URLSearchParams(globalThis.location?.search ?? '').get('bench');
  if (v === null) return null;
  return v === 'naive' ? 'naive' : 'instanced';
}

/** `&pictures=off` in the address of a bench build draws today's untextured hall (the bench's baseline). */
export function benchPictures(): boolean {
  if (!BENCH_BUILD) return true;
  return new URLSearchParams(globalThis.location?.search ?? '').get('pictures') !== 'off';
}
