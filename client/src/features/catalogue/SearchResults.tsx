import type { ProductWithBooth } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { fairApi } from '../../lib/endpoints';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/useAsync';
import { ProductCard } from './ProductCard';
import { toQuery, type SearchState } from './searchParams';
import { useFairSlug } from '../fair/useFairSlug';

const PAGE = 20;

/** Products matching a search, 20 at a time. Mounted with `key` = the query, so a new search starts over. */
export function SearchResults({ search, queryKey }: { search: SearchState; queryKey: string }) {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const first = useAsync(queryKey, (signal) =>
    fairApi.products(slug, { ...toQuery(search), limit: PAGE }, signal),
  );
  const [more, setMore] = useState<{ items: ProductWithBooth[]; cursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const loadMore = async (cursor: string) => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fairApi.products(slug, { ...toQuery(search), limit: PAGE, cursor });
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], cursor: page.nextCursor }));
    } catch (e) {
      setMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="results-title" data-testid="search-results">
      <AsyncContent result={first} isEmpty={(list) => list.items.length === 0} empty={t('search.noResults')}>
        {(list) => {
          const items = [...list.items, ...(more?.items ?? [])];
          const cursor = more ? more.cursor : list.nextCursor;
          return (
            <>
              <h2 id="results-title" aria-live="polite">
                {t('search.results', { count: list.total })}
              </h2>
              <div className="product-grid product-grid--compact">
                {items.map((product) => (
                  <ProductCard key={product.id} product={product} />
                ))}
              </div>
              {moreError !== null && (
                <p className="form__error" role="alert">
                  {errorMessage(moreError, t)}
                </p>
              )}
              {cursor && (
                <button
                  type="button"
                  className="button button--secondary button--wide"
                  disabled={loadingMore}
                  onClick={() => void loadMore(cursor)}
                >
                  {loadingMore ? t('common.loading') : t('search.more')}
                </button>
              )}
            </>
          );
        }}
      </AsyncContent>
    </section>
  );
}
