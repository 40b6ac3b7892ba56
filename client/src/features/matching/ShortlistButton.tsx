import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { sourcingApi } from '../../lib/matchingApi';
import { useSession } from '../../stores/session';

/** The buyer's shortlisted product ids, loaded once and kept in step with every toggle. */
export const useShortlist = create<{
  ids: Set<string> | null;
  load(): void;
  toggle(id: string): Promise<void>;
}>()((set, get) => ({
  ids: null,
  load: () => {
    if (get().ids) return;
    set({ ids: new Set() });
    sourcingApi.shortlist().then(
      (items) => set({ ids: new Set(items.map((i) => i.productId)) }),
      () => set({ ids: null }),
    );
  },
  toggle: async (id) => {
    const has = get().ids?.has(id);
    const items = await (has ? sourcingApi.removeFromShortlist(id) : sourcingApi.addToShortlist(id));
    set({ ids: new Set(items.map((i) => i.productId)) });
  },
}));

/** "Shortlist" on a product, for buyers. */
export function ShortlistButton({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const isBuyer = useSession((s) => s.user?.role === 'buyer');
  const { ids, load, toggle } = useShortlist();
  useEffect(() => {
    if (isBuyer) load();
  }, [isBuyer, load]);
  if (!isBuyer) return null;
  const on = ids?.has(productId) ?? false;
  return (
    <button
      type="button"
      className={`button button--small ${on ? 'button--primary' : 'button--secondary'}`}
      aria-pressed={on}
      onClick={() => void toggle(productId)}
      data-testid="shortlist-toggle"
    >
      {on ? t('matching.shortlist.on') : t('matching.shortlist.add')}
    </button>
  );
}
