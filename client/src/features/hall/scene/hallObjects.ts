import { CATEGORIES, CATEGORY_COLOURS, hallBounds, zoneRect, type BoothSummary } from '@pameran/contracts';
import {
  BoxGeometry,
  Color,
  Group,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshLambertMaterial,
  PlaneGeometry,
  type BufferGeometry,
  type Material,
} from 'three';
import type { Atlas } from './atlas';
import { atlasMaterial } from './atlasMaterial';
import { boothColours, boothParts, PROP_COLOURS, type Part } from './boothParts';

const m = new Matrix4();

/** An instanced mesh with one instance per booth per placement of the part. */
function instanced(
  part: Part,
  material: Material,
  booths: BoothSummary[],
  colour?: (b: BoothSummary, k: number) => Color,
) {
  const mesh = new InstancedMesh(part.geometry, material, booths.length * part.at.length);
  mesh.name = part.name;
  booths.forEach((b, i) =>
    part.at.forEach(([x, y, z], k) => {
      const index = i * part.at.length + k;
      mesh.setMatrixAt(index, m.makeTranslation(b.position.x + x, y, b.position.z + z));
      if (colour) mesh.setColorAt(index, colour(b, k));
    }),
  );
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
  return mesh;
}

function setCells(geometry: BufferGeometry, cells: number[]): InstancedBufferAttribute {
  const attr = new InstancedBufferAttribute(new Float32Array(cells), 1);
  geometry.setAttribute('aCell', attr);
  return attr;
}

export interface HallObjects {
  group: Group;
  /** The meshes a click on a booth hits (instance id → booth index). */
  pickable: InstancedMesh[];
  dispose(): void;
}

/**
 * The whole static hall with instancing: each booth part is one draw for all 500 booths, every fascia
 * and zone sign one more (a texture atlas), the floor, zone carpets and walls a few more.
 */
export function buildHall(booths: BoothSummary[], signs: Atlas): HallObjects {
  const parts = boothParts();
  const lambert = new MeshLambertMaterial();
  const colours = booths.map((b) => boothColours(b.colour));
  const index = new Map(booths.map((b, i) => [b.id, i]));
  const platform = instanced(parts.platform, lambert, booths, (b) => colours[index.get(b.id) ?? 0].platform);
  const walls = instanced(parts.walls, lambert, booths, (b) => colours[index.get(b.id) ?? 0].walls);
  const counter = instanced(parts.counter, lambert, booths, (b) => colours[index.get(b.id) ?? 0].counter);
  const props = instanced(
    parts.props,
    lambert,
    booths,
    (b, k) => PROP_COLOURS[(b.name.length * 3 + k) % PROP_COLOURS.length],
  );
  const signMaterial = atlasMaterial(signs.texture, signs.cols, signs.rows);
  const fascia = instanced(
    { ...parts.fascia, geometry: parts.fascia.geometry.clone() },
    signMaterial,
    booths,
  );
  setCells(
    fascia.geometry,
    booths.map((_, i) => i),
  );

  const group = new Group();
  group.add(platform, walls, counter, props, fascia);
  return {
    group,
    pickable: [walls, platform, counter],
    dispose() {
      group.traverse((o) => {
        if (o instanceof Mesh) o.geometry.dispose();
      });
      lambert.dispose();
      signMaterial.dispose();
    },
  };
}

/** Floor, zone carpets and zone signs (sign cells follow the booths' in the atlas): a handful of draws. */
export function buildSurroundings(firstSignCell: number, signs: Atlas): HallObjects & { floor: Mesh } {
  const signMaterial = atlasMaterial(signs.texture, signs.cols, signs.rows);
  const floor = hallFloor();
  const group = new Group();
  group.add(floor, ...zones(firstSignCell, signMaterial));
  return {
    group,
    pickable: [],
    floor,
    dispose() {
      group.traverse((o) => {
        if (o instanceof Mesh) {
          o.geometry.dispose();
          (o.material as Material).dispose();
        }
      });
    },
  };
}

/** Zone carpets (one draw) and zone signs hanging over each zone's entrance (one draw, cells after the booths). */
function zones(firstSignCell: number, signMaterial: Material): InstancedMesh[] {
  const carpet = new InstancedMesh(
    new PlaneGeometry(1, 1).rotateX(-Math.PI / 2),
    new MeshLambertMaterial(),
    CATEGORIES.length,
  );
  const sign = new InstancedMesh(new PlaneGeometry(16, 2).rotateY(Math.PI), signMaterial, CATEGORIES.length);
  const poles = new InstancedMesh(
    new BoxGeometry(0.25, 6.2, 0.25).translate(0, 3.1, 0),
    new MeshLambertMaterial({ color: '#8a7b6a' }),
    CATEGORIES.length * 2,
  );
  CATEGORIES.forEach((c, i) => {
    const z = zoneRect(c);
    const cx = (z.x0 + z.x1) / 2;
    carpet.setMatrixAt(
      i,
      m.makeScale(z.x1 - z.x0 + 2, 1, z.z1 - z.z0 + 1).setPosition(cx, 0.01, (z.z0 + z.z1) / 2),
    );
    carpet.setColorAt(i, new Color(CATEGORY_COLOURS[c]).lerp(new Color('#ffffff'), 0.82));
    sign.setMatrixAt(i, m.makeTranslation(cx, 5.2, z.z0 + 1));
    poles.setMatrixAt(2 * i, m.makeTranslation(cx - 8.1, 0, z.z0 + 1.1));
    poles.setMatrixAt(2 * i + 1, m.makeTranslation(cx + 8.1, 0, z.z0 + 1.1));
  });
  setCells(
    sign.geometry,
    CATEGORIES.map((_, i) => firstSignCell + i),
  );
  for (const mesh of [carpet, sign, poles]) mesh.computeBoundingSphere();
  carpet.name = 'carpets';
  sign.name = 'zone-signs';
  return [carpet, sign, poles];
}

function hallFloor(): Mesh {
  const b = hallBounds();
  const w = b.maxX - b.minX;
  const d = b.maxZ - b.minZ;
  const floor = new Mesh(
    new PlaneGeometry(w + 40, d + 40)
      .rotateX(-Math.PI / 2)
      .translate((b.minX + b.maxX) / 2, 0, (b.minZ + b.maxZ) / 2),
    new MeshLambertMaterial({ color: '#e8dfcf' }),
  );
  floor.name = 'floor';
  return floor;
}
