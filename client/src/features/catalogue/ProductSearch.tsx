import { CATEGORIES, type Category } from '@pameran/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchState } from './searchParams';

const TYPING_PAUSE_MS = 350;

interface ProductSearchProps {
  search: SearchState;
  onChange(next: SearchState): void;
}

/** Search box with category, halal and export-ready filters; typing searches after a short pause. */
export function ProductSearch({ search, onChange }: ProductSearchProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(search.q);
  const [syncedQ, setSyncedQ] = useState(search.q);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL changed under us (Back, a link): show its query, unless it is what we are typing.
  if (search.q !== syncedQ) {
    setSyncedQ(search.q);
    if (search.q !== draft.trim()) setDraft(search.q);
  }

  const commit = (patch: Partial<SearchState>) => {
    clearTimeout(timer.current);
    onChange({ ...search, q: draft, ...patch });
  };
  const type = (q: string) => {
    setDraft(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange({ ...search, q }), TYPING_PAUSE_MS);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    commit({});
  };

  return (
    <form className="search" role="search" onSubmit={onSubmit}>
      <div className="search__row">
        <input
          type="search"
          className="search__input"
          data-testid="search-input"
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          enterKeyHint="search"
          maxLength={100}
          value={draft}
          onChange={(e) => type(e.target.value)}
        />
        <button type="submit" className="button button--primary" data-testid="search-submit">
          {t('search.submit')}
        </button>
      </div>
      <div className="search__filters">
        <select
          aria-label={t('search.category')}
          data-testid="search-category"
          value={search.category}
          onChange={(e) => commit({ category: e.target.value as Category | '' })}
        >
          <option value="">{t('search.allCategories')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>
        <label className="check check--pill">
          <input
            type="checkbox"
            data-testid="filter-halal"
            checked={search.halal}
            onChange={(e) => commit({ halal: e.target.checked })}
          />
          <span>{t('product.halal')}</span>
        </label>
        <label className="check check--pill">
          <input
            type="checkbox"
            data-testid="filter-export"
            checked={search.exportReady}
            onChange={(e) => commit({ exportReady: e.target.checked })}
          />
          <span>{t('product.exportReady')}</span>
        </label>
      </div>
    </form>
  );
}
