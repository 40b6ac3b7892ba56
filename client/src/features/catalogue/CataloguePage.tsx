import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CategoryGrid } from './CategoryGrid';
import { ProductSearch } from './ProductSearch';
import { SearchResults } from './SearchResults';
import { isSearching, readSearch, writeSearch, type SearchState } from './searchParams';

/** The plain catalogue: search every product, or browse the eight hall zones. */
export function CataloguePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const key = writeSearch(search).toString();
  const onChange = (next: SearchState) => setParams(writeSearch(next), { replace: isSearching(search) });

  return (
    <div className="catalogue">
      <h1>{t('catalogue.title')}</h1>
      <p className="muted">{t('catalogue.intro')}</p>
      <ProductSearch search={search} onChange={onChange} />
      {isSearching(search) ? <SearchResults key={key} queryKey={key} search={search} /> : <CategoryGrid />}
    </div>
  );
}
