import { Category, type ProductQuery } from '@pameran/contracts';

/** The product search as it lives in the URL (?q=&category=&halal=1&export=1), so Back and links keep it. */
export interface SearchState {
  q: string;
  category: Category | '';
  halal: boolean;
  exportReady: boolean;
}

export function readSearch(params: URLSearchParams): SearchState {
  const category = Category.safeParse(params.get('category'));
  return {
    q: params.get('q') ?? '',
    category: category.success ? category.data : '',
    halal: params.get('halal') === '1',
    exportReady: params.get('export') === '1',
  };
}

export function writeSearch(s: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (s.q.trim()) params.set('q', s.q.trim());
  if (s.category) params.set('category', s.category);
  if (s.halal) params.set('halal', '1');
  if (s.exportReady) params.set('export', '1');
  return params;
}

export function isSearching(s: SearchState): boolean {
  return Boolean(s.q.trim() || s.category || s.halal || s.exportReady);
}

export function toQuery(s: SearchState): Partial<ProductQuery> {
  return {
    q: s.q.trim() || undefined,
    category: s.category || undefined,
    halal: s.halal || undefined,
    exportReady: s.exportReady || undefined,
  };
}
