import type { BuyerCard } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatCount } from '../../lib/format';

/** What the directory shows of a buyer: company, country, type, interests, what they seek, languages, volume. */
export function BuyerCardView({ buyer }: { buyer: BuyerCard }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  return (
    <>
      <h2 className="buyer-card__company">{buyer.company}</h2>
      <p className="muted">
        {buyer.name} · {buyer.country} · {t(`buyerType.${buyer.type}`)}
      </p>
      {buyer.categories.length > 0 && (
        <p className="buyer-card__tags">
          {buyer.categories.map((c) => (
            <span key={c} className="tag">
              {t(`categories.${c}`)}
            </span>
          ))}
        </p>
      )}
      {buyer.productsSought.length > 0 && (
        <p>
          <span className="muted">{t('directory.sought')}:</span> {buyer.productsSought.join(', ')}
        </p>
      )}
      {buyer.certifications.length > 0 && (
        <p>
          <span className="muted">{t('directory.certifications')}:</span>{' '}
          {buyer.certifications.map((c) => c.toUpperCase()).join(', ')}
        </p>
      )}
      {buyer.languages.length > 0 && (
        <p>
          <span className="muted">{t('directory.languages')}:</span> {buyer.languages.join(', ')}
        </p>
      )}
      {buyer.monthlyVolume !== null && (
        <p className="muted">{t('directory.volume', { volume: formatCount(buyer.monthlyVolume, lang) })}</p>
      )}
    </>
  );
}
