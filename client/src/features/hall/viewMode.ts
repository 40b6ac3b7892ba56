/** How the hall is shown: the 3D hall, or the list of zones and booths (no WebGL needed). */
export type HallView = '3d' | 'list';

const KEY = 'pameran.hallView';

export function storedView(): HallView | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === '3d' || v === 'list' ? v : null;
  } catch {
    return null;
  }
}

/** Remember the visitor's own choice on this device. */
export function rememberView(view: HallView): void {
  try {
    localStorage.setItem(KEY, view);
  } catch {
    // not kept; the choice holds for this page
  }
}

export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

interface DeviceHints {
  deviceMemory?: number;
  hardwareConcurrency?: number;
  connection?: { saveData?: boolean; effectiveType?: string };
}

/**
 * A phone that would struggle with the 3D hall: little memory, few cores on a touch screen, data saver
 * on, or a 2G connection. Such visitors start in the list (they can still switch).
 */
export function isWeakDevice(nav: DeviceHints = navigator as DeviceHints, coarse = coarsePointer()): boolean {
  const memory = nav.deviceMemory;
  const cores = nav.hardwareConcurrency ?? 4;
  const conn = nav.connection;
  if (conn?.saveData || conn?.effectiveType === '2g' || conn?.effectiveType === 'slow-2g') return true;
  if (memory !== undefined && memory <= 2) return true;
  return coarse && cores <= 4;
}

function coarsePointer(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/** The view to start in: the visitor's choice, else 3D when the device can draw it well. */
export function initialView(): HallView {
  if (!hasWebGL()) return 'list';
  return storedView() ?? (isWeakDevice() ? 'list' : '3d');
}
