import { CATEGORIES, CATEGORY_COLOURS, type BoothSummary } from '@pameran/contracts';
import { Canvas } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallSocket } from '../../../lib/socket';
import { useFairSlug } from '../../fair/useFairSlug';
import { usePeerCount } from '../../../stores/hall/peers';
import { boothSign, buildSignAtlas } from './atlas';
import { BenchProbe } from './bench/BenchProbe';
import { benchMode, benchPictures, BENCH_BUILD } from './bench/mode';
import { HallScene, walkTo } from './HallScene';
import { Minimap } from './Minimap';
import { NearAnnouncement } from './NearAnnouncement';
import { TouchJoystick } from './TouchJoystick';
import { buildWalkGrid } from './walkGrid';
import { frontOf, isWalkKey, resetWalker, walker } from './walker';
import './Hall3D.css';

export interface Hall3DProps {
  booths: BoothSummary[];
  selected: string | null;
  onOpen(boothId: string): void;
  /** A search result to fly to (a new `seq` flies again). */
  fly: { boothId: string; seq: number } | null;
  socket: HallSocket | null;
}

/** Keys walk only when nobody is typing and no control has the focus (the hall or the page has). */
function walkingFocus(hall: HTMLElement | null): boolean {
  const el = document.activeElement;
  return !el || el === document.body || el === hall || (!!hall?.contains(el) && el.tagName === 'CANVAS');
}

/** A touch-first or narrow screen: smaller picture pages under a smaller texture budget. */
function isPhone(): boolean {
  return window.matchMedia?.('(pointer: coarse)').matches || window.innerWidth < 700;
}

/** The 3D hall with its HUD (minimap, joystick, "go in" prompt); the booth panel stays outside. */
export default function Hall3D({ booths, selected, onOpen, fly, socket }: Hall3DProps) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(-1);
  const peerCount = usePeerCount();
  const bench = useMemo(() => benchMode(), []);
  const pictures = useMemo(() => benchPictures(), []);
  const slug = useFairSlug();
  const phone = useMemo(() => isPhone(), []);
  const grid = useMemo(() => buildWalkGrid(booths), [booths]);
  const lang = i18n.resolvedLanguage;
  const signs = useMemo(
    () =>
      buildSignAtlas([
        ...booths.map((b) => boothSign(b.name, b.colour)),
        ...CATEGORIES.map((c) => ({
          title: t(`categories.${c}`, { lng: lang }),
          colour: CATEGORY_COLOURS[c],
        })),
      ]),
    [booths, t, lang],
  );
  useEffect(() => () => signs.texture.dispose(), [signs]);

  // Start at the entrance, or in front of the booth a shared link opened.
  const start = useRef(selected);
  useEffect(() => {
    resetWalker();
    const b = booths.find((x) => x.id === start.current);
    if (b) Object.assign(walker, frontOf(b));
    walker.wake();
  }, [booths]);

  const arrive = useRef(onOpen);
  useEffect(() => {
    arrive.current = onOpen;
  }, [onOpen]);
  const onArrive = useMemo(() => (i: number) => booths[i] && arrive.current(booths[i].id), [booths]);

  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (!walkingFocus(container.current)) return;
      if (isWalkKey(e.code)) {
        e.preventDefault();
        walker.input.keys.add(e.code);
        walker.wake();
      } else if (e.key === 'Enter' && near >= 0) {
        e.preventDefault();
        onArrive(near);
      }
    };
    const up = (e: KeyboardEvent) => walker.input.keys.delete(e.code);
    const blur = () => walker.input.keys.clear();
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    };
  }, [near, onArrive]);

  useEffect(() => {
    const i = fly ? booths.findIndex((b) => b.id === fly.boothId) : -1;
    if (i < 0) return;
    walker.path = [];
    walker.flight = { from: { x: walker.x, z: walker.z }, to: frontOf(booths[i]), t: 0, booth: i };
    walker.wake();
  }, [fly, booths]);

  if (booths.length === 0) return null;
  return (
    <div
      ref={container}
      className="hall3d"
      tabIndex={0}
      role="application"
      aria-label={t('hallview.scene.label', { count: booths.length })}
      data-testid="hall3d"
    >
      <Canvas
        frameloop={bench ? 'always' : 'demand'}
        dpr={[1, 1.5]}
        flat
        camera={{ fov: 50, near: 0.5, far: 420, position: [0, 15, -10] }}
        gl={{ antialias: true, preserveDrawingBuffer: !!bench }}
      >
        <HallScene
          booths={booths}
          grid={grid}
          signs={signs}
          socket={socket}
          slug={slug}
          naive={bench === 'naive'}
          pictures={pictures}
          phone={phone}
          onArrive={onArrive}
          onNear={setNear}
        />
        {BENCH_BUILD && bench && <BenchProbe />}
      </Canvas>
      <Minimap booths={booths} onWalk={(x, z) => walkTo(grid, { x, z })} />
      <TouchJoystick />
      <NearAnnouncement booths={booths} near={near} />
      <div className="hall3d__hud">
        {near >= 0 && booths[near] && (
          <p className="hall3d__prompt" data-testid="enter-prompt">
            <span>{t('hallview.scene.enter', { name: booths[near].name })}</span>
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => onArrive(near)}
            >
              {t('hallview.scene.visit')}
            </button>
          </p>
        )}
        <p className="hall3d__help">
          {t('hallview.scene.help')}
          {peerCount > 0 && ` · ${t('hallview.scene.peers', { count: peerCount })}`}
        </p>
      </div>
    </div>
  );
}
