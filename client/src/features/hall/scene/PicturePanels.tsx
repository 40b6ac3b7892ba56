import {
  AtlasManifest,
  atlasPageBytes,
  type AtlasPage,
  type BoothSummary,
  type Category,
} from '@pameran/contracts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  PlaneGeometry,
  SRGBColorSpace,
  TextureLoader,
  type Texture,
} from 'three';
import { api } from '../../../lib/api';
import type { HallSocket } from '../../../lib/socket';
import { atlasProfile, planStream } from './atlasStreaming';
import { pictureMaterial } from './pictureMaterial';
import { walker } from './walker';

/** What the browser specs and the bench read: pages on the GPU, their bytes, versions and the draw calls. */
export interface HallAtlasProbe {
  pages: number;
  bytes: number;
  versions: Partial<Record<Category, number>>;
  calls: number;
  /** When the first page reached the GPU, in ms since the page's navigation (null until then). */
  firstPageAt: number | null;
}
declare global {
  interface Window {
    __hallAtlas?: HallAtlasProbe;
  }
}

interface Held {
  /** The version on the GPU (0 while the first one loads). */
  version: number;
  texture: Texture | null;
}

/** The picture panel on a booth's back wall: 4.8 m × 2.4 m, just in front of the wall, facing the aisle. */
const PANEL = new PlaneGeometry(4.8, 2.4).rotateY(Math.PI);
const PANEL_AT = { y: 1.45, z: 5.83 };
const m = new Matrix4();
const loader = new TextureLoader();
const MAX_DOWNLOADS = 2;

function panels(page: AtlasPage, texture: Texture, booths: Map<string, BoothSummary>): InstancedMesh {
  const cells = page.cells.filter((c) => booths.has(c.boothId));
  const geometry = PANEL.clone();
  geometry.setAttribute(
    'aRect',
    new InstancedBufferAttribute(new Float32Array(cells.flatMap((c) => c.rect)), 4),
  );
  const mesh = new InstancedMesh(geometry, pictureMaterial(texture), cells.length);
  cells.forEach((c, i) => {
    const b = booths.get(c.boothId)!;
    mesh.setMatrixAt(i, m.makeTranslation(b.position.x, PANEL_AT.y, b.position.z + PANEL_AT.z));
  });
  mesh.name = `pictures-${page.zone}`;
  mesh.computeBoundingSphere();
  return mesh;
}

/**
 * Booths' back walls showing their pictures from the server's atlas pages (docs/decisions/0018): one
 * instanced draw per page held, pages streamed nearest zone first within the device's texture budget, a
 * new version (an exhibitor changed a picture, pushed as `atlas:page`) swapped in when it has loaded.
 */
