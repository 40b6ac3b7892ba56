import type { Product } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';

/** Halal, P-IRT and BPOM registrations (when the product has a number) and export readiness. */
export function ProductBadges({ product }: { product: Product }) {
  const { t } = useTranslation();
  const badges = [
    product.halalNumber && { key: 'halal', label: t('product.halal'), title: product.halalNumber },
    product.pirtNumber && { key: 'pirt', label: t('product.pirt'), title: product.pirtNumber },
    product.bpomNumber && { key: 'bpom', label: t('product.bpom'), title: product.bpomNumber },
    product.exportReady && {
      key: 'export',
      label: t('product.exportReady'),
      title: t('product.exportReadyHint'),
    },
  ].filter((b) => !!b);
  if (badges.length === 0) return null;
  return (
    <ul className="badges" aria-label={t('product.certificates')}>
      {badges.map((b) => (
        <li key={b.key} className={`chip chip--${b.key}`} title={b.title}>
          {b.label}
        </li>
      ))}
    </ul>
  );
}
