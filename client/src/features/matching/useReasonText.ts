import type { SuggestionReason } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';

/**
 * A suggestion's reasons in the reader's language ("sells keripik, halal, export-ready"). The server sends
 * codes with parameters (docs/decisions/0015-suggested-partners.md); `side` says whose point of view: a
 * buyer reading about an exhibitor, or exhibitor staff reading about a buyer.
 */
export function useReasonText(side: 'buyer' | 'exhibitor') {
  const { t, i18n } = useTranslation();
  return (reasons: SuggestionReason[]): string =>
    reasons
      .map(({ code, params }) => {
        const values = params.category
          ? { ...params, category: t(`categories.${params.category}` as 'categories.makanan') }
          : params;
        const own = `suggest.buyerReason.${code}`;
        const key = side === 'exhibitor' && i18n.exists(own) ? own : `suggest.reason.${code}`;
        return t(key as 'suggest.reason.sought', values as { term: string });
      })
      .join(', ');
}
