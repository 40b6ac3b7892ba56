import { regionLabel, type ProductWithBooth } from '@pameran/contracts';
import { useDeferredValue, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { fairApi } from '../../lib/endpoints';
import { formatRupiah } from '../../lib/format';
import { useHallBooths } from '../../stores/hall/booths';
import { searchBooths } from './search';
import { useFairSlug } from '../fair/useFairSlug';

const PRODUCT_DELAY_MS = 300;

/** Booths by name (instantly, from the loaded hall) and products (from the server); picking one goes there. */
export function HallSearch({ onPick }: { onPick: (boothId: string) => void }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const id = useId();
  const slug = useFairSlug();
  const booths = useHallBooths((s) => s.booths);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const [products, setProducts] = useState<{ q: string; items: ProductWithBooth[] }>({ q: '', items: [] });
  const boothHits = useMemo(() => searchBooths(booths, deferred, 6), [booths, deferred]);

  useEffect(() => {
    if (deferred.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fairApi.products(slug, { q: deferred, limit: 5 }, controller.signal).then(
        (r) => setProducts({ q: deferred, items: r.items }),
        () => undefined, // the booth matches still help; a failed product search shows nothing
      );
    }, PRODUCT_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug, deferred]);

  const productHits = products.q === deferred && deferred.length >= 2 ? products.items : [];
  const choose = (boothId: string) => {
    setQuery('');
    onPick(boothId);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const first = boothHits[0]?.id ?? productHits[0]?.boothId;
    if (first) choose(first);
  };
  const open = deferred.length > 0;

  return (
    <form role="search" className="hall-search" onSubmit={onSubmit} aria-label={t('hallview.search.label')}>
      <label className="hall-sr-only" htmlFor={`${id}-q`}>
        {t('hallview.search.label')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className="hall-search__input"
        data-testid="hall-search"
        placeholder={t('hallview.search.placeholder')}
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
      />
      {open && (
        <div className="hall-search__results" aria-live="polite">
          {boothHits.length + productHits.length === 0 ? (
            <p className="muted hall-search__none">{t('hallview.search.none')}</p>
          ) : (
            <ul>
              {boothHits.map((b) => (
                <li key={b.id}>
                  <button type="button" data-testid="search-booth" onClick={() => choose(b.id)}>
                    <strong>{b.name}</strong>
                    <span className="muted">{regionLabel(b.region)}</span>
                  </button>
                </li>
              ))}
              {productHits.map((p) => (
                <li key={p.id}>
                  <button type="button" data-testid="search-product" onClick={() => choose(p.boothId)}>
                    <strong>{pick(p.name)}</strong>
                    <span className="muted">
                      {formatRupiah(p.priceRupiah)} · {p.boothName}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
