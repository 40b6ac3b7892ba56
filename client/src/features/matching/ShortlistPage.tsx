import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { fairApi } from '../../lib/endpoints';
import { sourcingApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import { ProductCard } from '../catalogue/ProductCard';
import { SuggestedExhibitors } from './SuggestedExhibitors';
import { useFairPath } from '../fair/useFairSlug';

/** The buyer's shortlist, grouped by booth, with a way to ask each exhibitor for a meeting. */
export function ShortlistPage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const user = useSession((s) => s.user);
  const data = useAsync(user ? 'shortlist' : null, async (signal) => {
    const items = await sourcingApi.shortlist(signal);
    const boothIds = [...new Set(items.map((i) => i.boothId).filter((b): b is string => b !== null))];
    const booths = await Promise.all(boothIds.map((id) => fairApi.booth(id, signal)));
    const wanted = new Set(items.map((i) => i.productId));
    return booths.map((b) => ({ booth: b, products: b.products.filter((p) => wanted.has(p.id)) }));
  });
  if (!user || user.isGuest)
    return <Navigate to={`/login?next=${encodeURIComponent(at('/shortlist'))}`} replace />;
  return (
    <div className="matching" data-testid="shortlist-page">
      <SuggestedExhibitors />
      <h1>{t('matching.shortlist.title')}</h1>
      <AsyncContent result={data} isEmpty={(d) => d.length === 0} empty={t('matching.shortlist.empty')}>
        {(groups) =>
          groups.map(({ booth, products }) => (
            <section key={booth.id} className="card">
              <div className="request__head">
                <h2>
                  <Link to={at(`/booths/${booth.id}`)}>{booth.name}</Link>
                </h2>
                <Link
                  className="button button--primary button--small"
                  to={at(`/meetings/new?booth=${booth.id}`)}
                >
                  {t('matching.shortlist.request')}
                </Link>
              </div>
              <div className="product-grid">
                {products.map((p) => (
                  <ProductCard key={p.id} product={p} boothName={booth.name} />
                ))}
              </div>
            </section>
          ))
        }
      </AsyncContent>
    </div>
  );
}
