import { CATEGORIES, HALL, hallBounds, zoneRect, type RankedBooth } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';

/** White → amber → red as a booth gets busier (share of the busiest booth). */
function heat(f: number): string {
  if (f <= 0) return '#f1f5f9';
  const hue = 45 - 45 * f;
  return `hsl(${hue.toFixed(0)} 90% ${(70 - 25 * f).toFixed(0)}%)`;
}

/**
 * The hall plan seen from above (zones from the shared hall geometry), each booth coloured by how busy it
 * is: people there now, or visits so far. Plain SVG; metres are the user units.
 */
export function HeatMap({
  booths,
  metric,
  onSelect,
}: {
  booths: RankedBooth[];
  metric: 'liveVisitors' | 'visits';
  onSelect?: (b: RankedBooth) => void;
}) {
  const { t } = useTranslation();
  const b = hallBounds();
  const max = Math.max(1, ...booths.map((x) => x[metric]));
  const s = HALL.boothSize;
  return (
    <svg
      className="heatmap"
      role="img"
      aria-label={t('console.overview.heatmap')}
      viewBox={`${b.minX} ${b.minZ} ${b.maxX - b.minX} ${b.maxZ - b.minZ}`}
      data-testid="console-heatmap"
    >
      <rect
        x={b.minX}
        y={b.minZ}
        width={b.maxX - b.minX}
        height={b.maxZ - b.minZ}
        className="heatmap__floor"
      />
      {CATEGORIES.map((c) => {
        const z = zoneRect(c);
        return (
          <g key={c}>
            <rect x={z.x0} y={z.z0} width={z.x1 - z.x0} height={z.z1 - z.z0} className="heatmap__zone" />
            <text x={z.x0 + 1} y={z.z0 + 3.2} className="heatmap__label">
              {t(`categories.${c}`)}
            </text>
          </g>
        );
      })}
      {booths.map((x) => (
        <rect
          key={x.boothId}
          x={x.position.x - s / 2 + 0.4}
          y={x.position.z + 0.4}
          width={s - 0.8}
          height={s - 0.8}
          rx={0.6}
          fill={heat(x[metric] / max)}
          className="heatmap__booth"
          onClick={() => onSelect?.(x)}
        >
          <title>{`${x.name}: ${x[metric]}`}</title>
        </rect>
      ))}
    </svg>
  );
}
