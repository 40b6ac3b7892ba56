import { CATEGORIES, ProductCreate, type BackofficeProduct, type Category } from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useFormSubmit } from '../entry/useFormSubmit';
import { backofficeApi } from './backofficeApi';
import { PhotoPicker } from './PhotoPicker';

interface ProductFormProps {
  boothId: string;
  category: Category;
  /** The product to edit, or null for a new one. */
  product: BackofficeProduct | null;
  onDone(): void;
}

const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(/[.\s]/g, '')));
const text = (s: string) => (s.trim() === '' ? null : s.trim());

/** Every product field of the fair (price in whole rupiah), with its photo. */
export function ProductForm({ boothId, category, product, onDone }: ProductFormProps) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    nameId: product?.name.id ?? '',
    nameEn: product?.name.en ?? '',
    category: product?.category ?? category,
    price: product ? String(product.priceRupiah) : '',
    unit: product?.unit ?? '',
    minOrder: String(product?.minOrder ?? 1),
    capacity: product?.monthlyCapacity?.toString() ?? '',
    halal: product?.halalNumber ?? '',
    pirt: product?.pirtNumber ?? '',
    bpom: product?.bpomNumber ?? '',
    descriptionId: product?.description.id ?? '',
    descriptionEn: product?.description.en ?? '',
    whatsapp: product?.whatsappOverride ?? '',
    exportReady: product?.exportReady ?? false,
    hidden: product?.hidden ?? false,
  });
  const [photo, setPhoto] = useState<File | null>(null);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });

  const { errors, formError, submitting, submit } = useFormSubmit(ProductCreate, async (data) => {
    const saved = product
      ? await backofficeApi.updateProduct(product.id, data)
      : await backofficeApi.createProduct(boothId, data);
    if (photo) await backofficeApi.uploadPhoto(saved.id, photo);
    onDone();
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({
      category: v.category,
      name: { id: v.nameId, en: v.nameEn },
      description: { id: v.descriptionId, en: v.descriptionEn },
      priceRupiah: num(v.price) ?? Number.NaN,
      unit: v.unit,
      minOrder: num(v.minOrder) ?? 1,
      monthlyCapacity: num(v.capacity),
      halalNumber: text(v.halal),
      pirtNumber: text(v.pirt),
      bpomNumber: text(v.bpom),
      exportReady: v.exportReady,
      whatsappNumber: text(v.whatsapp.replace(/[\s-]/g, '')),
      hidden: v.hidden,
    });
  };
  const input = (
    key: keyof typeof v,
    label: string,
    error: string | undefined,
    extra: object = {},
    hint?: string,
  ) => (
    <Field label={label} error={error} hint={hint}>
      {(a) => (
        <input
          {...a}
          {...extra}
          data-testid={`product-${key}`}
          value={v[key] as string}
          onChange={set(key)}
        />
      )}
    </Field>
  );

  return (
    <form className="card form" onSubmit={onSubmit} noValidate data-testid="product-form">
      <PhotoPicker
        label={t('backoffice.photo.choose')}
        imageUrl={product?.imageUrl ?? null}
        testId="product-photo"
        onFile={async (file) => {
          if (product) await backofficeApi.uploadPhoto(product.id, file);
          else setPhoto(file);
        }}
      />
      {input('nameId', t('backoffice.product.nameId'), errors['name.id'])}
      {input('nameEn', t('backoffice.product.nameEn'), errors['name.en'], {}, t('backoffice.optional'))}
      <Field label={t('backoffice.apply.category')} error={errors.category}>
        {(a) => (
          <select {...a} value={v.category} onChange={set('category')}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="bo-row">
        {input('price', t('backoffice.product.price'), errors.priceRupiah, { inputMode: 'numeric' })}
        {input('unit', t('backoffice.product.unit'), errors.unit, {}, t('backoffice.product.unitHint'))}
      </div>
      <div className="bo-row">
        {input('minOrder', t('backoffice.product.minOrder'), errors.minOrder, { inputMode: 'numeric' })}
        {input('capacity', t('backoffice.product.capacity'), errors.monthlyCapacity, {
          inputMode: 'numeric',
        })}
      </div>
      {input('halal', t('backoffice.product.halal'), errors.halalNumber)}
      <div className="bo-row">
        {input('pirt', t('backoffice.product.pirt'), errors.pirtNumber)}
        {input('bpom', t('backoffice.product.bpom'), errors.bpomNumber)}
      </div>
      <label className="check">
        <input
          type="checkbox"
          data-testid="product-exportReady"
          checked={v.exportReady}
          onChange={(e) => setV({ ...v, exportReady: e.target.checked })}
        />
        <span>{t('backoffice.product.exportReady')}</span>
      </label>
      <Field label={t('backoffice.descriptionId')} error={errors['description.id']}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            data-testid="product-descriptionId"
            value={v.descriptionId}
            onChange={set('descriptionId')}
          />
        )}
      </Field>
      <Field label={t('backoffice.descriptionEn')} error={errors['description.en']}>
        {(a) => <textarea {...a} rows={3} value={v.descriptionEn} onChange={set('descriptionEn')} />}
      </Field>
      {input(
        'whatsapp',
        t('backoffice.product.whatsapp'),
        errors.whatsappNumber,
        { type: 'tel' },
        t('backoffice.product.whatsappHint'),
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={v.hidden}
          onChange={(e) => setV({ ...v, hidden: e.target.checked })}
        />
        <span>{t('backoffice.product.hidden')}</span>
      </label>
      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--wide"
        disabled={submitting}
        data-testid="product-save"
      >
        {submitting ? t('common.wait') : t('backoffice.save')}
      </button>
    </form>
  );
}
