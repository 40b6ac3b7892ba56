import { Category, regionLabel, type BoothSummary } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { fairApi } from '../../lib/endpoints';
import { useAsync } from '../../lib/useAsync';
import { zoneStyle } from '../../lib/zone';
import { NotFoundPage } from '../frame/NotFoundPage';
import { BoothCard } from './BoothCard';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

function matches(booth: BoothSummary, needle: string): boolean {
  return `${booth.name} ${regionLabel(booth.region)}`.toLowerCase().includes(needle);
}

/** All booths of one category (hall zone), with a quick filter by name or region. */
export function CategoryPage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const parsed = Category.safeParse(useParams().category);
  const category = parsed.success ? parsed.data : null;
  const booths = useAsync(category && `booths:${slug}:${category}`, (signal) =>
    fairApi.booths(slug, { category: category ?? undefined }, signal),
  );
  const [filter, setFilter] = useState('');
  if (!category) return <NotFoundPage />;

  const needle = filter.trim().toLowerCase();
  return (
    <div className="category-page" style={zoneStyle(category)}>
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to={at('/catalogue')}>{t('catalogue.title')}</Link>
      </nav>
      <h1 className="zone-title">{t(`categories.${category}`)}</h1>
      <input
        className="filter"
        type="search"
        data-testid="booth-filter"
        placeholder={t('catalogue.filterBooths')}
        aria-label={t('catalogue.filterBooths')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <AsyncContent
        result={booths}
        isEmpty={(list) => list.items.length === 0}
        empty={t('catalogue.noBooths')}
      >
        {(list) => {
          const shown = needle ? list.items.filter((b) => matches(b, needle)) : list.items;
          return (
            <>
              <p className="muted" aria-live="polite">
                {t('catalogue.boothCount', { count: shown.length })}
              </p>
              {shown.length === 0 ? (
                <p className="notice notice--empty">{t('catalogue.noMatch')}</p>
              ) : (
                <ul className="booth-grid">
                  {shown.map((booth) => (
                    <li key={booth.id}>
                      <BoothCard booth={booth} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </AsyncContent>
    </div>
  );
}
