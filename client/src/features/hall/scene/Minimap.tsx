import { hallBounds, type BoothSummary } from '@pameran/contracts';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { livePeers } from '../../../stores/hall/peers';
import { walker } from './walker';

const W = 200;
const bounds = hallBounds();
const H = Math.round((W * (bounds.maxZ - bounds.minZ)) / (bounds.maxX - bounds.minX));
const scale = W / (bounds.maxX - bounds.minX);
/** The map is drawn as the camera sees the hall: into the hall is up, world −x is to the right. */
const toMap = (x: number, z: number) => ({ px: (bounds.maxX - x) * scale, py: (bounds.maxZ - z) * scale });

/** The hall from above (2D canvas): zones and booths, the peers around us and where we stand; click to walk. */
export function Minimap({ booths, onWalk }: { booths: BoothSummary[]; onWalk(x: number, z: number): void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    el.width = W * dpr;
    el.height = H * dpr;
    // The booths never move: draw them once, then only the walkers on top.
    const still = document.createElement('canvas');
    still.width = el.width;
    still.height = el.height;
    const s = still.getContext('2d');
    if (!s) return;
    s.scale(dpr, dpr);
    s.fillStyle = 'rgba(255,255,255,0.92)';
    s.fillRect(0, 0, W, H);
    for (const b of booths) {
      const { px, py } = toMap(b.position.x + 3, b.position.z + 6);
      s.fillStyle = b.colour;
      s.fillRect(px, py, 6 * scale - 0.4, 6 * scale - 0.4);
    }
    ctx.scale(dpr, dpr);
    const draw = () => {
      ctx.clearRect(0, 0, W, H);
      ctx.drawImage(still, 0, 0, W, H);
      ctx.fillStyle = '#3d5a80';
      for (const p of livePeers.values()) {
        const { px, py } = toMap(p.rx, p.rz);
        ctx.fillRect(px - 1.5, py - 1.5, 3, 3);
      }
      const me = toMap(walker.x, walker.z);
      ctx.save();
      ctx.translate(me.px, me.py);
      ctx.rotate(-walker.ry); // ry 0 faces into the hall: up on the map
      ctx.fillStyle = '#e0a526';
      ctx.strokeStyle = '#2b2118';
      ctx.beginPath();
      ctx.moveTo(0, -6);
      ctx.lineTo(4.5, 4.5);
      ctx.lineTo(-4.5, 4.5);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      ctx.restore();
    };
    draw();
    const timer = setInterval(() => document.visibilityState === 'visible' && draw(), 200);
    return () => clearInterval(timer);
  }, [booths]);

  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * W;
    const py = ((e.clientY - r.top) / r.height) * H;
    onWalk(bounds.maxX - px / scale, bounds.maxZ - py / scale);
  };

  return (
    <canvas
      ref={canvas}
      className="minimap"
      style={{ width: W, height: H }}
      aria-label={t('hallview.scene.minimap')}
      role="img"
      data-testid="minimap"
      onClick={onClick}
    />
  );
}
