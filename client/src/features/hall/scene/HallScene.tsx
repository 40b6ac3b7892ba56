import type { BoothSummary } from '@pameran/contracts';
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { HallSocket } from '../../../lib/socket';
import type { Atlas } from './atlas';
import { Badges } from './Badges';
import { buildHall, buildSurroundings } from './hallObjects';
import { buildNaiveHall } from './bench/naiveHall';
import { BENCH_BUILD } from './bench/mode';
import { findPath, type Point } from './pathfind';
import { Peers } from './Peers';
import { PicturePanels } from './PicturePanels';
import { Player } from './Player';
import type { WalkGrid } from './walkGrid';
import { frontOf, walker } from './walker';

export interface HallSceneProps {
  booths: BoothSummary[];
  grid: WalkGrid;
  signs: Atlas;
  socket: HallSocket | null;
  /** The fair whose picture atlas the walls show (the canvas is a renderer of its own: no router inside). */
  slug: string;
  /** Bench build only: draw one mesh per booth part instead of instancing. */
  naive?: boolean;
  /** Draw the booths' pictures (off only in the bench build's untextured run). */
  pictures: boolean;
  /** Phone: half-size picture pages and the phone's texture budget. */
  phone: boolean;
  onArrive(booth: number): void;
  onNear(booth: number): void;
}

/** Send the walker along a path to a point (and into a booth at the end, when given). */
export function walkTo(grid: WalkGrid, to: Point, booth = -1): void {
  walker.flight = null;
  walker.path = findPath(grid, walker, to);
  walker.goal = walker.path.length > 0 ? booth : -1;
  walker.wake();
}

/** The 3D hall, composed in one place: light, the instanced hall, count badges, peers and us. */
export function HallScene({
  booths,
  grid,
  signs,
  socket,
  slug,
  naive,
  pictures,
  phone,
  onArrive,
  onNear,
}: HallSceneProps) {
  const hall = useMemo(
    () => (BENCH_BUILD && naive ? buildNaiveHall(booths, signs) : buildHall(booths, signs)),
    [booths, signs, naive],
  );
  const surroundings = useMemo(() => buildSurroundings(booths.length, signs), [booths.length, signs]);
  useEffect(() => () => hall.dispose(), [hall]);
  useEffect(() => () => surroundings.dispose(), [surroundings]);

  const onBooth = (e: ThreeEvent<MouseEvent>) => {
    if (e.instanceId === undefined || !('count' in e.object)) return;
    e.stopPropagation();
    const perBooth = Math.max(1, Math.round((e.object.count as number) / booths.length));
    const booth = Math.floor(e.instanceId / perBooth);
    if (booths[booth]) walkTo(grid, frontOf(booths[booth]), booth);
  };
  const onFloor = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    walkTo(grid, { x: e.point.x, z: e.point.z });
  };

  return (
    <>
      <color attach="background" args={['#dce7ee']} />
      <fog attach="fog" args={['#dce7ee', 50, 190]} />
      <hemisphereLight args={['#ffffff', '#b9a88f', 2.2]} />
      <directionalLight position={[40, 80, -30]} intensity={1.5} />
      <primitive object={hall.group} onClick={onBooth} />
      <primitive object={surroundings.group} onClick={onFloor} />
      {pictures && <PicturePanels booths={booths} socket={socket} slug={slug} phone={phone} />}
      <Badges booths={booths} />
      <Peers />
      <Player booths={booths} grid={grid} socket={socket} onArrive={onArrive} onNear={onNear} />
    </>
  );
}
