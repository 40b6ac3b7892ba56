import { CATEGORIES, type Category } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { fairApi } from '../../lib/endpoints';
import { formatCount } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { zoneStyle } from '../../lib/zone';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

/** Booths per category, from each list's `total` (one booth fetched per category, not all 500). */
async function boothCounts(slug: string, signal: AbortSignal): Promise<Record<Category, number>> {
  const totals = await Promise.all(
    CATEGORIES.map((category) => fairApi.booths(slug, { category, limit: 1 }, signal)),
  );
  return Object.fromEntries(CATEGORIES.map((c, i) => [c, totals[i].total])) as Record<Category, number>;
}

/** The eight hall zones; links work before (or without) their booth counts. */
export function CategoryGrid() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const counts = useAsync(`booth-counts:${slug}`, (signal) => boothCounts(slug, signal));

  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('catalogue.categories')}</h2>
      {counts.error !== undefined && (
        <p className="notice notice--error" role="alert">
          {t('catalogue.countsFailed')}{' '}
          <button type="button" className="link-button" onClick={counts.reload}>
            {t('common.retry')}
          </button>
        </p>
      )}
      <ul className="category-grid">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <Link
              to={at(`/catalogue/${category}`)}
              className="category-card"
              style={zoneStyle(category)}
              data-testid="category-link"
              data-category={category}
            >
              <span className="category-card__swatch" aria-hidden="true" />
              <span className="category-card__name">{t(`categories.${category}`)}</span>
              <span className="category-card__count muted">
                {counts.data
                  ? t('catalogue.booths', {
                      count: counts.data[category],
                      formatted: formatCount(counts.data[category], lang),
                    })
                  : '…'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