export function PicturePanels({
  booths,
  socket,
  slug,
  phone,
}: {
  booths: BoothSummary[];
  socket: HallSocket | null;
  slug: string;
  phone: boolean;
}) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const profile = useMemo(() => atlasProfile(phone), [phone]);
  const [pages, setPages] = useState<AtlasPage[]>([]);
  /** Pages on the GPU or on their way (changed in callbacks and the frame loop)... */
  const held = useRef(new Map<Category, Held>());
  /** ...and a copy of the ones with a texture, for drawing. */
  const [shown, setShown] = useState<ReadonlyMap<Category, Held>>(() => new Map());
  const show = () => setShown(new Map([...held.current].filter(([, h]) => h.texture)));
  const firstPageAt = useRef<number | null>(null);
  const nextPlan = useRef(0);
  /** `zone:version` of pages being downloaded. */
  const pending = useRef(new Set<string>());

  useEffect(() => {
    const ac = new AbortController();
    api
      .get(`/events/${encodeURIComponent(slug)}/atlas`, AtlasManifest, { signal: ac.signal })
      .then((m) => {
        setPages(m.pages);
      })
      .catch(() => undefined); // no pictures: the booths keep their plain walls
    return () => ac.abort();
  }, [slug, invalidate]);

  useEffect(() => {
    if (!socket) return;
    const onPage = (p: AtlasPage) => {
      setPages((ps) => [...ps.filter((x) => x.zone !== p.zone), p]);
    };
    socket.on('atlas:page', onPage);
    return () => void socket.off('atlas:page', onPage);
  }, [socket, invalidate]);

  // New or changed pages: plan again on the next frame (after this render, so the frame sees them).
  useEffect(() => {
    nextPlan.current = 0;
    invalidate();
  }, [pages, invalidate]);

  // Textures leave the GPU with the component.
  useEffect(() => {
    const pages = held.current;
    const shownPages = () => [...pages].filter(([, h]) => h.texture);
    // Read when asked: the canvas renders on demand, so the last frame's counts are the current ones.
    window.__hallAtlas = {
      get pages() {
        return shownPages().length;
      },
      get bytes() {
        return shownPages().length * atlasPageBytes(profile.level);
      },
      get versions() {
        return Object.fromEntries(shownPages().map(([z, h]) => [z, h.version]));
      },
      get calls() {
        return gl.info.render.calls;
      },
      get firstPageAt() {
        return firstPageAt.current;
      },
    };
    return () => {
      pages.forEach((h) => h.texture?.dispose());
      delete window.__hallAtlas;
    };
  }, [gl, profile.level]);

  const load = (page: AtlasPage) => {
    const id = `${page.zone}:${page.version}`;
    if (pending.current.has(id)) return;
    pending.current.add(id);
    if (!held.current.has(page.zone)) held.current.set(page.zone, { version: 0, texture: null });
    loader
      .loadAsync(page.urls[String(profile.level) as '2048' | '1024'])
      .then((texture) => {
        pending.current.delete(id);
        nextPlan.current = 0; // start the next download on the next frame
        invalidate();
        texture.colorSpace = SRGBColorSpace;
        texture.anisotropy = 4;
        const now = held.current.get(page.zone);
        // Evicted meanwhile, or a newer version already shown: drop this one.
        if (!now || now.version > page.version) return void texture.dispose();
        now.texture?.dispose();
        held.current.set(page.zone, { version: page.version, texture });
        firstPageAt.current ??= performance.now();
        show();
      })
      .catch(() => {
        // Not downloaded: forget a page never shown, so a later plan (the next one the visitor's walking
        // or a pushed version brings, at most every 0.5 s) tries it again.
        pending.current.delete(id);
        if (!held.current.get(page.zone)?.texture) held.current.delete(page.zone);
      });
  };

  useFrame(({ clock }) => {
    const bytes = atlasPageBytes(profile.level);
    const h = held.current;
    if (clock.elapsedTime < nextPlan.current) return;
    nextPlan.current = clock.elapsedTime + 0.5;
    const plan = planStream(pages, new Set(h.keys()), walker, bytes, profile.budget);
    if (plan.evict.length > 0) {
      for (const z of plan.evict) {
        h.get(z)?.texture?.dispose();
        h.delete(z);
      }
      show();
    }
    // Two downloads at a time, nearest first: on a slow link the zone in front of the visitor does not
    // share the bandwidth with the far ones.
    for (const z of plan.load.slice(0, Math.max(0, MAX_DOWNLOADS - pending.current.size)))
      load(pages.find((p) => p.zone === z)!);
    // A held page whose version went up (an exhibitor's change): load the new one over it.
    for (const p of pages) {
      const now = h.get(p.zone);
      if (now?.texture && !plan.evict.includes(p.zone) && now.version < p.version) load(p);
    }
  });

  const byId = useMemo(() => new Map(booths.map((b) => [b.id, b])), [booths]);
  const meshes = useMemo(
    () =>
      pages.flatMap((p) => {
        const t = shown.get(p.zone)?.texture;
        return t ? [panels(p, t, byId)] : [];
      }),
    [pages, shown, byId],
  );
  useEffect(
    () => () =>
      meshes.forEach((mesh) => {
        mesh.geometry.dispose();
        (mesh.material as { dispose(): void }).dispose();
      }),
    [meshes],
  );
  return (
    <>
      {meshes.map((mesh) => (
        <primitive key={mesh.uuid} object={mesh} />
      ))}
    </>
  );
}
