import type { BackofficeProduct } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { Confirm } from '../../components/Confirm';
import { useLanguage } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { formatRupiah } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { backofficeApi } from './backofficeApi';
import { RequireBooth } from './RequireBooth';

function ProductList({ boothId, canEdit }: { boothId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const loaded = useAsync(`bo-products:${boothId}`, (signal) => backofficeApi.products(boothId, signal));
  const [items, setItems] = useState<BackofficeProduct[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const list = items ?? loaded.data;

  const act = async (work: () => Promise<BackofficeProduct[]>) => {
    setBusy(true);
    setError(null);
    try {
      setItems(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const move = (index: number, by: -1 | 1) =>
    act(() => {
      const ids = list!.map((p) => p.id);
      [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
      return backofficeApi.reorder(boothId, ids);
    });
  const toggle = (p: BackofficeProduct) =>
    act(async () => {
      const changed = await backofficeApi.updateProduct(p.id, { hidden: !p.hidden });
      return list!.map((x) => (x.id === p.id ? changed : x));
    });
  const remove = (id: string) =>
    act(async () => {
      await backofficeApi.deleteProduct(id);
      setDeleting(null);
      return list!.filter((x) => x.id !== id);
    });

  return (
    <AsyncContent
      result={{ ...loaded, data: list }}
      empty={t('backoffice.products.none')}
      isEmpty={(l) => l.length === 0}
    >
      {(products) => (
        <ol className="bo-products" data-testid="bo-products">
          {error !== null && (
            <li className="notice notice--error" role="alert">
              {errorMessage(error, t)}
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
                    onClick={() => void move(i, -1)}
                    aria-label={t('backoffice.products.up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy || i === products.length - 1}
                    onClick={() => void move(i, 1)}
                    aria-label={t('backoffice.products.down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={busy}
                    onClick={() => void toggle(p)}
                    data-testid="product-toggle-hidden"
                  >
                    {t(p.hidden ? 'backoffice.products.show' : 'backoffice.products.hide')}
                  </button>
                  <Link
                    className="button button--small button--secondary"
                    to={`/exhibitor/products/${p.id}`}
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
                  onYes={() => void remove(p.id)}
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
  return (
    <RequireBooth title={t('backoffice.products.title')}>
      {(me) => (
        <>
          {me.role === 'owner' && (
            <div className="bo-actions">
              <Link className="button button--primary" to="/exhibitor/products/new" data-testid="product-add">
                {t('backoffice.products.add')}
              </Link>
              <Link
                className="button button--secondary"
                to="/exhibitor/import"
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
