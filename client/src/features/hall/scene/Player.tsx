import type { BoothSummary } from '@pameran/contracts';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3, type Group } from 'three';
import type { HallSocket } from '../../../lib/socket';
import { useReducedMotion } from '../../../lib/useReducedMotion';
import { blockedAt, type WalkGrid } from './walkGrid';
import { inputDirection, nearestBooth, walker } from './walker';

const SPEED = 7; // m/s
const FLIGHT_S = 1.4;
const MOVE_EVERY_MS = 100; // the server takes ≤ 10 moves a second
const CAMERA_BACK = 12;
const CAMERA_UP = 13;
const LOOK_AHEAD = 10;

interface PlayerProps {
  booths: BoothSummary[];
  grid: WalkGrid;
  socket: HallSocket | null;
  /** We walked into a booth, or arrived at one we were sent to. */
  onArrive(booth: number): void;
  /** The booth in front of us changed (-1: none). */
  onNear(booth: number): void;
}

const camTarget = new Vector3();
const lookAt = new Vector3();
const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The visitor: walks by keys, joystick, clicks (paths) and search flights; the camera follows. */
export function Player({ booths, grid, socket, onArrive, onNear }: PlayerProps) {
  const body = useRef<Group>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const last = useRef({ sentAt: 0, x: NaN, z: NaN, near: -2, bumped: -1 });
  // Reduced motion: a search jumps to the booth and the camera sits behind us, no flight, no glide.
  const reduced = useReducedMotion();

  useEffect(() => {
    walker.wake = () => invalidate();
    camera.position.set(walker.x, CAMERA_UP, walker.z - CAMERA_BACK);
    camera.lookAt(walker.x, 1, walker.z + LOOK_AHEAD);
    invalidate();
  }, [camera, invalidate]);

  useFrame((_, delta) => {
    const dt = Math.min(delta, 0.1);
    const { sx, sz } = inputDirection();
    let moving = false;
    let lift = 0;
    if (sx !== 0 || sz !== 0) {
      walker.path = [];
      walker.goal = -1;
      walker.flight = null;
      // The camera looks into the hall (+z), so screen-right is −x.
      const dx = -sx * SPEED * dt;
      const dz = sz * SPEED * dt;
      const hitX = blockedAt(grid, walker.x + dx, walker.z);
      if (hitX === 0) walker.x += dx;
      const hitZ = blockedAt(grid, walker.x, walker.z + dz);
      if (hitZ === 0) walker.z += dz;
      const hit = hitZ > 0 && dz > 0 ? hitZ : hitX > 0 ? hitX : 0;
      // Walking into a booth's front is entering it (once, until we step away).
      if (hit > 0 && hit - 1 !== last.current.bumped && booths[hit - 1].position.z >= walker.z) {
        last.current.bumped = hit - 1;
        onArrive(hit - 1);
      }
      walker.ry = Math.atan2(-sx, sz);
      moving = true;
    } else if (walker.flight) {
      const f = walker.flight;
      f.t = reduced ? 1 : Math.min(1, f.t + dt / FLIGHT_S);
      const k = ease(f.t);
      walker.x = f.from.x + (f.to.x - f.from.x) * k;
      walker.z = f.from.z + (f.to.z - f.from.z) * k;
      lift = reduced ? 0 : Math.sin(Math.PI * f.t) * 30;
      walker.ry = 0;
      moving = true;
      if (f.t >= 1) {
        walker.flight = null;
        onArrive(f.booth);
      }
    } else if (walker.path.length > 0) {
      const p = walker.path[0];
      const dx = p.x - walker.x;
      const dz = p.z - walker.z;
      const dist = Math.hypot(dx, dz);
      const step = SPEED * dt;
      if (dist <= step) {
        walker.x = p.x;
        walker.z = p.z;
        walker.path.shift();
        if (walker.path.length === 0 && walker.goal >= 0) {
          walker.ry = 0;
          onArrive(walker.goal);
          walker.goal = -1;
        }
      } else {
        walker.x += (dx / dist) * step;
        walker.z += (dz / dist) * step;
        walker.ry = Math.atan2(dx, dz);
      }
      moving = true;
    }

    body.current?.position.set(walker.x, 0, walker.z);
    body.current?.rotation.set(0, walker.ry, 0);
    camTarget.set(walker.x, CAMERA_UP + lift, walker.z - CAMERA_BACK - lift * 0.3);
    const follow = reduced ? 1 : 1 - Math.exp(-dt * (walker.flight ? 12 : 6));
    camera.position.lerp(camTarget, follow);
    lookAt.set(walker.x, 1, walker.z + LOOK_AHEAD);
    camera.lookAt(lookAt);
    const settling = camera.position.distanceToSquared(camTarget) > 0.0004;

    const l = last.current;
    if (walker.x !== l.x || walker.z !== l.z) {
      const now = performance.now();
      // Throttled while walking; the spot where we stop is always sent.
      if (now - l.sentAt >= MOVE_EVERY_MS || !moving) {
        socket?.volatile.emit('move', { x: walker.x, z: walker.z, ry: walker.ry });
        Object.assign(l, { sentAt: now, x: walker.x, z: walker.z });
      }
      const near = nearestBooth(booths, walker.x, walker.z);
      if (near !== l.near) {
        l.near = near;
        onNear(near);
      }
      if (l.bumped >= 0 && near !== l.bumped) l.bumped = -1;
    }
    if (moving || settling) invalidate();
  });

  return (
    <group ref={body}>
      <mesh position={[0, 0.9, 0]}>
        <capsuleGeometry args={[0.38, 1, 4, 12]} />
        <meshLambertMaterial color="#1f6f50" />
      </mesh>
      <mesh position={[0, 1.45, 0.38]} rotation={[Math.PI / 2, 0, 0]}>
        <coneGeometry args={[0.16, 0.35, 12]} />
        <meshLambertMaterial color="#e0a526" />
      </mesh>
    </group>
  );
}
