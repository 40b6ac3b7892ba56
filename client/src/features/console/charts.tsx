import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown (money, counts in the UI language). */
  display: string;
  colour?: string;
}

/** Horizontal bars, longest first as given; plain SVG, scaled to the largest value. */
export function BarList({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 26;
  return (
    <svg
      className="chart chart--bars"
      role="img"
      aria-label={title}
      viewBox={`0 0 400 ${Math.max(rowH, bars.length * rowH)}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((b, i) => (
        <g key={b.key} transform={`translate(0 ${i * rowH})`}>
          <title>{`${b.label}: ${b.display}`}</title>
          <text x={0} y={rowH / 2 + 4} className="chart__label">
            {b.label}
          </text>
          <rect
            x={150}
            y={5}
            height={rowH - 10}
            width={Math.max(2, (b.value / max) * 160)}
            rx={3}
            fill={b.colour ?? 'var(--console-accent, #0f766e)'}
          />
          <text x={150 + Math.max(2, (b.value / max) * 160) + 6} y={rowH / 2 + 4} className="chart__value">
            {b.display}
          </text>
        </g>
      ))}
    </svg>
  );
}

export interface Line {
  key: string;
  label: string;
  colour: string;
  points: { t: number; y: number }[];
}

const W = 640;
const H = 220;
const PAD = { l: 44, r: 12, t: 12, b: 28 };

/** Lines over time (x: instants, y: counts) with a y axis, hour ticks and a legend; plain SVG. */
export function LineChart({
  lines,
  title,
  formatTime,
}: {
  lines: Line[];
  title: string;
  formatTime: (t: number) => string;
}) {
  const clip = useId();
  const all = lines.flatMap((l) => l.points);
  const t0 = Math.min(...all.map((p) => p.t));
  const t1 = Math.max(...all.map((p) => p.t), t0 + 1);
  const yMax = Math.max(1, ...all.map((p) => p.y));
  const x = (t: number) => PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => H - PAD.b - (v / yMax) * (H - PAD.t - PAD.b);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * yMax));
  const xTicks = all.length ? [t0, t0 + (t1 - t0) / 2, t1] : [];
  return (
    <figure className="chart-figure">
      <svg className="chart chart--lines" role="img" aria-label={title} viewBox={`0 0 ${W} ${H}`}>
        <defs>
          <clipPath id={clip}>
            <rect x={PAD.l} y={0} width={W - PAD.l - PAD.r} height={H} />
          </clipPath>
        </defs>
        {yTicks.map((v, i) => (
          <g key={i}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} className="chart__grid" />
            <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="chart__tick">
              {v}
            </text>
          </g>
        ))}
        {xTicks.map((t, i) => (
          <text
            key={i}
            x={x(t)}
            y={H - 8}
            textAnchor={i === 0 ? 'start' : i === 2 ? 'end' : 'middle'}
            className="chart__tick"
          >
            {formatTime(t)}
          </text>
        ))}
        <g clipPath={`url(#${clip})`}>
          {lines.map((l) => (
            <polyline
              key={l.key}
              fill="none"
              stroke={l.colour}
              strokeWidth={2}
              points={l.points.map((p) => `${x(p.t).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ')}
            >
              <title>{l.label}</title>
            </polyline>
          ))}
        </g>
      </svg>
      <figcaption className="chart__legend">
        {lines.map((l) => (
          <span key={l.key}>
            <i style={{ background: l.colour }} aria-hidden="true" /> {l.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
