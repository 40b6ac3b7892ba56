import { CATEGORIES, ProductCreate, type BackofficeProduct, type Category } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useSaveProduct, useUploadProductPhoto } from './backofficeMutations';
import { PhotoPicker } from './PhotoPicker';

/** The product as typed: numbers are text until sent (a price may be written "25.000"). */
interface ProductValues {
  name: { id: string; en: string };
  category: Category;
  priceRupiah: string;
  unit: string;
  minOrder: string;
  monthlyCapacity: string;
  halalNumber: string;
  pirtNumber: string;
  bpomNumber: string;
  description: { id: string; en: string };
  whatsappNumber: string;
  exportReady: boolean;
  hidden: boolean;
}

const { Field, Input } = fieldsFor<ProductValues>();

const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(/[.\s]/g, '')));
const text = (s: string) => (s.trim() === '' ? null : s.trim());

function toRequest(v: ProductValues): ProductCreate {
  return {
    ...v,
    priceRupiah: num(v.priceRupiah) ?? Number.NaN,
    minOrder: num(v.minOrder) ?? 1,
    monthlyCapacity: num(v.monthlyCapacity),
    halalNumber: text(v.halalNumber),
    pirtNumber: text(v.pirtNumber),
    bpomNumber: text(v.bpomNumber),
    whatsappNumber: text(v.whatsappNumber.replace(/[\s-]/g, '')),
  };
}

interface ProductFormProps {
  boothId: string;
  category: Category;
  /** The product to edit, or null for a new one. */
  product: BackofficeProduct | null;
  onDone(): void;
}

/** Every product field of the fair (price in whole rupiah), with its photo. */
export function ProductForm({ boothId, category, product, onDone }: ProductFormProps) {
  const { t } = useTranslation();
  const [photo, setPhoto] = useState<File | null>(null);
  const save = useSaveProduct(boothId);
  const uploadPhoto = useUploadProductPhoto(boothId);
  const kit = useContractForm<ProductValues, typeof ProductCreate>({
    schema: ProductCreate,
    defaultValues: {
      name: { id: product?.name.id ?? '', en: product?.name.en ?? '' },
      category: product?.category ?? category,
      priceRupiah: product ? String(product.priceRupiah) : '',
      unit: product?.unit ?? '',
      minOrder: String(product?.minOrder ?? 1),
      monthlyCapacity: product?.monthlyCapacity?.toString() ?? '',
      halalNumber: product?.halalNumber ?? '',
      pirtNumber: product?.pirtNumber ?? '',
      bpomNumber: product?.bpomNumber ?? '',
      description: { id: product?.description.id ?? '', en: product?.description.en ?? '' },
      whatsappNumber: product?.whatsappOverride ?? '',
      exportReady: product?.exportReady ?? false,
      hidden: product?.hidden ?? false,
    },
    toRequest,
    send: async (data) => {
      await save.mutateAsync({ id: product?.id ?? null, data, photo });
      onDone();
    },
  });
  const { register } = kit.form;

  return (
    <Form kit={kit} className="card form" data-testid="product-form">
      <PhotoPicker
        label={t('backoffice.photo.choose')}
        imageUrl={product?.imageUrl ?? null}
        testId="product-photo"
        onFile={async (file) => {
          // A saved product takes its photo at once; a new one sends it after the product is created.
          if (product) await uploadPhoto.mutateAsync({ productId: product.id, file });
          else setPhoto(file);
        }}
      />
      <Input name="name.id" label={t('backoffice.product.nameId')} testId="product-nameId" />
      <Input
        name="name.en"
        label={t('backoffice.product.nameEn')}
        hint={t('backoffice.optional')}
        testId="product-nameEn"
      />
      <Field name="category" label={t('backoffice.apply.category')}>
        {(input) => (
          <select {...input}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="bo-row">
        <Input
          name="priceRupiah"
          label={t('backoffice.product.price')}
          inputMode="numeric"
          testId="product-price"
        />
        <Input
          name="unit"
          label={t('backoffice.product.unit')}
          hint={t('backoffice.product.unitHint')}
          testId="product-unit"
        />
      </div>
      <div className="bo-row">
        <Input
          name="minOrder"
          label={t('backoffice.product.minOrder')}
          inputMode="numeric"
          testId="product-minOrder"
        />
        <Input
          name="monthlyCapacity"
          label={t('backoffice.product.capacity')}
          inputMode="numeric"
          testId="product-capacity"
        />
      </div>
      <Input name="halalNumber" label={t('backoffice.product.halal')} testId="product-halal" />
      <div className="bo-row">
        <Input name="pirtNumber" label={t('backoffice.product.pirt')} testId="product-pirt" />
        <Input name="bpomNumber" label={t('backoffice.product.bpom')} testId="product-bpom" />
      </div>
      <label className="check">
        <input type="checkbox" data-testid="product-exportReady" {...register('exportReady')} />
        <span>{t('backoffice.product.exportReady')}</span>
      </label>
      <Field name="description.id" label={t('backoffice.descriptionId')}>
        {(input) => <textarea {...input} rows={3} data-testid="product-descriptionId" />}
      </Field>
      <Field name="description.en" label={t('backoffice.descriptionEn')}>
        {(input) => <textarea {...input} rows={3} />}
      </Field>
      <Input
        name="whatsappNumber"
        label={t('backoffice.product.whatsapp')}
        hint={t('backoffice.product.whatsappHint')}
        type="tel"
        testId="product-whatsapp"
      />
      <label className="check">
        <input type="checkbox" {...register('hidden')} />
        <span>{t('backoffice.product.hidden')}</span>
      </label>
      <FormError />
      <SubmitButton testId="product-save">{t('backoffice.save')}</SubmitButton>
    </Form>
  );
}
