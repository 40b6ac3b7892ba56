import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { backofficeQueries } from './backofficeQueries';
import { ProductForm } from './ProductForm';
import { RequireBooth } from './RequireBooth';
import { useFairPath } from '../fair/useFairSlug';

/** Add a product (`/exhibitor/products/new`) or edit one (`/exhibitor/products/:id`). */
export function ProductEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const at = useFairPath();
  const isNew = !id || id === 'new';
  return (
    <RequireBooth title={t(isNew ? 'backoffice.products.add' : 'backoffice.products.edit')} ownerOnly>
      {(me) => (
        <>
          <p>
            <Link to={at('/exhibitor/products')}>← {t('backoffice.products.title')}</Link>
          </p>
          <Editor
            boothId={me.boothId}
            category={me.category}
            productId={isNew ? null : id}
            onDone={() => void navigate(at('/exhibitor/products'))}
          />
        </>
      )}
    </RequireBooth>
  );
}

function Editor(props: {
  boothId: string;
  category: Parameters<typeof ProductForm>[0]['category'];
  productId: string | null;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const products = useQuery({
    ...backofficeQueries.products(props.boothId),
    enabled: props.productId !== null,
  });
  if (!props.productId)
    return (
      <ProductForm boothId={props.boothId} category={props.category} product={null} onDone={props.onDone} />
    );
  return (
    <AsyncContent result={products}>
      {(list) => {
        const product = list.find((p) => p.id === props.productId);
        return product ? (
          <ProductForm
            boothId={props.boothId}
            category={props.category}
            product={product}
            onDone={props.onDone}
          />
        ) : (
          <p className="notice">{t('errors.notFound')}</p>
        );
      }}
    </AsyncContent>
  );
}
