import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { walker } from './walker';

const RADIUS = 48;

/** A thumb stick for phones (shown on touch screens by the styles): drag to walk. */
export function TouchJoystick() {
  const { t } = useTranslation();
  const origin = useRef<{ x: number; y: number } | null>(null);
  const [knob, setKnob] = useState({ x: 0, y: 0 });

  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (!origin.current) return;
    let dx = e.clientX - origin.current.x;
    let dy = e.clientY - origin.current.y;
    const len = Math.hypot(dx, dy);
    if (len > RADIUS) {
      dx = (dx / len) * RADIUS;
      dy = (dy / len) * RADIUS;
    }
    setKnob({ x: dx, y: dy });
    walker.input.joyX = dx / RADIUS;
    walker.input.joyZ = -dy / RADIUS;
    walker.wake();
  };
  const end = () => {
    origin.current = null;
    setKnob({ x: 0, y: 0 });
    walker.input.joyX = 0;
    walker.input.joyZ = 0;
  };

  return (
    <div
      className="joystick"
      aria-hidden="true"
      title={t('hallview.scene.joystick')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const r = e.currentTarget.getBoundingClientRect();
        origin.current = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        move(e);
      }}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <span className="joystick__knob" style={{ transform: `translate(${knob.x}px, ${knob.y}px)` }} />
    </div>
  );
}
