import { regionLabel, type ProductChange, type ReturningCandidate } from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { formatRupiah } from '../../lib/format';
import { useFairSlug } from '../fair/useFairSlug';
import { applyAgainQueries, useApplyAgain } from './applyAgainApi';

/** How a product compares with the earlier fair, as the API marks it. */
export function ChangeBadge({ change }: { change: ProductChange }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--change-${change}`} data-testid="product-change" data-change={change}>
      {t(`applyagain.change.${change}`)}
    </span>
  );
}

/** A list of products with their marks: last fair's booth, or what the new application brought. */
export function MarkedProducts(props: {
  items: {
    id: string;
    name: { id: string; en: string };
    priceRupiah: number;
    unit: string;
    change: ProductChange;
  }[];
  testId: string;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  if (!props.items.length) return <p className="muted">{t('applyagain.noProducts')}</p>;
  return (
    <ul className="apply-again__products" data-testid={props.testId}>
      {props.items.map((p) => (
        <li key={p.id} data-testid="marked-product" data-change={p.change}>
          <span>
            <strong>{pick(p.name)}</strong>{' '}
            <span className="muted">
              {formatRupiah(p.priceRupiah)} / {p.unit}
            </span>
          </span>
          <ChangeBadge change={p.change} />
        </li>
      ))}
    </ul>
  );
}

function Candidate({ c }: { c: ReturningCandidate }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const apply = useApplyAgain();
  return (
    <section
      className="card apply-again"
      data-testid="apply-again-candidate"
      aria-labelledby={`again-${c.exhibitorId}`}
    >
      <p className="eyebrow">{t('applyagain.from', { fair: pick(c.event.name) })}</p>
      <h2 id={`again-${c.exhibitorId}`}>{c.name}</h2>
      <p className="muted">
        {regionLabel(c.region)} · {t(`categories.${c.category}`)}
      </p>
      {pick(c.description) && <p>{pick(c.description)}</p>}
      <h3>{t('applyagain.products', { count: c.products.length })}</h3>
      <MarkedProducts items={c.products} testId="candidate-products" />
      {apply.error && (
        <p className="notice notice--error" role="alert">
          {errorMessage(apply.error, t)}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        data-testid="apply-again"
        disabled={apply.isPending}
        onClick={() => apply.mutate(c.exhibitorId)}
      >
        {t('applyagain.apply')}
      </button>
    </section>
  );
}

/**
 * For a pesantren that took part in an earlier fair: its profile and products there, and one button to
 * apply again with them (the products are audited again). Nothing when the account has no earlier exhibitor.
 */
export function ApplyAgain() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const candidates = useQuery(applyAgainQueries.candidates(slug));
  const items = candidates.data?.items ?? [];
  if (!items.length) return null;
  return (
    <div data-testid="apply-again-screen">
      <h2>{t('applyagain.title')}</h2>
      <p className="muted">{t('applyagain.intro')}</p>
      {items.map((c) => (
        <Candidate key={c.exhibitorId} c={c} />
      ))}
      <h2>{t('applyagain.orFresh')}</h2>
    </div>
  );
}

/** What a returning application brought, each product marked against the earlier fair. */
export function CarriedProducts() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const products = useQuery(applyAgainQueries.products(slug));
  const items = products.data?.items ?? [];
  if (!items.length) return null;
  return (
    <section
      className="card carried-products"
      data-testid="carried-products-card"
      aria-labelledby="carried-products"
    >
      <h2 id="carried-products">{t('applyagain.carriedTitle')}</h2>
      <p className="muted">{t('applyagain.carriedText')}</p>
      <MarkedProducts items={items} testId="carried-products" />
    </section>
  );
}
