import { BUYER_TYPES, CATEGORIES, type BuyerDirectoryFilter } from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import '../../styles/directory.css';
import { useAsync } from '../../lib/useAsync';
import { RequireBooth } from '../exhibitor/RequireBooth';
import { BuyerCardView } from './BuyerCardView';
import { directoryApi } from './directoryApi';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

const PAGE_SIZE = 12;
type Filters = Pick<BuyerDirectoryFilter, 'country' | 'category' | 'type' | 'language' | 'q'>;

/** The back office's "Buyers": listed buyers, filtered by country, interest, company type, language and company. */
export function BuyerDirectoryPage() {
  const { t } = useTranslation();
  return <RequireBooth title={t('directory.title')}>{() => <Directory />}</RequireBooth>;
}

function Directory() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const at = useFairPath();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const query = { ...filters, page, pageSize: PAGE_SIZE };
  const result = useAsync(`buyers:${JSON.stringify(query)}`, (signal) =>
    directoryApi.buyers(slug, query, signal),
  );
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (k: string) => (data.get(k) as string | null)?.trim() || undefined;
    setFilters({
      country: value('country')?.toUpperCase(),
      category: value('category') as Filters['category'],
      type: value('type') as Filters['type'],
      language: value('language')?.toLowerCase(),
      q: value('q'),
    });
    setPage(1);
  };
  return (
    <div className="directory" data-testid="buyer-directory">
      <p className="muted">{t('directory.intro')}</p>
      <form className="card directory__filters" onSubmit={apply} aria-label={t('directory.filters')}>
        <label className="field">
          {t('directory.search')}
          <input name="q" type="search" maxLength={100} data-testid="directory-q" />
        </label>
        <label className="field">
          {t('directory.country')}
          <input name="country" maxLength={2} data-testid="directory-country" />
        </label>
        <label className="field">
          {t('directory.category')}
          <select name="category" defaultValue="">
            <option value="">{t('directory.any')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('directory.type')}
          <select name="type" defaultValue="">
            <option value="">{t('directory.any')}</option>
            {BUYER_TYPES.map((b) => (
              <option key={b} value={b}>
                {t(`buyerType.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('directory.language')}
          <input name="language" maxLength={2} />
        </label>
        <button type="submit" className="button button--primary" data-testid="directory-apply">
          {t('directory.apply')}
        </button>
      </form>
      <AsyncContent result={result}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          return (
            <>
              <p className="muted" data-testid="directory-count">
                {t('directory.count', { count: data.total })}
              </p>
              {data.items.length === 0 && <p className="notice notice--empty">{t('directory.none')}</p>}
              <ul className="directory__list">
                {data.items.map((b) => (
                  <li key={b.id} className="card buyer-card" data-testid="buyer-card">
                    <BuyerCardView buyer={b} />
                    <Link
                      className="button button--secondary button--small"
                      to={at(`/exhibitor/buyers/${b.id}`)}
                    >
                      {t('directory.open')}
                    </Link>
                  </li>
                ))}
              </ul>
              {pages > 1 && (
                <nav className="directory__pager">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={page <= 1}
                    onClick={() => setPage(page - 1)}
                  >
                    {t('directory.prev')}
                  </button>
                  <span>{t('directory.page', { page, pages })}</span>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={page >= pages}
                    onClick={() => setPage(page + 1)}
                  >
                    {t('directory.next')}
                  </button>
                </nav>
              )}
            </>
          );
        }}
      </AsyncContent>
    </div>
  );
}
