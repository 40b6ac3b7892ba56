import { BoxGeometry, Color, PlaneGeometry, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * The parts of a booth, in booth space: origin at the front centre, x across (−3…3 m), z into the booth
 * (0…6 m), y up. The instanced hall and the naive one build from the same parts.
 */
export interface Part {
  name: string;
  geometry: BufferGeometry;
  /** Where the part sits in booth space (several placements make several instances per booth). */
  at: [number, number, number][];
}

function box(w: number, h: number, d: number, x: number, y: number, z: number): BufferGeometry {
  return new BoxGeometry(w, h, d).translate(x, y, z);
}

export function boothParts(): Record<'platform' | 'walls' | 'counter' | 'props' | 'fascia' | 'badge', Part> {
  return {
    platform: { name: 'platform', geometry: box(5.8, 0.12, 5.8, 0, 0.06, 3), at: [[0, 0, 0]] },
    walls: {
      name: 'walls',
      geometry: mergeGeometries([
        box(6, 2.6, 0.15, 0, 1.3, 5.92),
        box(0.12, 2.6, 5.8, -2.94, 1.3, 3),
        box(0.12, 2.6, 5.8, 2.94, 1.3, 3),
        box(6, 0.5, 0.12, 0, 2.85, 0.1), // the beam behind the fascia
      ]),
      at: [[0, 0, 0]],
    },
    counter: { name: 'counter', geometry: box(2.6, 1, 0.7, 0, 0.5, 1.7), at: [[0, 0, 0]] },
    props: {
      name: 'props',
      geometry: box(0.5, 0.6, 0.45, 0, 0.3, 0),
      at: [
        [-0.85, 1, 1.7],
        [0.05, 1, 1.75],
        [0.9, 1, 1.65],
        [-1.8, 0.12, 5.2],
        [1.8, 0.12, 5.2],
      ],
    },
    // Facing the entrance (−z).
    fascia: { name: 'fascia', geometry: new PlaneGeometry(6, 0.75).rotateY(Math.PI), at: [[0, 2.85, 0.03]] },
    badge: { name: 'badge', geometry: new PlaneGeometry(2.4, 1.2), at: [[0, 4.3, 1.5]] },
  };
}

const white = new Color('#ffffff');
const wallBase = new Color('#f8f2e8');

/** The colours of one booth's parts, from its category colour. */
export function boothColours(colour: string): { platform: Color; walls: Color; counter: Color } {
  const c = new Color(colour);
  return {
    platform: c.clone().lerp(white, 0.55),
    walls: wallBase.clone().lerp(c, 0.12),
    counter: c.clone(),
  };
}

/** Cheerful product colours for the props on the counters and shelves. */
export const PROP_COLOURS = ['#f2c14e', '#f78154', '#4d9078', '#5fad56', '#b4436c', '#3d5a80', '#ee964b'].map(
  (c) => new Color(c),
);
