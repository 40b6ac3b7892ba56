import { regionLabel, type BoothSummary } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { zoneStyle } from '../../lib/zone';
import { useFairPath } from '../fair/useFairSlug';

/** A booth in a category list: logo, name, region, how many products and who is there now. */
export function BoothCard({ booth }: { booth: BoothSummary }) {
  const { t } = useTranslation();
  const at = useFairPath();
  return (
    <Link
      to={at(`/booths/${booth.id}`)}
      className="booth-card"
      data-testid="booth-card"
      style={zoneStyle(booth.colour)}
    >
      <img
        className="booth-card__logo"
        src={booth.logoUrl}
        alt=""
        width={64}
        height={64}
        loading="lazy"
        decoding="async"
      />
      <span className="booth-card__text">
        <strong className="booth-card__name">{booth.name}</strong>
        <span className="muted">{regionLabel(booth.region)}</span>
        <span className="booth-card__meta">
          {t('booth.products', { count: booth.productCount })}
          {booth.liveVisitors > 0 && (
            <span className="booth-card__live"> · {t('booth.live', { count: booth.liveVisitors })}</span>
          )}
        </span>
      </span>
    </Link>
  );
}
