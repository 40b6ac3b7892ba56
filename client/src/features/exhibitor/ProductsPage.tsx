import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { Confirm } from '../../components/Confirm';
import { useLanguage } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { formatRupiah } from '../../lib/format';
import { useChangeProductList } from './backofficeMutations';
import { backofficeQueries } from './backofficeQueries';
import { RequireBooth } from './RequireBooth';
import { useFairPath } from '../fair/useFairSlug';

function ProductList({ boothId, canEdit }: { boothId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const { pick } = useLanguage();
  const products = useQuery(backofficeQueries.products(boothId));
  const change = useChangeProductList(boothId);
  const busy = change.isPending;
  const [deleting, setDeleting] = useState<string | null>(null);

  const move = (list: { id: string }[], index: number, by: -1 | 1) => {
    const ids = list.map((p) => p.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    change.mutate({ kind: 'order', ids });
  };
  const remove = (id: string) =>
    change.mutate({ kind: 'delete', id }, { onSuccess: () => setDeleting(null) });

  return (
    <AsyncContent result={products} empty={t('backoffice.products.none')} isEmpty={(l) => l.length === 0}>
      {(products) => (
        <ol className="bo-products" data-testid="bo-products">
          {change.isError && (
            <li className="notice notice--error" role="alert">
              {errorMessage(change.error, t)}
            </li>
          )}
          {products.map((p, i) => (
            <li
              key={p.id}
              className={p.hidden ? 'card bo-product bo-product--hidden' : 'card bo-product'}
              data-testid="bo-product"
            >
              <img
                className="bo-product__image"
                src={p.imageUrl}
                alt=""
                width={96}
                height={72}
                loading="lazy"
              />
              <div className="bo-product__text">
                <strong>{pick(p.name)}</strong>
                <span>
                  {formatRupiah(p.priceRupiah)} / {p.unit}
                </span>
                {p.hidden && <span className="tag">{t('backoffice.products.hiddenTag')}</span>}
              </div>
              {canEdit && (
                <div className="bo-product__actions">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy || i === 0}
                    onClick={() => move(products, i, -1)}
                    aria-label={t('backoffice.products.up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy || i === products.length - 1}
                    onClick={() => move(products, i, 1)}
                    aria-label={t('backoffice.products.down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy}
                    onClick={() => change.mutate({ kind: 'hidden', product: p })}
                    data-testid="product-toggle-hidden"
                  >
                    {t(p.hidden ? 'backoffice.products.show' : 'backoffice.products.hide')}
                  </button>
                  <Link
                    className="button button--small button--secondary"
                    to={at(`/exhibitor/products/${p.id}`)}
                    data-testid="product-edit"
                  >
                    {t('backoffice.products.edit')}
                  </Link>
                  <button
                    type="button"
                    className="button button--small button--danger-outline"
                    disabled={busy}
                    onClick={() => setDeleting(p.id)}
                  >
                    {t('backoffice.products.delete')}
                  </button>
                </div>
              )}
              {deleting === p.id && (
                <Confirm
                  question={t('backoffice.products.deleteQuestion', { name: pick(p.name) })}
                  yes={t('backoffice.products.delete')}
                  busy={busy}
                  testId="product-delete-yes"
                  onYes={() => remove(p.id)}
                  onNo={() => setDeleting(null)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </AsyncContent>
  );
}

/** The booth's products: add, edit, hide, reorder, delete; bulk import from a spreadsheet. */
export function ProductsPage() {
  const { t } = useTranslation();
  const at = useFairPath();
  return (
    <RequireBooth title={t('backoffice.products.title')}>
      {(me) => (
        <>
          {me.role === 'owner' && (
            <div className="bo-actions">
              <Link
                className="button button--primary"
                to={at('/exhibitor/products/new')}
                data-testid="product-add"
              >
                {t('backoffice.products.add')}
              </Link>
              <Link
                className="button button--secondary"
                to={at('/exhibitor/import')}
                data-testid="product-import-link"
              >
                {t('backoffice.nav.import')}
              </Link>
            </div>
          )}
          <ProductList boothId={me.boothId} canEdit={me.role === 'owner'} />
        </>
      )}
    </RequireBooth>
  );
}
